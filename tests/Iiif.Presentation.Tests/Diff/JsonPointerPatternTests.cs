using System;

namespace Iiif.Presentation.Tests.Diff;

public sealed class JsonPointerPatternTests
{
    [TestCase("/items/*/id", new[] { "items", "3", "id" }, true)]
    [TestCase("/items/*/id", new[] { "items", "id" }, false)]
    [TestCase("/items/*/id", new[] { "items", "3", "label" }, false)]
    [TestCase("**/created", new[] { "created" }, true)]
    [TestCase("**/created", new[] { "items", "0", "items", "created" }, true)]
    [TestCase("**/created", new[] { "created", "x" }, false)]
    [TestCase("/a~1b/~0c", new[] { "a/b", "~c" }, true)]
    [TestCase("", new string[0], true)]
    [TestCase("", new[] { "id" }, false)]
    [TestCase("/**", new[] { "x", "y" }, true)]
    public void Matches_TokensOfAPointer_AsThePatternSays(string pattern, string[] tokens, bool expected)
    {
        JsonPointerPattern parsed = JsonPointerPattern.Parse(pattern);

        parsed.Matches(tokens).Should().Be(expected);
        parsed.ToString().Should().Be(pattern);
    }

    [TestCase("items/*/id")]
    [TestCase("*/id")]
    public void Parse_TextThatIsNotAPattern_ThrowsNamingIt(string pattern)
    {
        FluentActions.Invoking(() => JsonPointerPattern.Parse(pattern))
            .Should().Throw<ArgumentException>().WithMessage($"*\"{pattern}\" is not a JSON Pointer pattern*");
        JsonPointerPattern.TryParse(pattern, out JsonPointerPattern? parsed).Should().BeFalse();
        parsed.Should().BeNull();
    }

    [Test]
    public void TryParse_Null_IsNotAPattern() =>
        JsonPointerPattern.TryParse(null, out _).Should().BeFalse();
}
