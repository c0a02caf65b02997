using System.Text;
using System.Text.Encodings.Web;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Cli;

/// <summary>
/// Writes the JSON report of <c>iiif validate --json</c>; <c>iiif serve</c> answers <c>/api/validate</c> with
/// the same text, so that there is one writer of that format.
/// </summary>
internal static class ValidationJson
{
    /// <summary>Returns the report of <paramref name="results"/>, indented, without a final line end.</summary>
    public static string Write(IReadOnlyList<ValidatedDocument> results, bool verbose)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (ValidatedDocument result in results)
            {
                w.WriteStartObject();
                w.WriteString("path", result.Path);
                w.WriteBoolean("valid", result.Report?.IsValid ?? false);
                WriteStringOrNull(w, "version", result.Report?.Version);
                WriteStringOrNull(w, "type", result.Report?.Type);
                if (result.Error is not null)
                {
                    w.WriteString("error", result.Error);
                }

                w.WriteStartArray("findings");
                foreach (ValidationFinding finding in result.Report?.Findings ?? [])
                {
                    WriteFinding(w, finding);
                }

                w.WriteEndArray();
                if (verbose && result.Report is { } report)
                {
                    w.WriteStartArray("suppressed");
                    foreach (ValidationFinding finding in report.Suppressed)
                    {
                        WriteFinding(w, finding);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            int valid = results.Count(r => r.Report is { IsValid: true });
            w.WriteStartObject("summary");
            w.WriteNumber("documents", results.Count);
            w.WriteNumber("valid", valid);
            w.WriteNumber("invalid", results.Count - valid);
            w.WriteNumber("errors", results.Sum(r => r.Report?.ErrorCount ?? 0));
            w.WriteNumber("warnings", results.Sum(r => r.Report?.WarningCount ?? 0));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteFinding(Utf8JsonWriter w, ValidationFinding finding)
    {
        w.WriteStartObject();
        w.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        w.WriteString("code", finding.Code);
        w.WriteString("layer", finding.Layer.ToString().ToLowerInvariant());
        w.WriteString("pointer", finding.Pointer);
        w.WriteString("message", finding.Message);
        w.WriteString("section", finding.Section);
        w.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
