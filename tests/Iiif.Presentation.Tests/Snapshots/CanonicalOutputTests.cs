using System.IO;
using Iiif.Presentation.Testing;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Snapshots;

/// <summary>
/// The canonical output of representative documents, reviewed once and kept as snapshots: any change
/// to property order, indentation, escaping or shape shows up as a diff.
/// </summary>
[TestFixture]
public sealed class CanonicalOutputTests
{
    [TestCase("kitchen-sink-manifest")]
    [TestCase("real-world-shapes")]
    [TestCase("annotation-page")]
    [TestCase("collection")]
    public void Serialize_Fixture_MatchesSnapshot(string name)
    {
        string original = File.ReadAllText(RepositoryFiles.Path($"fixtures/serialization/{name}.json"));

        IiifResource resource = IiifJson.Parse(original);

        JsonAssert.EquivalentIgnoringKeyOrder(original, IiifJson.Serialize(resource), name);
        IiifSnapshot.Match(resource, IiifSnapshot.PathFor(name));
    }

    [Test]
    public void Serialize_CompactFixture_MatchesSnapshot()
    {
        string original = File.ReadAllText(RepositoryFiles.Path("fixtures/serialization/real-world-shapes.json"));

        IiifSnapshot.Match(IiifJson.Parse(original), IiifSnapshot.PathFor(), new IiifSnapshotOptions { WriteOptions = new IiifWriteOptions { Indented = false } });
    }

    [Test]
    public void Serialize_ModelBuiltInCode_MatchesSnapshot()
    {
        var canvas = new Canvas("https://example.org/iiif/m/canvas/1") { Width = 1000, Height = 800, Label = new LanguageMap("none", "1") };
        var page = new AnnotationPage("https://example.org/iiif/m/page/1");
        var image = new Image("https://example.org/iiif/m/image/full/max/0/default.jpg") { Format = "image/jpeg", Width = 1000, Height = 800 };
        image.Service.Add(new ImageService3("https://example.org/iiif/m/image", "level2"));
        var painting = new Annotation("https://example.org/iiif/m/annotation/1");
        painting.Motivation.Add(Motivation.Painting);
        painting.Body.Add(image);
        painting.Target.Add(new Canvas(canvas.Id!) { Type = null, IsUriString = true });
        page.Items.Add(painting);
        canvas.Items.Add(page);

        var manifest = new Manifest("https://example.org/iiif/m/manifest")
        {
            Label = new LanguageMap { { "en", "A manifest built in code" }, { "de", "Ein im Code gebautes Manifest" } },
            RequiredStatement = new MetadataEntry(new LanguageMap("en", "Attribution"), new LanguageMap("en", "Example Library")),
            Rights = "http://rightsstatements.org/vocab/NoC-NC/1.0/",
            ViewingDirection = ViewingDirection.RightToLeft,
        };
        manifest.Context.Add("http://iiif.io/api/presentation/3/context.json");
        manifest.Metadata.Add(new MetadataEntry(new LanguageMap("en", "Pages"), new LanguageMap("none", "1")));
        manifest.Behavior.Add(Behavior.Paged);
        manifest.Items.Add(canvas);

        IiifSnapshot.Match(manifest, IiifSnapshot.PathFor());
    }
}
