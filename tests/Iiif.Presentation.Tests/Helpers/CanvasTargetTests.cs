using System.IO;
using System.Linq;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Helpers;

[TestFixture]
public sealed class CanvasTargetTests
{
    private const string CanvasId = "https://example.org/canvas/1";

    private static Manifest Read(string relativePath) =>
        IiifJson.Deserialize<Manifest>(File.ReadAllText(CorpusFiles.Path(relativePath)));

    [Test]
    public void TryParse_PixelRegion_ReturnsCanvasIdAndRegion()
    {
        CanvasTarget.TryParse(CanvasId + "#xywh=10,20.5,300,40", out CanvasTarget? target).Should().BeTrue();

        target!.CanvasId.Should().Be(CanvasId);
        target.Region.Should().Be(new CanvasRegion(10, 20.5, 300, 40));
        target.Time.Should().BeNull();
    }

    [TestCase("xywh=pixel:1,2,3,4", MediaFragmentUnit.Pixel)]
    [TestCase("xywh=percent:1,2,3,4", MediaFragmentUnit.Percent)]
    public void TryParse_UnitPrefix_SetsUnit(string fragment, MediaFragmentUnit unit)
    {
        CanvasTarget.TryParse(CanvasId + "#" + fragment, out CanvasTarget? target).Should().BeTrue();

        target!.Region.Should().Be(new CanvasRegion(1, 2, 3, 4, unit));
    }

    [TestCase("t=10,20", 10d, 20d)]
    [TestCase("t=npt:10,20", 10d, 20d)]
    [TestCase("t=,10", 0d, 10d)]
    [TestCase("t=3971.24", 3971.24, null)]
    [TestCase("t=npt:01:30,02:00.5", 90d, 120.5)]
    [TestCase("t=1:06:11.24", 3971.24, null)]
    [TestCase("t=0:00:10,100:00:00.", 10d, 360000d)]
    [TestCase("t=59:59.999", 3599.999, null)]
    public void TryParse_Time_ReturnsInterval(string fragment, double start, double? end)
    {
        CanvasTarget.TryParse(CanvasId + "#" + fragment, out CanvasTarget? target).Should().BeTrue();

        target!.Time.Should().Be(new TimeInterval(start, end));
        target.Region.Should().BeNull();
    }

    [Test]
    public void ToString_ClockTime_IsWrittenAsSeconds()
    {
        CanvasTarget.TryParse(CanvasId + "#t=npt:1:00:00,1:00:30.25", out CanvasTarget? target).Should().BeTrue();

        target!.ToString().Should().Be(CanvasId + "#t=3600,3630.25");
    }

    [Test]
    public void TryParse_BothDimensions_ReturnsBoth()
    {
        CanvasTarget.TryParse(CanvasId + "#t=5,6&xywh=0,0,10,10", out CanvasTarget? target).Should().BeTrue();

        target!.Time.Should().Be(new TimeInterval(5, 6));
        target.Region.Should().Be(new CanvasRegion(0, 0, 10, 10));
    }

    [Test]
    public void TryParse_NoFragment_ReturnsWholeCanvas()
    {
        CanvasTarget.TryParse(CanvasId, out CanvasTarget? target).Should().BeTrue();

        target!.CanvasId.Should().Be(CanvasId);
        target.Region.Should().BeNull();
        target.Time.Should().BeNull();
        target.ToString().Should().Be(CanvasId);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("#xywh=0,0,1,1")]
    [TestCase(CanvasId + "#xywh=1,2,3")]
    [TestCase(CanvasId + "#xywh=1,2,3,4,5")]
    [TestCase(CanvasId + "#xywh=a,2,3,4")]
    [TestCase(CanvasId + "#xywh=-1,2,3,4")]
    [TestCase(CanvasId + "#xywh=1,2,0,4")]
    [TestCase(CanvasId + "#xywh=1, 2,3,4")]
    [TestCase(CanvasId + "#xywh=1,2,3,4&xywh=1,2,3,4")]
    [TestCase(CanvasId + "#xywh=cm:1,2,3,4")]
    [TestCase(CanvasId + "#xywh=NaN,2,3,4")]
    [TestCase(CanvasId + "#t=")]
    [TestCase(CanvasId + "#t=20,10")]
    [TestCase(CanvasId + "#t=1:30")]
    [TestCase(CanvasId + "#t=01:60")]
    [TestCase(CanvasId + "#t=60:00")]
    [TestCase(CanvasId + "#t=1:2:03")]
    [TestCase(CanvasId + "#t=:01:30")]
    [TestCase(CanvasId + "#t=1:01:01:01")]
    [TestCase(CanvasId + "#t=-1:01:30")]
    [TestCase(CanvasId + "#t=01:3a")]
    [TestCase(CanvasId + "#t=01:30.5e1")]
    [TestCase(CanvasId + "#t=smpte:00:01:30:00")]
    [TestCase(CanvasId + "#t=00:02:00,00:01:00")]
    [TestCase(CanvasId + "#t=10,10")]
    [TestCase(CanvasId + "#t=1,2,3")]
    [TestCase(CanvasId + "#t=smpte:00:00:01")]
    [TestCase(CanvasId + "#t=-5")]
    [TestCase(CanvasId + "#t=Infinity")]
    public void TryParse_Malformed_ReturnsFalse(string? value)
    {
        CanvasTarget.TryParse(value, out CanvasTarget? target).Should().BeFalse();
        target.Should().BeNull();
    }

