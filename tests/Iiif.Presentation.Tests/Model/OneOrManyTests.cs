using System;
using System.Collections.Generic;
using System.Linq;

namespace Iiif.Presentation.Tests.Model;

[TestFixture]
public sealed class OneOrManyTests
{
    [Test]
    public void Operations_BehaveLikeAList()
    {
        var list = new OneOrMany<int>();
        var expected = new List<int>();
        var random = new Random(7);
        for (int step = 0; step < 2000; step++)
        {
            switch (random.Next(5))
            {
                case 0 or 1:
                    int value = random.Next(100);
                    list.Add(value);
                    expected.Add(value);
                    break;
                case 2:
                    int at = random.Next(expected.Count + 1);
                    list.Insert(at, step);
                    expected.Insert(at, step);
                    break;
                case 3 when expected.Count > 0:
                    int index = random.Next(expected.Count);
                    list.RemoveAt(index);
                    expected.RemoveAt(index);
                    break;
                case 4 when expected.Count > 0:
                    int target = expected[random.Next(expected.Count)];
                    list.Remove(target).Should().BeTrue();
                    expected.Remove(target);
                    break;
            }

            list.Should().Equal(expected, $"after step {step}");
        }

        list.IndexOf(-1).Should().Be(-1);
        var copy = new int[list.Count + 1];
        list.CopyTo(copy, 1);
        copy.Skip(1).Should().Equal(expected);
        list.Clear();
        list.Should().BeEmpty();
    }

    [Test]
    public void Indexer_OutsideTheList_Throws()
    {
        var list = new OneOrMany<string> { "a" };

        FluentActions.Invoking(() => list[1]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.Insert(3, "x")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.RemoveAt(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Clear_KeepsTheShapeFlags()
    {
        var list = new OneOrMany<string> { "a" };
        list.IsSingleValue = true;
        list.WriteWhenEmpty = true;

        list.Clear();

        list.IsSingleValue.Should().BeTrue();
        list.WriteWhenEmpty.Should().BeTrue();
    }

    [Test]
    public void SetSingleValue_ModelList_IsWrittenAsItsLoneValueWithoutACast()
    {
        var annotation = new Annotation("https://example.org/a") { Body = { new TextualBody("x") } };

        annotation.Body.IsSingleValue().Should().BeFalse();
        annotation.Body.SetSingleValue().Should().BeSameAs(annotation.Body);
        annotation.Body.IsSingleValue().Should().BeTrue();
        IiifJson.Serialize(annotation, new IiifWriteOptions { Indented = false }).Should().Contain("\"body\":{\"type\":\"TextualBody\"");

        annotation.Body.SetSingleValue(false);
        IiifJson.Serialize(annotation, new IiifWriteOptions { Indented = false }).Should().Contain("\"body\":[{\"type\":\"TextualBody\"");
    }

    [Test]
    public void SetSingleValue_ListNotOfTheModel_ThrowsNamingIt()
    {
        IList<string> plain = new List<string> { "a" };

        FluentActions.Invoking(() => plain.SetSingleValue()).Should().Throw<ArgumentException>().WithMessage("*OneOrMany<String>*List`1*");
        plain.IsSingleValue().Should().BeFalse();
    }

    /// <summary>A list read from an array of any length holds its values in order, is written back as an array,
    /// and then behaves as a list: the exact-size storage reading gives it grows as values are added.</summary>
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(17)]
    [TestCase(40)]
    public void ReadFromAnArray_HoldsItsValuesAndStaysAList(int count)
    {
        string[] ids = Enumerable.Range(0, count).Select(i => $"https://example.org/c/{i}").ToArray();
        string json = "{\"id\":\"https://example.org/r\",\"type\":\"Range\",\"items\":[" +
            string.Join(",", ids.Select(id => $"{{\"id\":\"{id}\",\"type\":\"Canvas\"}}")) + "]}";

        IiifRange range = IiifJson.Deserialize<IiifRange>(json);

        range.Items.Select(item => item.Id).Should().Equal(ids);
        ((OneOrMany<IiifResource>)range.Items).IsSingleValue.Should().BeFalse();
        IiifJson.Serialize(range, new IiifWriteOptions { Indented = false }).Should().Be(json);

        range.Items.Add(new Canvas("https://example.org/added"));
        range.Items.Insert(0, new Canvas("https://example.org/first"));
        range.Items.Select(item => item.Id).Should().Equal(["https://example.org/first", .. ids, "https://example.org/added"]);
    }
}
