using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Validation.Semantic;

internal sealed partial class SemanticValidator
{
    private static readonly Regex s_mediaType = new(
        @"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\s*;.*)?$", RegexOptions.CultureInvariant);

    /// <summary>P3-LANG-01/02/03, P3-HTML-01/02/03: a language map; the path is on the property.</summary>
    private void CheckLanguageMap(JsonElement value, string name, bool allowHtml)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            string example = value.ValueKind == JsonValueKind.String ? $"{{\"none\": [\"{Show(value.GetString()!)}\"]}}" : "{\"en\": [\"…\"]}";
            Report(ValidationRules.Lang01, $"`{name}` is a language map such as {example}, not {Kind(value.ValueKind)}.");
            return;
        }

        foreach (JsonProperty entry in value.EnumerateObject())
        {
            string language = entry.Name;
            if (language == "@none")
            {
                ReportProperty(ValidationRules.Lang02, language, "Write the no-language key as `none`, not `@none` (3.0 beta syntax).");
            }
            else if (language != "none" && !Bcp47.IsWellFormed(language))
            {
                ReportProperty(ValidationRules.Lang03, language, $"\"{Show(language)}\" is not a well-formed BCP 47 language tag (such as en, es-419, zh-Hant-TW), nor `none`.");
            }

            _path.Push(language);
            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                Report(ValidationRules.Lang01, $"The values of a language map are lists of strings: write [\"…\"], not {Kind(entry.Value.ValueKind)}.");
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    CheckText(entry.Value.GetString()!, name, allowHtml);
                }
            }
            else
            {
                int index = 0;
                foreach (JsonElement text in entry.Value.EnumerateArray())
                {
                    _path.Push(index++);
                    if (text.ValueKind != JsonValueKind.String)
                    {
                        Report(ValidationRules.Lang01, $"A language map holds strings, not {Kind(text.ValueKind)}.");
                    }
                    else
                    {
                        CheckText(text.GetString()!, name, allowHtml);
                    }

                    _path.Pop();
                }
            }

            _path.Pop();
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
            Report(ValidationRules.Html01, $"HTML is only allowed in `summary`, metadata values and `requiredStatement` values, not in `{name}`. Plain text that starts with < and ends with > should end with a space.");
            return;
        }

        string? problem = Html.Check(text, out string? unsafeMarkup);
        if (problem is not null)
        {
            Report(ValidationRules.Html02, $"This HTML must be well-formed XML with one root element and nothing around it, but {problem}.");
        }
        else if (unsafeMarkup is not null)
        {
            Report(ValidationRules.Html03, $"Clients remove {unsafeMarkup}; keep to a, b, br, i, img, p, small, span, sub and sup, with a@href and img@src/alt, and http, https or mailto links.");
        }
    }

    /// <summary>P3-DESC-04 and the language map rules: each <c>metadata</c> entry.</summary>
    private void CheckMetadata(JsonElement value)
    {
        int index = 0;
        foreach (JsonElement entry in Values(value))
        {
            bool array = value.ValueKind == JsonValueKind.Array;
            if (array)
            {
                _path.Push(index++);
            }

            CheckLabelValuePair(entry, "metadata");
            if (array)
            {
                _path.Pop();
            }
        }
    }

    /// <summary>P3-DESC-04: a metadata entry or requiredStatement has a label and a value.</summary>
    private void CheckLabelValuePair(JsonElement entry, string name)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            Report(ValidationRules.Desc04, $"A {(name == "metadata" ? "metadata entry" : name)} is an object with `label` and `value`, not {Kind(entry.ValueKind)}.");
            return;
        }

        bool hasLabel = entry.TryGetProperty("label", out JsonElement label);
        bool hasValue = entry.TryGetProperty("value", out JsonElement value);
        if (!hasLabel || !hasValue)
        {
            string missing = !hasLabel && !hasValue ? "`label` and `value`" : hasLabel ? "a `value`" : "a `label`";
            ReportMissing(ValidationRules.Desc04, hasLabel ? "value" : "label", $"A {(name == "metadata" ? "metadata entry" : name)} needs {missing}.");
        }

        if (hasLabel)
        {
            _path.Push("label");
            CheckLanguageMap(label, "label", allowHtml: false);
            _path.Pop();
        }

        if (hasValue)
        {
            _path.Push("value");
            CheckLanguageMap(value, "value", allowHtml: true);
            _path.Pop();
        }
    }

    /// <summary>P3-RIGHTS-01…05.</summary>
    private void CheckRights(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String || !Uris.IsAbsoluteAndEncoded(value.GetString()!))
        {
            Report(ValidationRules.Rights01, $"`rights` is one absolute URI, such as http://creativecommons.org/licenses/by/4.0/, not {(value.ValueKind == JsonValueKind.String ? $"\"{Show(value.GetString()!)}\"" : Kind(value.ValueKind))}.");
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
                Report(ValidationRules.Rights02, $"Use the http machine URI the licence body defines, {suggestion}, not \"{Show(rights)}\".");
            }
            else if (RightsUris.IsLicencePage(rights))
            {
                Report(ValidationRules.Rights05, "This is a page about the licence (deed or legal code); the licence itself is the URI without that last part.");
            }

            return;
        }

        if (_extensionContext)
        {
            Report(ValidationRules.Rights04, $"\"{Show(rights)}\" is neither Creative Commons nor RightsStatements.org; it may be defined by an extension in @context, which the validator cannot check.");
        }
        else
        {
            Report(ValidationRules.Rights03, $"\"{Show(rights)}\" is neither a Creative Commons nor a RightsStatements.org URI; other rights URIs need an extension in @context that defines them.");
        }
    }

    /// <summary>P3-NAV-01/02.</summary>
    private void CheckNavDate(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(ValidationRules.Nav01, $"`navDate` is an XSD dateTime string such as \"1856-01-01T00:00:00Z\", not {Kind(value.ValueKind)}.");
            return;
        }

        string text = value.GetString()!;
        if (!XsdDateTime.TryCheck(text, out bool hasZone, out bool isUtc))
        {
            Report(ValidationRules.Nav01, $"\"{Show(text)}\" is not an XSD dateTime; write it like \"1856-01-01T00:00:00Z\".");
        }
        else if (!hasZone)
        {
            Report(ValidationRules.Nav01, $"\"{Show(text)}\" has no timezone; add Z for UTC.");
        }
        else if (!isUtc)
        {
            Report(ValidationRules.Nav02, "`navDate` should be given in UTC with Z; an offset is allowed.");
        }
    }

    /// <summary>P3-BEH-01/02/03/07, P3-VOC-01, P3-JSON-01: the values of <c>behavior</c>.</summary>
    private void CheckBehavior(JsonElement value, Cls cls)
    {
        var known = new List<string>(4);
        ForEachValue(value, item =>
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Report(ValidationRules.Beh01, $"A behavior is a string, not {Kind(item.ValueKind)}.");
            }
            else
            {
                string behavior = item.GetString()!;
                if (Vocabulary.Behaviors.TryGetValue(behavior, out Cls[]? allowedOn))
                {
                    if (known.Contains(behavior))
                    {
                        Report(ValidationRules.Beh07, $"\"{behavior}\" is given twice.");
                    }
                    else
                    {
                        known.Add(behavior);
                    }

                    if (cls != Cls.Unknown && Array.IndexOf(allowedOn, cls) < 0)
                    {
                        Report(ValidationRules.Beh02, $"\"{behavior}\" is not a behavior of a {Vocabulary.Name(cls)}; it applies to a {Vocabulary.Names(allowedOn)}.");
                    }
                }
                else if (Vocabulary.CaseVariantOf(behavior, Vocabulary.Behaviors.Keys) is { } variant)
                {
                    Report(ValidationRules.Json01, $"Behavior values are case-sensitive: write \"{variant}\", not \"{behavior}\".");
                }
                else
                {
                    Report(ValidationRules.Voc01, $"\"{Show(behavior)}\" is not a behavior Presentation 3.0 defines; only an extension may add one.");
                }
            }
        });

        foreach (string[] set in Vocabulary.DisjointBehaviors)
        {
            var together = known.FindAll(b => Array.IndexOf(set, b) >= 0);
            if (together.Count > 1)
            {
                Report(ValidationRules.Beh03, $"{string.Join(" and ", together)} exclude each other; keep one.");
            }
        }
    }

    /// <summary>P3-VOC-01, P3-JSON-01: a <c>viewingDirection</c> or <c>timeMode</c> value.</summary>
    private void CheckVocabularyValue(JsonElement value, HashSet<string> terms, string name)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(ValidationRules.Voc01, $"`{name}` is one of {string.Join(", ", terms)}, not {Kind(value.ValueKind)}.");
            return;
        }

        string text = value.GetString()!;
        if (terms.Contains(text))
        {
            return;
        }

        if (Vocabulary.CaseVariantOf(text, terms) is { } variant)
        {
            Report(ValidationRules.Json01, $"`{name}` values are case-sensitive: write \"{variant}\", not \"{text}\".");
        }
        else
        {
            Report(ValidationRules.Voc01, $"\"{Show(text)}\" is not a {name} Presentation 3.0 defines ({string.Join(", ", terms)}).");
        }
    }

    /// <summary>P3-LANG-04: <c>language</c> items are BCP 47 tags.</summary>
    private void CheckLanguageTags(JsonElement value)
    {
        ForEachValue(value, item =>
        {
            if (item.ValueKind != JsonValueKind.String || !Bcp47.IsWellFormed(item.GetString()!))
            {
                Report(ValidationRules.Lang04, $"`language` holds BCP 47 language tags, such as \"en\" or \"zh-Hant\", not {(item.ValueKind == JsonValueKind.String ? $"\"{Show(item.GetString()!)}\"" : Kind(item.ValueKind))}.");
            }
        });
    }

    /// <summary>P3-FMT-02: <c>format</c> is a media type.</summary>
    private void CheckFormat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return; // P3-JSON-04 says it
        }

        if (value.ValueKind != JsonValueKind.String || !s_mediaType.IsMatch(value.GetString()!))
        {
            string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : Kind(value.ValueKind);
            string hint = text.Equals("vnd.apple.mpegURL", StringComparison.OrdinalIgnoreCase) ? " Use application/vnd.apple.mpegurl." : string.Empty;
            Report(ValidationRules.Fmt02, $"`format` is a media type such as image/jpeg, as a Content-Type header gives it, not \"{Show(text)}\".{hint}");
        }
    }

    /// <summary>P3-DIM-01: <c>height</c> and <c>width</c> are positive integers, <c>duration</c> a positive number.</summary>
    private void CheckDimension(JsonElement value, string name, bool isInteger)
    {
        bool ok = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && number > 0 &&
            (!isInteger || Math.Floor(number) == number);
        if (!ok)
        {
            string raw = value.ValueKind is JsonValueKind.Number or JsonValueKind.String ? value.GetRawText() : Kind(value.ValueKind);
            Report(ValidationRules.Dim01, isInteger
                ? $"`{name}` is a positive integer, not {Show(raw)}."
                : $"`{name}` is a positive number of seconds, not {Show(raw)}.");
        }
    }
}
