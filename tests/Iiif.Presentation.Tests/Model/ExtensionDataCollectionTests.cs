using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Iiif.Presentation.Tests.Model;

[TestFixture]
public sealed class ExtensionDataCollectionTests
{
    [Test]
    public void Values_OutliveTheDocumentTheyCameFrom()
    {
        var data = new ExtensionDataCollection();
        using (JsonDocument document = JsonDocument.Parse("""{"a": [1, 2]}"""))
        {
            data.Add("x", document.RootElement.GetProperty("a"));
        }

        data["x"].GetArrayLength().Should().Be(2);
    }

    [Test]
    public void Indexer_ReplacesInPlaceOrAppends()
    {
        var data = new ExtensionDataCollection();
        data["b"] = JsonSerializerElement("1");
        data["a"] = JsonSerializerElement("2");
        data["b"] = JsonSerializerElement("3");

        data.Select(p => $"{p.Key}={p.Value.GetRawText()}").Should().Equal("b=3", "a=2");
    }

    [Test]
    public void Misuse_ThrowsClearExceptions()
    {
        var data = new ExtensionDataCollection();
        data.Add("x", JsonSerializerElement("1"));

        FluentActions.Invoking(() => data.Add("x", JsonSerializerElement("2"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => data.Add("y", default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => data["missing"]).Should().Throw<KeyNotFoundException>();
        data.Remove("x").Should().BeTrue();
        data.Count.Should().Be(0);
    }

    private static JsonElement JsonSerializerElement(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
