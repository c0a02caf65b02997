using System.Linq;
using System.Text;
using Iiif.Presentation.Validation;
using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// The duplicate-key scan that the reader, the upgrader and the validator (P3-JSON-00) share: what it
/// finds, where it says it is, and that a key written with an escape is the same key.
/// </summary>
[TestFixture]
public sealed class DuplicateKeysTests
{
    private static string[] Find(string json) =>
        DuplicateKeys.FindAll(Encoding.UTF8.GetBytes(json), 256)?.Select(d => $"{d.Pointer} in '{d.ObjectPointer}' ({d.Name})").ToArray() ?? [];

    [TestCase("{}")]
    [TestCase("[1, {\"a\": 1}, {\"a\": 2}]")]
    [TestCase("{\"a\": {\"a\": {\"a\": 1}}, \"b\": [{\"a\": 1, \"b\": 2}, {\"a\": 1, \"b\": 2}]}")]
    [TestCase("{\"ab\": 1, \"a\\u0063\": 2, \"\\u0061\": 3}")]
    [TestCase("\"a string\"")]
    public void Find_NoKeyTwiceInOneObject_FindsNothing(string json) =>
        DuplicateKeys.FindAll(Encoding.UTF8.GetBytes(json), 256).Should().BeNull();

    [Test]
    public void Find_KeysTwiceAtManyPlaces_GivesEachSecondCopyInDocumentOrder()
    {
        string json = "{\"a\": 1, \"items\": [0, {\"id\": 1, \"id\": 2}, [{\"x/y~z\": {\"k\": 1, \"k\": 2}}]], \"a\": 3}";

        Find(json).Should().Equal(
            "/items/1/id in '/items/1' (id)",
            "/items/2/0/x~1y~0z/k in '/items/2/0/x~1y~0z' (k)",
            "/a in '' (a)");
    }

    [TestCase("{\"ab\": 1, \"a\\u0062\": 2}")]
    [TestCase("{\"a\\u0062\": 1, \"ab\": 2}")]
    [TestCase("{\"\\u0061\\u0062\": 1, \"a\\u0062\": 2}")]
    [TestCase("{\"\\u00e9t\\u00e9\": 1, \"été\": 2}")]
    public void Find_OneCopyEscaped_IsTheSameKey(string json) =>
        Find(json).Should().ContainSingle().Which.Should().EndWith("(" + (json.Contains("t\\u00e9") ? "été" : "ab") + ")");

    [Test]
    public void Find_EscapedKeysInNestedObjects_DoNotMeetTheOuterObjectsKeys()
    {
        // The inner objects' unescaped keys share the scan's buffer with the outer ones, and go when they close.
        string json = "{\"\\u0061\": {\"\\u0062\": 1, \"\\u0063\": [{\"\\u0064\": 1}]}, \"\\u0065\": {\"\\u0061\": 1}, \"b\": 1, \"\\u0061\": 2}";

        Find(json).Should().Equal("/a in '' (a)");
    }

    [Test]
    public void Find_ValueOfASecondCopy_IsNotSearched()
    {
        // Pointers inside the second copy would be those of the first.
        Find("{\"a\": {\"x\": 1}, \"a\": {\"x\": 1, \"x\": 2}}").Should().Equal("/a in '' (a)");
    }

    [TestCase(10)]
    [TestCase(DuplicateKeys.LinearLimit)]
    [TestCase(DuplicateKeys.LinearLimit + 1)]
    [TestCase(5_000)]
    public void Find_LargeObject_FindsTheRepeatedKeyAtEitherEnd(int keys)
    {
        string body = string.Join(", ", Enumerable.Range(0, keys).Select(i => $"\"k{i}\": {i}"));

        Find("{" + body + ", \"k0\": 0, \"k" + (keys - 1) + "\": 0}").Should().Equal(
            "/k0 in '' (k0)",
            $"/k{keys - 1} in '' (k{keys - 1})");
        Find("{" + body + "}").Should().BeEmpty();
    }

    [Test]
    public void Validate_DuplicatesInsideAndOutsideResources_ReportsEachOnceWithItsObject()
    {
        string json = "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\", " +
            "\"label\": {\"en\": [\"a\"]}, \"label\": {\"en\": [\"b\"]}, " +
            "\"items\": [{\"id\": \"https://example.org/c\", \"type\": \"Canvas\", \"height\": 10, \"width\": 20, \"width\": 30, " +
            "\"metadata\": [{\"label\": {\"none\": [\"x\"]}, \"value\": {\"none\": [\"y\"], \"n\\u006fne\": [\"z\"]}}]}]}";

        ValidationReport report = Validators.Full.Validate(json, Validators.SemanticOnly);

        report.Findings.Where(f => f.Code == "P3-JSON-00").Select(f => f.Pointer).Should().Equal(
            "/label", "/items/0/width", "/items/0/metadata/0/value/none");
        report.IsValid.Should().BeFalse();
    }
}
