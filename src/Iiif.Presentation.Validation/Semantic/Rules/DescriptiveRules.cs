using Iiif.Presentation.Serialization;
using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// The descriptive properties: language maps and the HTML in them (P3-LANG-01/02/03, P3-HTML-01/02/03),
/// <c>metadata</c> and <c>requiredStatement</c> (P3-DESC-04), <c>rights</c> (P3-RIGHTS-01…05),
/// <c>navDate</c> (P3-NAV-01/02), and the labels and descriptions a resource has or should have
/// (P3-DESC-01/02/03).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#31-descriptive-properties"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#45-html-markup-in-property-values"/>.</remarks>
internal sealed class DescriptiveRules(RuleContext context)
{
    /// <summary>P3-LANG-01/02/03, P3-HTML-01/02/03: a language map; the path is on the property.</summary>
    public void CheckLanguageMap(JsonElement value, string name, bool allowHtml)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            string example = value.ValueKind == JsonValueKind.String ? $"{{\"none\": [\"{Show(value.GetString()!)}\"]}}" : "{\"en\": [\"…\"]}";
            context.Report(ValidationRules.Lang01, $"`{name}` is a language map such as {example}, not {Kind(value.ValueKind)}.");
            return;
        }

        foreach (JsonProperty entry in value.EnumerateObject())
        {
            string language = entry.Name;
            if (language == "@none")
            {
                context.ReportProperty(ValidationRules.Lang02, language, "Write the no-language key as `none`, not `@none` (3.0 beta syntax).");
            }
            else if (language != "none" && !Bcp47.IsWellFormed(language))
            {
                context.ReportProperty(ValidationRules.Lang03, language, $"\"{Show(language)}\" is not a well-formed BCP 47 language tag (such as en, es-419, zh-Hant-TW), nor `none`.");
            }

            context.Path.Push(language);
            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                context.Report(ValidationRules.Lang01, $"The values of a language map are lists of strings: write [\"…\"], not {Kind(entry.Value.ValueKind)}.");
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    CheckText(entry.Value.GetString()!, name, allowHtml);
                }
            }
            else
            {
                foreach (JsonElement text in context.Each(entry.Value))
                {
                    if (text.ValueKind != JsonValueKind.String)
                    {
                        context.Report(ValidationRules.Lang01, $"A language map holds strings, not {Kind(text.ValueKind)}.");
                    }
                    else
                    {
                        CheckText(text.GetString()!, name, allowHtml);
                    }
                }
            }

            context.Path.Pop();
        }
    }

    /// <summary>P3-DESC-04 and the language map rules: each <c>metadata</c> entry.</summary>
    public void CheckMetadata(JsonElement value)
    {
        foreach (JsonElement entry in context.Each(value))
        {
            CheckLabelValuePair(entry, "metadata");
        }
    }

    /// <summary>P3-DESC-04: a metadata entry or requiredStatement has a label and a value.</summary>
    public void CheckLabelValuePair(JsonElement entry, string name)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            context.Report(ValidationRules.Desc04, $"A {(name == "metadata" ? "metadata entry" : name)} is an object with `label` and `value`, not {Kind(entry.ValueKind)}.");
            return;
        }

        bool hasLabel = entry.TryGetProperty("label", out JsonElement label);
        bool hasValue = entry.TryGetProperty("value", out JsonElement value);
        if (!hasLabel || !hasValue)
        {
            string missing = !hasLabel && !hasValue ? "`label` and `value`" : hasLabel ? "a `value`" : "a `label`";
            context.ReportMissing(ValidationRules.Desc04, hasLabel ? "value" : "label", $"A {(name == "metadata" ? "metadata entry" : name)} needs {missing}.");
        }

        if (hasLabel)
        {
            context.Path.Push("label");
            CheckLanguageMap(label, "label", allowHtml: false);
            context.Path.Pop();
        }

        if (hasValue)
        {
            context.Path.Push("value");
            CheckLanguageMap(value, "value", allowHtml: true);
            context.Path.Pop();
        }
    }

    /// <summary>P3-RIGHTS-01…05.</summary>
    public void CheckRights(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String || !Uris.IsAbsoluteAndEncoded(value.GetString()!))
        {
            context.Report(ValidationRules.Rights01, $"`rights` is one absolute URI, such as http://creativecommons.org/licenses/by/4.0/, not {(value.ValueKind == JsonValueKind.String ? $"\"{Show(value.GetString()!)}\"" : Kind(value.ValueKind))}.");
            return;
        }

        string rights = value.GetString()!;
        if (RightsUris.IsLicenceBodyHost(rights))
        {
            if (!RightsUris.IsMachineUri(rights))
            {
                string suggestion = RightsUris.Normalize(rights) is { } machine
                    ? $"\"{machine}\""
                    : "http://creativecommons.org/licenses/…, http://creativecommons.org/publicdomain/… or http://rightsstatements.org/vocab/…";
                context.Report(ValidationRules.Rights02, $"Use the http machine URI the licence body defines, {suggestion}, not \"{Show(rights)}\".");
            }
            else if (RightsUris.IsLicencePage(rights))
            {
                context.Report(ValidationRules.Rights05, "This is a page about the licence (deed or legal code); the licence itself is the URI without that last part.");
            }

            return;
        }

        if (context.ExtensionContext)
        {
            context.Report(ValidationRules.Rights04, $"\"{Show(rights)}\" is neither Creative Commons nor RightsStatements.org; it may be defined by an extension in @context, which the validator cannot check.");
        }
        else
        {
            context.Report(ValidationRules.Rights03, $"\"{Show(rights)}\" is neither a Creative Commons nor a RightsStatements.org URI; other rights URIs need an extension in @context that defines them.");
        }
    }

    /// <summary>P3-NAV-01/02.</summary>
    public void CheckNavDate(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            context.Report(ValidationRules.Nav01, $"`navDate` is an XSD dateTime string such as \"1856-01-01T00:00:00Z\", not {Kind(value.ValueKind)}.");
            return;
        }

        string text = value.GetString()!;
        if (!XsdDateTime.TryCheck(text, out bool hasZone, out bool isUtc))
        {
            context.Report(ValidationRules.Nav01, $"\"{Show(text)}\" is not an XSD dateTime; write it like \"1856-01-01T00:00:00Z\".");
        }
        else if (!hasZone)
        {
            context.Report(ValidationRules.Nav01, $"\"{Show(text)}\" has no timezone; add Z for UTC.");
        }
        else if (!isUtc)
        {
            context.Report(ValidationRules.Nav02, "`navDate` should be given in UTC with Z; an offset is allowed.");
        }
    }

    /// <summary>P3-DESC-01/02: the resource has a <c>label</c> with at least one entry.</summary>
    public void CheckLabelPresent(JsonElement obj, ResourceKind kind, ValidationRule rule)
    {
        if (!obj.TryGetProperty("label", out JsonElement label) ||
            (label.ValueKind == JsonValueKind.Object && !HasAnyText(label)))
        {
            context.ReportMissing(rule, "label", $"A {ResourceKinds.Name(kind)} {(rule.Severity == ValidationSeverity.Error ? "has" : "should have")} a `label` with at least one entry.");
        }
    }

    /// <summary>P3-DESC-03: the properties a Collection or Manifest should have.</summary>
    public void CheckRecommended(JsonElement obj, ResourceKind kind)
    {
        foreach (string property in new[] { "metadata", "summary", "provider", "thumbnail" })
        {
            if (!obj.TryGetProperty(property, out _))
            {
                context.ReportMissing(ValidationRules.Desc03, property, $"A {ResourceKinds.Name(kind)} should have `{property}`.");
            }
        }
    }

    /// <summary>P3-HTML-01/02/03: a string of a language map that looks like HTML.</summary>
    private void CheckText(string text, string name, bool allowHtml)
    {
        if (!Html.Looks(text))
        {
            return;
        }

        if (!allowHtml)
        {
            context.Report(ValidationRules.Html01, $"HTML is only allowed in `summary`, metadata values and `requiredStatement` values, not in `{name}`. Plain text that starts with < and ends with > should end with a space.");
            return;
        }

        string? problem = Html.Check(text, out string? unsafeMarkup);
        if (problem is not null)
        {
            context.Report(ValidationRules.Html02, $"This HTML must be well-formed XML with one root element and nothing around it, but {problem}.");
        }
        else if (unsafeMarkup is not null)
        {
            context.Report(ValidationRules.Html03, $"Clients remove {unsafeMarkup}; keep to a, b, br, i, img, p, small, span, sub and sup, with a@href and img@src/alt, and http, https or mailto links.");
        }
    }

    private static bool HasAnyText(JsonElement languageMap)
    {
        foreach (JsonProperty entry in languageMap.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.String ||
                (entry.Value.ValueKind == JsonValueKind.Array && entry.Value.GetArrayLength() > 0))
            {
                return true;
            }
        }

        return false;
    }
}
