using System.Linq;
using System.Text.RegularExpressions;
using static Iiif.Presentation.Validation.Semantic.JsonValues;
using static Iiif.Presentation.Validation.Semantic.ResourceKinds;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// The technical properties: <c>behavior</c> values (P3-BEH-01/02/03/06/07), the other enumerated values
/// (P3-VOC-01, P3-JSON-01), <c>language</c> tags (P3-LANG-04), <c>format</c> (P3-FMT-02), and sizes and
/// durations (P3-DIM-01).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#32-technical-properties"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#behavior"/>.</remarks>
internal sealed class TechnicalRules(RuleContext context)
{
    private static readonly Regex s_mediaType = new(
        @"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\s*;.*)?$", RegexOptions.CultureInvariant);

    /// <summary>P3-BEH-01/02/03/07, P3-VOC-01, P3-JSON-01: the values of <c>behavior</c>.</summary>
    public void CheckBehavior(JsonElement value, ResourceKind? kind)
    {
        var known = new List<string>(4);
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                context.Report(ValidationRules.Beh01, $"A behavior is a string, not {Kind(item.ValueKind)}.");
                continue;
            }

            string behavior = item.GetString()!;
            if (Behavior.AllowedOn(behavior) is { } allowedOn)
            {
                if (known.Contains(behavior))
                {
                    context.Report(ValidationRules.Beh07, $"\"{behavior}\" is given twice.");
                }
                else
                {
                    known.Add(behavior);
                }

                if (kind is { } carrier && !BehaviorRules.IsAllowed(behavior, carrier))
                {
                    context.Report(ValidationRules.Beh02, $"\"{behavior}\" is not a behavior of a {Name(carrier)}; it applies to a {Names(allowedOn)}.");
                }
            }
            else if (CaseVariants.Of(behavior, Behavior.KnownValues) is { } variant)
            {
                context.Report(ValidationRules.Json01, $"Behavior values are case-sensitive: write \"{variant}\", not \"{behavior}\".");
            }
            else
            {
                context.Report(ValidationRules.Voc01, $"\"{Show(behavior)}\" is not a behavior Presentation 3.0 defines; only an extension may add one.");
            }
        }

        foreach (Behavior[] set in BehaviorRules.Disjoint)
        {
            var together = known.FindAll(b => Array.Exists(set, member => member.Value == b));
            if (together.Count > 1)
            {
                context.Report(ValidationRules.Beh03, $"{string.Join(" and ", together)} exclude each other; keep one.");
            }
        }
    }

    /// <summary>P3-BEH-06: time-based behaviors need Canvases with a duration, page-based ones Canvases with a size.</summary>
    public void CheckBehaviorNeeds(JsonElement obj, ResourceKind kind, IEnumerable<CanvasInfo> canvases)
    {
        if (!obj.TryGetProperty("behavior", out JsonElement behaviors))
        {
            return;
        }

        bool anyDuration = false;
        bool anySize = false;
        bool anyCanvas = false;
        foreach (CanvasInfo canvas in canvases)
        {
            anyCanvas = true;
            anyDuration |= canvas.Duration is not null;
            anySize |= canvas.Width is not null && canvas.Height is not null;
        }

        if (!anyCanvas)
        {
            return;
        }

        foreach (JsonElement item in Values(behaviors))
        {
            string? behavior = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (behavior is "auto-advance" or "no-auto-advance" or "repeat" or "no-repeat" && !anyDuration)
            {
                context.ReportProperty(ValidationRules.Beh06, "behavior", $"\"{behavior}\" is about time-based media, but no Canvas of this {Name(kind)} has a `duration`.");
            }
            else if (behavior is "continuous" or "paged" or "facing-pages" or "non-paged" && !anySize)
            {
                context.ReportProperty(ValidationRules.Beh06, "behavior", $"\"{behavior}\" is about images, but no Canvas of this {Name(kind)} has a `height` and `width`.");
            }
        }
    }

    /// <summary>P3-VOC-01, P3-JSON-01: a <c>viewingDirection</c> or <c>timeMode</c> value.</summary>
    public void CheckVocabularyValue(JsonElement value, IReadOnlyList<string> terms, string name)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            context.Report(ValidationRules.Voc01, $"`{name}` is one of {string.Join(", ", terms)}, not {Kind(value.ValueKind)}.");
            return;
        }

        string text = value.GetString()!;
        if (terms.Contains(text))
        {
            return;
        }

        if (CaseVariants.Of(text, terms) is { } variant)
        {
            context.Report(ValidationRules.Json01, $"`{name}` values are case-sensitive: write \"{variant}\", not \"{text}\".");
        }
        else
        {
            context.Report(ValidationRules.Voc01, $"\"{Show(text)}\" is not a {name} Presentation 3.0 defines ({string.Join(", ", terms)}).");
        }
    }

    /// <summary>P3-LANG-04: <c>language</c> items are BCP 47 tags.</summary>
    public void CheckLanguageTags(JsonElement value)
    {
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind != JsonValueKind.String || !Bcp47.IsWellFormed(item.GetString()!))
            {
                context.Report(ValidationRules.Lang04, $"`language` holds BCP 47 language tags, such as \"en\" or \"zh-Hant\", not {(item.ValueKind == JsonValueKind.String ? $"\"{Show(item.GetString()!)}\"" : Kind(item.ValueKind))}.");
            }
        }
    }

    /// <summary>P3-FMT-02: <c>format</c> is a media type.</summary>
    public void CheckFormat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String || !s_mediaType.IsMatch(value.GetString()!))
        {
            string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : Kind(value.ValueKind);
            string hint = text.Equals("vnd.apple.mpegURL", StringComparison.OrdinalIgnoreCase) ? " Use application/vnd.apple.mpegurl." : string.Empty;
            context.Report(ValidationRules.Fmt02, $"`format` is a media type such as image/jpeg, as a Content-Type header gives it, not \"{Show(text)}\".{hint}");
        }
    }

    /// <summary>P3-DIM-01: <c>height</c> and <c>width</c> are positive integers, <c>duration</c> a positive number.</summary>
    public void CheckDimension(JsonElement value, string name, bool isInteger)
    {
        bool ok = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && number > 0 &&
            (!isInteger || Math.Floor(number) == number);
        if (!ok)
        {
            string raw = value.ValueKind is JsonValueKind.Number or JsonValueKind.String ? value.GetRawText() : Kind(value.ValueKind);
            context.Report(ValidationRules.Dim01, isInteger
                ? $"`{name}` is a positive integer, not {Show(raw)}."
                : $"`{name}` is a positive number of seconds, not {Show(raw)}.");
        }
    }
}