    [Test]
    public void ToString_UsesInvariantCultureAndPutsTimeFirst()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            var target = new CanvasTarget(
                CanvasId, new CanvasRegion(0.5, 1, 2.25, 3, MediaFragmentUnit.Percent), new TimeInterval(1.5, 2.75));

            target.ToString().Should().Be(CanvasId + "#t=1.5,2.75&xywh=percent:0.5,1,2.25,3");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void ToString_NegativeZero_WritesZeroThatParsesBack()
    {
        var target = new CanvasTarget(CanvasId, new CanvasRegion(-0.0, 0, 1, 1), new TimeInterval(-0.0));

        target.ToString().Should().Be(CanvasId + "#t=0&xywh=0,0,1,1");
        CanvasTarget.TryParse(target.ToString(), out _).Should().BeTrue();
    }

    [Test]
    public void ToSpecificResource_WritesSourceAndFragmentSelector()
    {
        var target = new CanvasTarget(CanvasId, new CanvasRegion(1, 2, 3, 4));

        SpecificResource resource = target.ToSpecificResource();

        resource.Source.Should().BeOfType<Canvas>().Which.Id.Should().Be(CanvasId);
        resource.Selector.Should().ContainSingle().Which.Should().BeOfType<FragmentSelector>()
            .Which.Value.Should().Be("xywh=1,2,3,4");
        CanvasTarget.TryFrom(resource, out CanvasTarget? back).Should().BeTrue();
        back!.ToString().Should().Be(target.ToString());
    }

    [Test]
    public void TryFrom_OtherSelector_ReturnsFalse()
    {
        var resource = new SpecificResource(new Canvas(CanvasId), new SvgSelector());

        CanvasTarget.TryFrom(resource, out _).Should().BeFalse();
    }

    [Test]
    public void Constructor_InvalidRegion_Throws()
    {
        FluentActions.Invoking(() => new CanvasTarget(CanvasId, new CanvasRegion(0, 0, 0, 1)))
            .Should().Throw<System.ArgumentException>();
        FluentActions.Invoking(() => new CanvasTarget(CanvasId + "#t=1"))
            .Should().Throw<System.ArgumentException>();
    }

    [Test]
    public void TryFrom_SpecificResourceWithoutSelector_IsTheWholeCanvasAndCreatesNoSelectorList()
    {
        var resource = new SpecificResource(new Canvas(CanvasId));

        CanvasTarget.TryFrom(resource, out CanvasTarget? target).Should().BeTrue();

        target!.ToString().Should().Be(CanvasId);
        resource.SelectorList.Should().BeNull("reading a target must not change the model");
    }

    [Test]
    public void TryFrom_StringTargetWithXywh_Cookbook0021()
    {
        Manifest manifest = Read("v3/cookbook/0021-tagging.json");
        Annotation tag = manifest.Items[0].Annotations[0].Items[0];

        CanvasTarget.TryFrom(tag.Target[0], out CanvasTarget? target).Should().BeTrue();

        target!.CanvasId.Should().Be("https://iiif.io/api/cookbook/recipe/0021-tagging/canvas/p1");
        target.Region.Should().Be(new CanvasRegion(265, 661, 1260, 1239));
        target.Time.Should().BeNull();
    }

