using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Iiif.Presentation.Benchmarks;

/// <summary>Finds the shared corpus: <c>IIIF_CORPUS</c>, else <c>../shared/corpus</c> above the working folder.</summary>
internal static class Corpus
{
    public static string Root { get; } = Find();

    public static byte[] Big() => File.ReadAllBytes(Path.Combine(Root, "synthetic", "big-10000.json"));

    public static List<byte[]> Folder(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.json", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();

    /// <summary>System.Text.Json's floor: parse each document into a <c>JsonDocument</c> and write it back.</summary>
    public static long ParseAndWrite(List<byte[]> documents, MemoryStream output)
    {
        output.SetLength(0);
        foreach (byte[] document in documents)
        {
            using System.Text.Json.JsonDocument parsed = System.Text.Json.JsonDocument.Parse(document);
            using var writer = new System.Text.Json.Utf8JsonWriter(output);
            parsed.WriteTo(writer);
        }

        return output.Length;
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("IIIF_CORPUS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        for (DirectoryInfo? dir = new(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("The corpus was not found: set IIIF_CORPUS, or run beside ../shared/corpus.");
    }
}
