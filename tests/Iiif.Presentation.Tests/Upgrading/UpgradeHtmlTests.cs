using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The HTML publishers wrote survives the upgrade (docs/upgrading.md, "HTML"): every HTML value of the 2.x
/// corpus (a <c>description</c>, a metadata value or an <c>attribution</c> that holds markup) is in the output
/// as written, or changed only as 3.0 requires (wrapped in one root element, made well-formed XML).
/// </summary>
[TestFixture]
public sealed class UpgradeHtmlTests
{
    private static readonly Regex s_markup = new("<\\s*/?\\s*[a-zA-Z][^>]*>", RegexOptions.CultureInvariant);

    [Test]
    public void Upgrade_CorpusHtml_SurvivesAsWrittenOrChangedOnlyAsXmlRequires()
    {
        int total = 0;
        var lost = new List<string>();
        foreach (CorpusFile file in CorpusFiles.Files("v2"))
        {
            byte[] input = File.ReadAllBytes(file.FullPath);
            var values = new List<string>();
            using (JsonDocument document = JsonDocument.Parse(input))
            {
                HtmlValues(document.RootElement, values);
            }

            if (values.Count == 0)
            {
                continue;
            }

            UpgradeResult result = IiifUpgrader.Upgrade(input);
            var kept = new HashSet<string>(StringComparer.Ordinal);
            using (JsonDocument output = JsonDocument.Parse(IiifJson.Serialize(result.Resource)))
            {
                ValueCensus.Collect(output.RootElement, kept, includeKeys: false);
            }

            var repaired = new HashSet<string>(result.Notes
                .Where(n => n.Code is UpgradeNoteCodes.HtmlWrapped or UpgradeNoteCodes.HtmlRepaired && n.Original?.ValueKind == JsonValueKind.String)
                .Select(n => n.Original!.Value.GetString()!), StringComparer.Ordinal);
            foreach (string value in values)
            {
                total++;
                if (!kept.Contains(value) && !repaired.Contains(value))
                {
                    lost.Add($"{file}: {value}");
                }
            }
        }

        TestContext.Out.WriteLine($"{total - lost.Count} of {total} HTML values of the 2.x corpus survive the upgrade.");
        total.Should().BeGreaterThan(200, "the corpus holds over 200 HTML values");
        lost.Should().BeEmpty("HTML is kept as written, but where 3.0 requires a change");
    }

    /// <summary>The texts with markup of the properties 3.0 allows HTML in: <c>description</c>, metadata
    /// values and <c>attribution</c>, at any depth.</summary>
    private static void HtmlValues(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Name is "description" or "attribution")
                    {
                        Texts(property.Value, into);
                    }
                    else if (property.Name == "metadata")
                    {
                        foreach (JsonElement entry in property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value])
                        {
                            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("value", out JsonElement value))
                            {
                                Texts(value, into);
                            }
                        }
                    }
                    else
                    {
                        HtmlValues(property.Value, into);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    HtmlValues(item, into);
                }

                break;
        }
    }

    private static void Texts(JsonElement value, List<string> into)
    {
        foreach (JsonElement item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            string? text = item.ValueKind == JsonValueKind.String ? item.GetString()
                : item.ValueKind == JsonValueKind.Object && (item.TryGetProperty("@value", out JsonElement v) || item.TryGetProperty("value", out v)) && v.ValueKind == JsonValueKind.String ? v.GetString()
                : null;
            if (text is not null && s_markup.IsMatch(text))
            {
                into.Add(text);
            }
        }
    }
}
