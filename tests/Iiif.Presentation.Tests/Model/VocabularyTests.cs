using System;

namespace Iiif.Presentation.Tests.Model;

[TestFixture]
public sealed class VocabularyTests
{
    [Test]
    public void KnownValues_AreKnownAndEqualToTheirStrings()
    {
        Behavior.Paged.Value.Should().Be("paged");
        Behavior.Paged.IsKnown.Should().BeTrue();
        ((Behavior)"paged").Should().Be(Behavior.Paged);
        (Behavior.Paged == new Behavior("paged")).Should().BeTrue();
        ViewingDirection.RightToLeft.Value.Should().Be("right-to-left");
        TimeMode.Loop.Value.Should().Be("loop");
        Motivation.Painting.Value.Should().Be("painting");
    }

    [Test]
    public void UnknownValues_PassThroughUnchanged()
    {
        var behavior = new Behavior("w-6");

        behavior.IsKnown.Should().BeFalse();
        behavior.ToString().Should().Be("w-6");
        (behavior != Behavior.Paged).Should().BeTrue();
        new Behavior("Paged").Should().NotBe(Behavior.Paged, "comparison is case-sensitive, as in JSON-LD");
    }

    [Test]
    public void Default_HasNoValue()
    {
        default(Motivation).ToString().Should().BeEmpty();
        default(Motivation).GetHashCode().Should().Be(0);
        FluentActions.Invoking(() => new Motivation(null!)).Should().Throw<ArgumentNullException>();
    }
}
