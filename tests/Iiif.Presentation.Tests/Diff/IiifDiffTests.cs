using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Iiif.Presentation.Tests.Diff;

[TestFixture]
public sealed partial class IiifDiffTests
{
    [Test]
    public void Compare_SameJsonInAnotherKeyOrderAndLayout_IsSame()
    {
        IiifDiffResult result = IiifDiff.Compare(
            """{"id": "https://example.org/m", "type": "Manifest", "label": {"en": ["M"]}}""",
            """
            {
              "label": { "en": [ "M" ] },
              "type": "Manifest",
              "id": "https://example.org/m"
            }
            """);

        result.IsSame.Should().BeTrue();
        result.Differences.Should().BeEmpty();
        result.ToString().Should().Be("The documents are the same.");
    }

    [Test]
    public void Compare_ChangedValue_ReportsItsPointerAndBothValues()
    {
        IiifDiffResult result = IiifDiff.Compare("""{"label": {"en": ["Old"]}}""", """{"label": {"en": ["New"]}}""");

        IiifDifference difference = result.Differences.Should().ContainSingle().Subject;
        difference.Kind.Should().Be(IiifDifferenceKind.Changed);
        difference.Pointer.Should().Be("/label/en/0");
        difference.Expected!.Value.GetString().Should().Be("Old");
        difference.Actual!.Value.GetString().Should().Be("New");
        difference.ToString().Should().Be("""Changed /label/en/0: "Old" -> "New" """.TrimEnd());
    }

