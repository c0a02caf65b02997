using System.Collections.Generic;
using System.Text.Json;
using Iiif.Presentation.Validation.Semantic;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// The loop the semantic rules use over a value the specification wants as an array: while an item is
/// visited the path names its index, a lone value is visited as it is, and the path is back where it was
/// after the loop, however it ends.
/// </summary>
[TestFixture]
public sealed class PathItemsTests
{
    [TestCase("[\"a\", \"b\", \"c\"]", "/items/0=\"a\" /items/1=\"b\" /items/2=\"c\"")]
    [TestCase("\"lone\"", "/items=\"lone\"")]
    [TestCase("{\"id\": 1}", "/items={\"id\": 1}")]
    [TestCase("[]", "")]
    public void Each_ArrayOrLoneValue_NamesEachItemOnThePath(string json, string expected)
    {
        var path = new PathStack();
        path.Push("items");
        var seen = new List<string>();

        foreach (JsonElement item in new PathItems(path, Parse(json)))
        {
            seen.Add(path.Pointer + "=" + item.GetRawText());
        }

        string.Join(" ", seen).Should().Be(expected);
        path.Pointer.Should().Be("/items");
    }

    [Test]
    public void Each_BreakAndContinue_LeaveThePathAsItWas()
    {
        var path = new PathStack();
        path.Push("behavior");
        var seen = new List<string>();

        foreach (JsonElement item in new PathItems(path, Parse("[1, 2, 3, 4]")))
        {
            if (item.GetInt32() == 2)
            {
                continue;
            }

            seen.Add(path.Pointer);
            if (item.GetInt32() == 3)
            {
                break;
            }
        }

        seen.Should().Equal("/behavior/0", "/behavior/2");
        path.Pointer.Should().Be("/behavior");
        path.Depth.Should().Be(1);
    }

    [Test]
    public void Each_Nested_GivesBothIndexes()
    {
        var path = new PathStack();
        var seen = new List<string>();

        foreach (JsonElement outer in new PathItems(path, Parse("[[\"a\"], \"b\", [\"c\", \"d\"]]")))
        {
            foreach (JsonElement inner in new PathItems(path, outer))
            {
                seen.Add(path.Pointer + "=" + inner.GetString());
            }
        }

        seen.Should().Equal("/0/0=a", "/1=b", "/2/0=c", "/2/1=d");
        path.Depth.Should().Be(0);
    }

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
