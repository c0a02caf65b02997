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

    /// <summary>The options of the indented floor: indented, no needless escaping, the output form of <see cref="IiifJson"/>
    /// by default.</summary>
    public static System.Text.Json.JsonWriterOptions IndentedFloorOptions { get; } =
        new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The floor issues 14 and 16 define: each document parsed into a <c>JsonDocument</c>, then written to
    /// an indented writer (<see cref="IndentedFloorOptions"/>) into a reused buffer.</summary>
    /// <returns>The bytes written, over all the documents.</returns>
    public static long IndentedFloor(List<byte[]> documents, System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        long written = 0;
        foreach (byte[] document in documents)
        {
            buffer.ResetWrittenCount();
            using System.Text.Json.JsonDocument parsed = System.Text.Json.JsonDocument.Parse(document);
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, IndentedFloorOptions))
            {
                parsed.WriteTo(writer);
            }

            written += buffer.WrittenCount;
        }

        return written;
    }

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
