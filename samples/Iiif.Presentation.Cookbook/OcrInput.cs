using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Iiif.Presentation.Cookbook;

/// <summary>A word or line an OCR engine read on a newspaper page: its text and where it is on the Canvas.</summary>
/// <param name="Text">The text read.</param>
/// <param name="Region">The rectangle it was read in.</param>
public readonly record struct OcrText(string Text, CanvasRegion Region);

/// <summary>
/// The input data of the newspaper recipes (0025, 0068): the OCR text of each page, read from the corpus copy of
/// the page the recipe rebuilds.
/// </summary>
/// <remarks>
/// <para>The cookbook made these pages from ALTO files, which the corpus does not hold: thousands of (text,
/// rectangle) pairs that cannot be written by hand and are not copied into this repository. So this reader takes
/// from each annotation of the corpus page only those two input values: the text of its <c>body</c> and the
/// rectangle its <c>target</c> selects (the <c>#xywh=</c> fragment of a target URI, or the value of a target's
/// FragmentSelector). Everything else (page and annotation ids, motivation, body type, format and language, the
/// shape of the target, the links between pages) is written by the recipes with the builder, and the test that
/// compares each built document with the corpus checks that they agree.</para>
/// <para>The corpus is the folder <c>IIIF_CORPUS</c> names (a relative path is taken from the repository root, the
/// folder of <c>Iiif.Presentation.sln</c>, as the tests take it, or else from the current directory);
/// otherwise a <c>shared/corpus</c> folder found walking up from the application's folder or the current
/// directory, as the corpus lies beside the repository (<c>../shared/corpus</c>). Pages are read once and kept;
/// this type is thread safe.</para>
/// </remarks>
public static class OcrInput
{
    /// <summary>The environment variable that names the corpus folder.</summary>
    public const string EnvironmentVariable = "IIIF_CORPUS";

    private static readonly Lazy<string> s_corpus = new(FindCorpus);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<OcrText>> s_pages = new(StringComparer.Ordinal);

    /// <summary>Reads the OCR text of a cookbook page, in the order of its annotations.</summary>
    /// <param name="name">The corpus file name without <c>.json</c>, such as <c>0068-newspaper__newspaper_issue_1-anno_p1</c>.</param>
    /// <returns>The text and rectangle of each annotation.</returns>
    /// <exception cref="DirectoryNotFoundException">The corpus is not found.</exception>
    /// <exception cref="FileNotFoundException">The corpus has no such page.</exception>
    /// <exception cref="InvalidDataException">An annotation has no text body or no rectangle.</exception>
    public static IReadOnlyList<OcrText> Read(string name) => s_pages.GetOrAdd(name, Load);

    private static IReadOnlyList<OcrText> Load(string name)
    {
        string path = Path.Combine(s_corpus.Value, "v3", "cookbook", name + ".json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The corpus has no page {name}.json, the input of its recipe.", path);
        }

        using JsonDocument page = JsonDocument.Parse(File.ReadAllBytes(path));
        var texts = new List<OcrText>();
        foreach (JsonElement annotation in page.RootElement.GetProperty("items").EnumerateArray())
        {
            string at = $"{name}.json: items[{texts.Count}]";
            string text = annotation.GetProperty("body").GetProperty("value").GetString()
                ?? throw new InvalidDataException($"{at}: the body has no text.");
            texts.Add(new OcrText(text, Region(annotation.GetProperty("target"), at)));
        }

        return texts;
    }

    // A target URI with #xywh=…, or a SpecificResource whose FragmentSelector's value is xywh=….
    private static CanvasRegion Region(JsonElement target, string at)
    {
        string? fragment = target.ValueKind == JsonValueKind.String
            ? target.GetString() is { } uri && uri.IndexOf('#') is int hash and >= 0 ? uri.Substring(hash + 1) : null
            : target.GetProperty("selector").GetProperty("value").GetString();
        string[] numbers = fragment is not null && fragment.StartsWith("xywh=", StringComparison.Ordinal)
            ? fragment.Substring("xywh=".Length).Split(',')
            : [];
        if (numbers.Length != 4)
        {
            throw new InvalidDataException($"{at}: the target selects no xywh= rectangle ({fragment ?? "none"}).");
        }

        return new CanvasRegion(Number(numbers[0]), Number(numbers[1]), Number(numbers[2]), Number(numbers[3]));
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string FindCorpus()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            // A relative path: from the repository, as the test command that sets it runs there, else from here.
            string[] candidates = [.. new[] { RepositoryRoot(), Environment.CurrentDirectory }
                .Where(b => b is not null).Select(b => Path.GetFullPath(configured, b!)).Distinct()];
            return candidates.FirstOrDefault(Directory.Exists)
                ?? throw new DirectoryNotFoundException($"{EnvironmentVariable} is set to '{configured}', but there is no such folder ({string.Join(", ", candidates)}).");
        }

        string[] looked = [.. Ancestors().Select(dir => Path.Combine(dir, "shared", "corpus")).Distinct()];
        return looked.FirstOrDefault(Directory.Exists) ?? throw new DirectoryNotFoundException(
            $"The newspaper recipes read their OCR input from the shared corpus, which was not found: {EnvironmentVariable} is not set, " +
            $"and there is no shared/corpus folder in {string.Join(", ", looked)}.");
    }

    // The folder of Iiif.Presentation.sln above the application's folder or the current directory, if any.
    private static string? RepositoryRoot() =>
        Ancestors().FirstOrDefault(dir => File.Exists(Path.Combine(dir, "Iiif.Presentation.sln")));

    // The application's folder and its ancestors, then the current directory and its ancestors.
    private static IEnumerable<string> Ancestors()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                yield return dir.FullName;
            }
        }
    }
}
