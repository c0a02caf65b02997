using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// The HTML check the validator and the upgrader share: its quick path for simple markup gives the answer
/// of the XML reader, and the allow-list says the same everywhere.
/// </summary>
[TestFixture]
public sealed class HtmlTests
{
    private static IEnumerable<string> Cases() =>
    [
        "<span>text</span>", "<p>a<br/>b</p>", "<p>a<br />b</p>", "<a href=\"https://example.org\">x</a>",
        "<a href='https://example.org' target=\"_blank\">x</a>", "<img src=\"x.png\" alt=\"y\"/>", "<script>x</script>",
        "<span onclick=\"x()\">y</span>", "<a href=\"javascript:x()\">y</a>", "<b>one</b><b>two</b>", "<p>a & b</p>",
        "<p>a &amp; b &lt; &gt; &quot; &apos; &#160; &#xA0;</p>", "<p>a &nbsp; b</p>", "<p>&#0;</p>", "<p>&#xZZ;</p>",
        "<p>]]></p>", "<p><!-- c --></p>", "<p><![CDATA[x]]></p>", "<?xml version=\"1.0\"?><p/>", "<p a=\"1\" a=\"2\"/>",
        "<p a=\"<\"/>", "<p a=\"&amp;\"/>", "<p a=\"x\ny\"/>", "<p>x</q>", "<p>x", "<p>x</p> ", " <p>x</p>", "<p>x</p>y",
        "<xml>x</xml>", "<x:p>x</x:p>", "<p xmlns=\"urn:x\">x</p>", "<P>x</P>", "<p>x</P>", "<1>x</1>", "< p>x</p>",
        "<p >x</p >", "<p\tclass='c'>x</p>", "<p class=c>x</p>", "<p class>x</p>", "<p>\u0001</p>", "<p>\uFFFE</p>",
        "<p>\uD83D\uDE00</p>", "<p>é</p>", "<p a=\"é\"/>", "<span><span><span>deep</span></span></span>", "<br/>", "<>", "<p/>",
        "<A HREF=\"mailto:x@example.org\">m</A>", "<img src=\"data:x\"/>",
    ];

    [TestCaseSource(nameof(Cases))]
    public void Check_QuickPath_GivesTheReadersAnswer(string html)
    {
        AssertSameAnswer(html);
    }

    [Test]
    public void Check_CorpusHtml_GivesTheReadersAnswer()
    {
        var values = new List<string>();
        foreach (CorpusFile file in CorpusFiles.Files("v2").Concat(CorpusFiles.Files("v3")))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file.FullPath));
            Strings(document.RootElement, values);
        }

        values.Should().Contain(v => v.StartsWith('<'));
        foreach (string value in values.Where(v => v.StartsWith('<') && v.EndsWith('>')))
        {
            AssertSameAnswer(value);
        }
    }

    [Test]
    public void Check_GeneratedMarkup_GivesTheReadersAnswer()
    {
        FixedSample.Run(
            Gen.OneOf("<", ">", "/", "p", "a", "br", "span", "script", " ", "=", "\"", "'", "href", "&", "amp;", "#160;", "x", "]]", "!", "?", "\n", "é", "src")
                .Array[1, 24]
                .Select(parts => "<p>" + string.Concat(parts) + "</p>"),
            AssertSameAnswer,
            "0N0XIzNsQ0O2",
            cases: 5000);
    }

    [Test]
    public void AllowList_IsTheOneTheChecksUse()
    {
        foreach (string element in new[] { "a", "b", "br", "i", "img", "p", "small", "span", "sub", "sup" })
        {
            Html.IsAllowedElement(element).Should().BeTrue();
            Html.AllowList.Should().Contain(element);
        }

        Html.IsAllowedElement("script").Should().BeFalse();
        Html.IsAllowedAttribute("a", "href").Should().BeTrue();
        Html.IsAllowedAttribute("a", "target").Should().BeFalse();
        Html.IsAllowedLink("javascript:alert(1)").Should().BeFalse();
    }

    private static void AssertSameAnswer(string html)
    {
        string? problem = Html.Check(html, out string? unsafeMarkup);
        string? expected = Html.CheckWithReader(html, out string? expectedUnsafe);
        (problem is null).Should().Be(expected is null, $"the quick path and the reader agree on {html}");
        if (problem is null)
        {
            unsafeMarkup.Should().Be(expectedUnsafe, $"both name the same unsafe markup in {html}");
        }
    }

    private static void Strings(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Strings(property.Value, into);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Strings(item, into);
                }

                break;
            case JsonValueKind.String:
                into.Add(element.GetString()!);
                break;
        }
    }
}