    [Test]
    public void Compare_AddedAndRemovedProperties_ReportsEachWithItsValue()
    {
        IiifDiffResult result = IiifDiff.Compare("""{"a": 1, "b/c~": true}""", """{"a": 1, "d": null}""");

        result.Differences.Select(d => (d.Kind, d.Pointer)).Should().Equal(
            (IiifDifferenceKind.Removed, "/b~1c~0"),
            (IiifDifferenceKind.Added, "/d"));
        result.Differences[0].Actual.Should().BeNull();
        result.Differences[1].Expected.Should().BeNull();
        result.Differences[1].Actual!.Value.ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public void Compare_ValueOfAnotherKind_ReportsChanged()
    {
        IiifDiffResult result = IiifDiff.Compare("""{"a": true, "b": "1"}""", """{"a": false, "b": 1}""");

        result.Differences.Select(d => (d.Kind, d.Pointer)).Should().Equal(
            (IiifDifferenceKind.Changed, "/a"),
            (IiifDifferenceKind.Changed, "/b"));
    }

    [TestCase("""{"label": "x"}""", """{"label": ["x"]}""")]
    [TestCase("""{"service": [{"id": "s"}]}""", """{"service": {"id": "s"}}""")]
    public void Compare_LoneValueAgainstOneElementArray_ReportsSingleVersusArray(string expected, string actual)
    {
        IiifDifference difference = IiifDiff.Compare(expected, actual).Differences.Should().ContainSingle().Subject;

        difference.Kind.Should().Be(IiifDifferenceKind.SingleVersusArray);
        difference.Pointer.Should().MatchRegex("^/(label|service)$");
    }

    [Test]
    public void Compare_LoneValueAgainstArrayOfAnotherValue_ReportsChanged() =>
        IiifDiff.Compare("""{"label": "x"}""", """{"label": ["y"]}""").Differences
            .Should().ContainSingle().Which.Kind.Should().Be(IiifDifferenceKind.Changed);

    [Test]
    public void Compare_SameItemsInAnotherOrder_ReportsReorderedWithBothArrays()
    {
        IiifDiffResult result = IiifDiff.Compare("""{"behavior": ["paged", "auto-advance", {"x": 1}]}""", """{"behavior": [{"x": 1.0}, "paged", "auto-advance"]}""");

        IiifDifference difference = result.Differences.Should().ContainSingle().Subject;
        difference.Kind.Should().Be(IiifDifferenceKind.Reordered);
        difference.Pointer.Should().Be("/behavior");
        difference.Expected!.Value.GetArrayLength().Should().Be(3);
    }

    [Test]
    public void Compare_ItemInsertedAndItemRemoved_ReportsOnlyThoseItems()
    {
        IiifDiffResult result = IiifDiff.Compare("""{"items": ["a", "b", "c", "d", "e"]}""", """{"items": ["a", "x", "b", "c", "e"]}""");

        result.Differences.Select(d => (d.Kind, d.Pointer)).Should().Equal(
            (IiifDifferenceKind.Added, "/items/1"),
            (IiifDifferenceKind.Removed, "/items/3"));
    }

    [Test]
    public void Compare_ChangeInsideAnArrayItem_IsReportedWithinTheItem()
    {
        IiifDiffResult result = IiifDiff.Compare(
            """{"items": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]}""",
            """{"items": [{"id": "a", "n": 1}, {"id": "b", "n": 3}]}""");

        result.Differences.Should().ContainSingle().Which.Pointer.Should().Be("/items/1/n");
    }

    [TestCase("1", "1.0")]
    [TestCase("100", "1e2")]
    [TestCase("0.10", "1E-1")]
    [TestCase("-0", "0.0")]
    [TestCase("123456789012345678901234567890", "1.23456789012345678901234567890e29")]
    public void Compare_NumbersEqualInValue_AreTheSame(string expected, string actual)
    {
        IiifDiff.Compare($$"""{"n": {{expected}}}""", $$"""{"n": {{actual}}}""").IsSame.Should().BeTrue();

        IiifDiff.Compare($$"""{"n": {{expected}}}""", $$"""{"n": {{actual}}}""", new IiifDiffOptions { CompareNumberText = true })
            .Differences.Should().ContainSingle().Which.Pointer.Should().Be("/n");
    }

    [TestCase("1", "2")]
    [TestCase("0.1", "0.10000000000000000001")]
    [TestCase("1", "-1")]
    public void Compare_NumbersOfOtherValues_AreChanged(string expected, string actual) =>
        IiifDiff.Compare($$"""[{{expected}}]""", $$"""[{{actual}}]""").Differences
            .Should().ContainSingle().Which.Kind.Should().Be(IiifDifferenceKind.Changed);

    [TestCase("/items/*/id")]
    [TestCase("**/id")]
    [TestCase("/**/id")]
    [TestCase("/items/**")]
    public void Compare_IgnoredPaths_AreLeftOut(string pattern)
    {
        const string Expected = """{"id": "m", "items": [{"id": "c1", "w": 1}, {"id": "c2"}]}""";
        const string Actual = """{"id": "m", "items": [{"id": "x1", "w": 1}, {"id": "x2", "extra": 1}]}""";
        var options = new IiifDiffOptions { Ignore = { pattern } };

        IiifDiffResult result = IiifDiff.Compare(Expected, Actual, options);

        result.Differences.Select(d => d.Pointer).Should().BeSubsetOf(["/items/1/extra"]);
        IiifDiff.Compare(Expected, Actual).Differences.Should().HaveCount(3);
    }

    [Test]
    public void Compare_IgnoredPathAtAnyDepth_MatchesTheTopLevelToo()
    {
        var options = new IiifDiffOptions { Ignore = { "**/created" } };

        IiifDiff.Compare("""{"created": 1, "a": {"b": [{"created": 2}]}}""", """{"created": 3, "a": {"b": [{"created": 4}]}}""", options)
            .IsSame.Should().BeTrue();
    }

    [Test]
    public void Compare_IgnoredIdsInReorderedItems_StillFindsTheReorder()
    {
        var options = new IiifDiffOptions { Ignore = { "/items/*/id" } };

        IiifDiffResult result = IiifDiff.Compare(
            """{"items": [{"id": "1", "v": "a"}, {"id": "2", "v": "b"}]}""",
            """{"items": [{"id": "3", "v": "b"}, {"id": "4", "v": "a"}]}""",
            options);

        result.Differences.Should().ContainSingle().Which.Kind.Should().Be(IiifDifferenceKind.Reordered);
    }

    [Test]
    public void Compare_UnorderedArray_IsComparedAsAMultiset()
    {
        var options = new IiifDiffOptions { UnorderedArrays = { "**/behavior" } };

        IiifDiff.Compare("""{"behavior": ["a", "b", "b"]}""", """{"behavior": ["b", "a", "b"]}""", options).IsSame.Should().BeTrue();

        IiifDiffResult result = IiifDiff.Compare("""{"behavior": ["a", "b", "b"]}""", """{"behavior": ["b", "c", "a"]}""", options);
        result.Differences.Select(d => (d.Kind, d.Pointer)).Should().Equal(
            (IiifDifferenceKind.Removed, "/behavior/2"),
            (IiifDifferenceKind.Added, "/behavior/1"));
    }

    [TestCase("items")]
    [TestCase("/items/[0]/id/*x")]
    public void Compare_PatternThatIsNotAPointer_Throws(string pattern)
    {
        if (pattern.StartsWith('/'))
        {
            // Any pointer is a valid pattern, however odd its tokens.
            IiifDiff.Compare("{}", "{}", new IiifDiffOptions { Ignore = { pattern } }).IsSame.Should().BeTrue();
            return;
        }

        FluentActions.Invoking(() => IiifDiff.Compare("{}", "{}", new IiifDiffOptions { Ignore = { pattern } }))
            .Should().Throw<ArgumentException>().WithMessage("*Ignore*'items'*");
    }

    [Test]
    public void Compare_InvalidJson_ThrowsWithThePathAndPositionTheReaderGives()
    {
        const string Broken = "{\"items\": [1, }";
        IiifJsonException read = FluentActions.Invoking(() => IiifJson.Parse(Broken)).Should().Throw<IiifJsonException>().Which;

        IiifJsonException thrown = FluentActions.Invoking(() => IiifDiff.Compare("{}", Broken))
            .Should().Throw<IiifJsonException>().Which;

        thrown.Path.Should().Be(read.Path).And.StartWith("$.items");
        (thrown.LineNumber, thrown.BytePositionInLine, thrown.BytePosition).Should().Be((read.LineNumber, read.BytePositionInLine, read.BytePosition));
        thrown.BytePositionInLine.Should().Be(14);
    }

    [Test]
    public void Compare_RepeatedKey_Throws() =>
        FluentActions.Invoking(() => IiifDiff.Compare(Encoding.UTF8.GetBytes("""{"a": 1, "a": 2}"""), Encoding.UTF8.GetBytes("{}")))
            .Should().Throw<IiifJsonException>();

    [Test]
    public void Compare_Utf8Bytes_ValuesOutliveTheDocuments()
    {
        byte[] expected = Encoding.UTF8.GetBytes("\uFEFF{\"label\": {\"en\": [\"Old\"]}}");
        byte[] actual = Encoding.UTF8.GetBytes("{\"label\": {\"en\": [\"New\"]}}");

        IiifDiffResult result = IiifDiff.Compare(expected, actual);
        Array.Clear(expected);
        Array.Clear(actual);

        result.Differences.Should().ContainSingle().Which.Expected!.Value.GetString().Should().Be("Old");
    }

    [Test]
    public void Compare_Resources_ComparesTheirCanonicalJson()
    {
        IiifResource expected = IiifJson.Parse("""{"id": "https://example.org/m", "type": "Manifest", "label": {"en": ["M"]}}""");
        IiifResource actual = IiifJson.Parse("""{"type": "Manifest", "label": {"en": ["N"]}, "id": "https://example.org/m"}""");

        IiifDiff.Compare(expected, expected).IsSame.Should().BeTrue();
        IiifDiff.Compare(expected, actual).Differences.Should().ContainSingle().Which.Pointer.Should().Be("/label/en/0");
    }

    [Test]
    public void Compare_Presentation2Document_IsComparedAsGiven()
    {
        const string V2 = """{"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "m", "@type": "sc:Manifest", "label": "M"}""";

        IiifDiff.Compare(V2, V2).IsSame.Should().BeTrue();
        IiifDiff.Compare(V2, V2.Replace("\"M\"", "\"N\"", StringComparison.Ordinal)).Differences
            .Should().ContainSingle().Which.Pointer.Should().Be("/label");
    }

    [Test]
    public void ToString_SeveralDifferences_ListsOneALine()
    {
        IiifDiffResult result = IiifDiff.Compare("""{"a": 1, "b": [1, 2], "c": "x"}""", """{"a": 2, "b": [2, 1], "d": "y"}""");

        result.ToString().Should().Be(
            "4 differences:\n" +
            "  Changed /a: 1 -> 2\n" +
            "  Reordered /b: [1,2] -> [2,1]\n" +
            "  Removed /c: \"x\"\n" +
            "  Added /d: \"y\"");
    }

    [Test]
    public void ToString_LongValueAndWholeDocument_IsCutShort()
    {
        string text = IiifDiff.Compare("[]", $"\"{new string('é', 300)}\"").Differences.Single().ToString();

        text.Should().StartWith("Changed (the document): [] -> \"éé").And.EndWith("…").And.HaveLength(151);
    }
}
