using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>
/// Writes the answer of <c>/validate</c> in the shape of the official IIIF presentation validator's web API:
/// <c>okay</c> (1 or 0), <c>warnings</c> (strings), <c>error</c> (a string, <c>None</c> when there is none),
/// <c>url</c> (a string, empty for a posted document) and <c>errorList</c> (objects with <c>title</c>,
/// <c>detail</c>, <c>description</c>, <c>path</c> and <c>context</c>), so that scripts written for it work here.
/// The content is ours: the verdict, findings and messages of <see cref="IiifValidator"/>.
/// </summary>
internal static class OfficialAnswer
{
    private const int MaxContextString = 200;

    /// <summary>Writes the answer for a validated document.</summary>
    public static void Write(Utf8JsonWriter w, ValidatedDocument result, ReadOnlySpan<byte> document, string url)
    {
        ValidationReport? report = result.Report;
        if (report is null)
        {
            WriteFailure(w, result.Error ?? "The document could not be validated.", url);
            return;
        }

        List<ValidationFinding> errors = report.Findings.Where(f => f.Severity == ValidationSeverity.Error).ToList();
        // A document the validator could not read (P3-JSON-00: not JSON, not UTF-8, too deep) has no context to show.
        using JsonDocument? parsed = report.Findings.Any(f => f.Code == "P3-JSON-00") ? null : TryParse(document);

        w.WriteStartObject();
        w.WriteNumber("okay", report.IsValid ? 1 : 0);
        w.WriteStartArray("warnings");
        foreach (ValidationFinding warning in report.Findings.Where(f => f.Severity == ValidationSeverity.Warning))
        {
            w.WriteStringValue($"{warning.Code} at {PointerText(warning.Pointer)}: {warning.Message}");
        }

        w.WriteEndArray();
        w.WriteString("error", report.IsValid ? "None" : Summary(report, errors));
        w.WriteString("url", url);
        w.WriteStartArray("errorList");
        for (int i = 0; i < errors.Count; i++)
        {
            ValidationFinding finding = errors[i];
            w.WriteStartObject();
            w.WriteString("title", $"{finding.Code} (error {i + 1} of {errors.Count})");
            w.WriteString("detail", finding.Message);
            w.WriteString("description", ValidationRules.TryGet(finding.Code, out ValidationRule? rule)
                ? $"{rule.Summary} (Presentation 3.0, § {rule.Section})"
                : string.Empty);
            w.WriteString("path", finding.Pointer);
            w.WritePropertyName("context");
            WriteContext(w, parsed?.RootElement, finding.Pointer);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the answer for a request that has no verdict: no document, or a refused fetch.</summary>
    public static void WriteFailure(Utf8JsonWriter w, string error, string url)
    {
        w.WriteStartObject();
        w.WriteNumber("okay", 0);
        w.WriteStartArray("warnings");
        w.WriteEndArray();
        w.WriteString("error", error);
        w.WriteString("url", url);
        w.WriteStartArray("errorList");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Summary(ValidationReport report, List<ValidationFinding> errors) =>
        errors.Count == 0
            ? "The document is not valid."
            : $"{report.ErrorCount} error{(report.ErrorCount == 1 ? string.Empty : "s")}; the first, {errors[0].Code} at {PointerText(errors[0].Pointer)}: {errors[0].Message}";

    private static string PointerText(string pointer) => pointer.Length == 0 ? "/" : pointer;

    private static JsonDocument? TryParse(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return JsonDocument.TryParseValue(ref reader, out JsonDocument? parsed) ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the object a finding's pointer is in (the value itself when it is an object, else its parent),
    /// one level deep: nested objects and arrays as <c>{ ... }</c> and <c>[ ... ]</c>, long strings cut.
    /// </summary>
    private static void WriteContext(Utf8JsonWriter w, JsonElement? root, string pointer)
    {
        JsonElement? target = root;
        JsonElement? holder = root is { ValueKind: JsonValueKind.Object } ? root : null;
        foreach (string segment in pointer.Split('/').Skip(1))
        {
            if (target is not { } current)
            {
                break;
            }

            string key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            target = current.ValueKind switch
            {
                JsonValueKind.Object when current.TryGetProperty(key, out JsonElement child) => child,
                JsonValueKind.Array when int.TryParse(key, out int index) && index >= 0 && index < current.GetArrayLength() => current[index],
                _ => null,
            };
            if (target is { ValueKind: JsonValueKind.Object })
            {
                holder = target;
            }
        }

        w.WriteStartObject();
        if (holder is { } shown)
        {
            foreach (JsonProperty property in shown.EnumerateObject())
            {
                w.WritePropertyName(property.Name);
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Object:
                        w.WriteStringValue("{ ... }");
                        break;
                    case JsonValueKind.Array:
                        w.WriteStringValue("[ ... ]");
                        break;
                    case JsonValueKind.String when property.Value.GetString() is { Length: > MaxContextString } text:
                        w.WriteStringValue(string.Concat(text.AsSpan(0, MaxContextString), "…"));
                        break;
                    default:
                        property.Value.WriteTo(w);
                        break;
                }
            }
        }

        w.WriteEndObject();
    }
}