    [Test]
    public void TryFrom_SpecificResourceWithFragmentSelector_Cookbook0025()
    {
        string path = CorpusFiles.Path(
            "v3/cookbook/0025-newspaper-article-index__annotations__5ee30fe6-cc3d-431a-9acf-2a715b770306__zone1.json");
        var page = (AnnotationPage)IiifJson.Parse(File.ReadAllText(path));
        var targets = page.Items.SelectMany(a => a.Target)
            .Select(t => CanvasTarget.TryFrom(t, out CanvasTarget? c) ? c : null)
            .ToList();

        targets.Should().NotBeEmpty().And.OnlyContain(t => t != null && t.Region != null);
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetRawText()
            .Should().Contain(targets[0]!.Region!.Value.ToString());
    }

    [Test]
    public void TryFrom_TimeTargets_Cookbook0064()
    {
        Manifest manifest = Read("v3/cookbook/0064-opera-one-canvas.json");
        var canvases = manifest.Structures.SelectMany(CanvasesIn).ToList();

        var parsed = canvases.Select(c => CanvasTarget.TryParse(c.Id, out CanvasTarget? t) ? t : null).ToList();

        parsed.Should().OnlyContain(t => t != null && t.CanvasId == "https://iiif.io/api/cookbook/recipe/0064-opera-one-canvas/canvas/1");
        parsed.Select(t => t!.Time).Should().Equal(
            new TimeInterval(0, 302.05), new TimeInterval(302.05, 3971.24), new TimeInterval(3971.24, 7278.422));
    }

    private static System.Collections.Generic.IEnumerable<Canvas> CanvasesIn(IiifRange range) =>
        range.Items.SelectMany(i => i switch
        {
            Canvas c => new[] { c },
            IiifRange r => CanvasesIn(r),
            _ => Enumerable.Empty<Canvas>(),
        });

    [Test]
    public void FormatThenParse_AnyTarget_GivesEqualValues()
    {
        var number = Gen.Double[0, 1e6];
        var positive = Gen.Double[1e-3, 1e6];
        var region = Gen.Select(number, number, positive, positive, Gen.Enum<MediaFragmentUnit>())
            .Select((x, y, w, h, u) => new CanvasRegion(x, y, w, h, u));
        var time = Gen.Select(number, positive, Gen.Bool)
            .Select((s, d, open) => new TimeInterval(s, open ? null : s + d));
        Gen<(CanvasRegion? r, TimeInterval? t, int i)> targets = Gen.Select(region, Gen.Bool, time, Gen.Bool, Gen.Int[0, 99])
            .Select((r, hasR, t, hasT, i) => (r: hasR ? r : (CanvasRegion?)null, t: hasT ? t : (TimeInterval?)null, i))
            .Where(x => x.t is not { End: { } e } || e > x.t.Value.Start);
        FixedSample.Run(
            targets,
            x =>
            {
                var target = new CanvasTarget($"https://example.org/c/{x.i}", x.r, x.t);
                string text = target.ToString();

                CanvasTarget.TryParse(text, out CanvasTarget? back).Should().BeTrue(text);
                back!.CanvasId.Should().Be(target.CanvasId);
                back.Region.Should().Be(target.Region, text);
                back.Time.Should().Be(target.Time, text);
                CanvasTarget.TryFrom(target.ToSpecificResource(), out CanvasTarget? fromSpecific).Should().BeTrue(text);
                fromSpecific!.ToString().Should().Be(text);
            },
            "4fHq0cPz1LbW",
            cases: 200);
    }

    /// <summary>
    /// Any fragment, most of them near the media fragment grammar, gives true or false and never throws;
    /// a true answer always gives back a target on the same Canvas.
    /// </summary>
    [Test]
    public void TryParse_AnyFragment_NeverThrows()
    {
        Gen<string> prefix = Gen.OneOf("", "xywh=", "xywh=pixel:", "xywh=percent:", "t=", "t=npt:", "xywh=1,2,3,4&t=");
        Gen<string> tail = Gen.OneOf(Gen.String, Gen.String["0123456789.,-+eE:&=% "]);
        FixedSample.Run(
            Gen.Select(prefix, tail, (p, t) => p + t),
            fragment =>
            {
                // The answer may be either; what is tested is that it is an answer and not an exception.
                if (CanvasTarget.TryParse(CanvasId + "#" + fragment, out CanvasTarget? target))
                {
                    target!.CanvasId.Should().Be(CanvasId, fragment);
                }
            },
            "0Qx8mTn3RkVa",
            cases: 1000);
    }
}
