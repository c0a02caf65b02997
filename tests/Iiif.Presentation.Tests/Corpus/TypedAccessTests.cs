using System.Linq;
using System.Text.Json;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>
/// Real documents read into typed values: what a consumer of the model sees.
/// </summary>
[TestFixture]
public sealed class TypedAccessTests
{
    private static T Read<T>(string relativePath)
        where T : IiifResource =>
        IiifJson.Deserialize<T>(System.IO.File.ReadAllBytes(CorpusFiles.Path(relativePath)));

    [Test]
    public void Canvas_CanvasSizeRecipe_HasWidthAndHeightApartFromItsImage()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0004-canvas-size.json");

        Canvas canvas = manifest.Items.Should().ContainSingle().Subject;
        canvas.Id.Should().Be("https://iiif.io/api/cookbook/recipe/0004-canvas-size/canvas/p1");
        canvas.Width.Should().Be(1920);
        canvas.Height.Should().Be(1080);
        canvas.Duration.Should().BeNull();
        var image = (Image)canvas.Items[0].Items[0].Body[0];
        image.Width.Should().Be(640);
        image.Format.Should().Be("image/png");
        image.Height.Should().Be(360);
    }

    [Test]
    public void Canvas_AudioRecipe_HasDurationAndASoundBody()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0002-mvm-audio.json");

        Canvas canvas = manifest.Items[0];
        canvas.Duration.Should().Be(1985.024);
        canvas.Width.Should().BeNull();
        Annotation painting = canvas.Items[0].Items[0];
        painting.Motivation.Should().Equal(Motivation.Painting);
        Sound sound = painting.Body.Should().ContainSingle().Which.Should().BeOfType<Sound>().Subject;
        sound.Duration.Should().Be(1985.024);
        sound.Format.Should().Be("audio/mp4");
        painting.Target.Should().ContainSingle().Which.IsUriString.Should().BeTrue();
        painting.Target[0].Id.Should().Be(canvas.Id);
    }

    [Test]
    public void ImageService_ImageServiceRecipe_IsVersion3WithItsProfile()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0005-image-service.json");

        var image = (Image)manifest.Items[0].Items[0].Items[0].Body[0];
        ImageService3 service = image.Service.Should().ContainSingle().Which.Should().BeOfType<ImageService3>().Subject;
        service.ApiVersion.Should().Be(3);
        service.Profile.Should().Be("level1");
        service.Id.Should().Be("https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen");
        service.UsesAtId.Should().BeFalse();
    }

    [Test]
    public void ImageService_Version2WithProfileList_KeepsComplianceLevelAndFeatures()
    {
        Manifest manifest = Read<Manifest>("v3/iiif-commons-parser/2-to-3-converted/manifests/british-library-manifest.json");

        ImageService2 service = manifest.Thumbnail[0].Service.Should().ContainSingle()
            .Which.Should().BeOfType<ImageService2>().Subject;
        service.ApiVersion.Should().Be(2);
        service.Profile.Should().Be("http://iiif.io/api/image/2/level2.json");
        service.Width.Should().Be(1972);
        service.Height.Should().Be(2688);
        ImageTile tile = service.Tiles.Should().ContainSingle().Subject;
        tile.Width.Should().Be(256);
        tile.ScaleFactors.Should().Equal(1, 2, 4, 8, 16);
        service.Protocol.Should().Be("http://iiif.io/api/image");
        service.ExtensionData.ContainsKey("protocol").Should().BeFalse("protocol is typed");

        string written = IiifJson.Serialize(service);
        using JsonDocument json = JsonDocument.Parse(written);
        JsonElement profile = json.RootElement.GetProperty("profile");
        profile.GetArrayLength().Should().Be(2, "the feature object follows the compliance level");
        profile[1].GetProperty("qualities")[0].GetString().Should().Be("gray");
    }

    [Test]
    public void Structures_TableOfContentsRecipe_IsATreeOfRangesEndingInCanvases()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0024-book-4-toc.json");

        IiifRange toc = manifest.Structures.Should().ContainSingle().Subject;
        toc.Label!["en"].Should().Equal("Table of Contents");
        toc.Items.Should().AllBeOfType<IiifRange>().And.HaveCount(2);

        var second = (IiifRange)toc.Items[1];
        second.Label!["gez"].Should().Equal("Arede'et [አርድዕት]");
        second.Items.Cast<IiifRange>().Select(r => r.Label!["en"][0]).Should().Equal("Monday", "Tuesday");
        ((IiifRange)second.Items[1]).Items.Should().AllBeOfType<Canvas>()
            .Which.Select(c => c.Id).Should().Equal(
                "https://iiif.io/api/cookbook/recipe/0024-book-4-toc/canvas/p5",
                "https://iiif.io/api/cookbook/recipe/0024-book-4-toc/canvas/p6");
    }

    [Test]
    public void Body_ChoiceRecipe_IsAChoiceOfTwoLabelledImages()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0033-choice.json");

        Annotation painting = manifest.Items[0].Items[0].Items[0];
        Choice choice = painting.Body.Should().ContainSingle().Which.Should().BeOfType<Choice>().Subject;
        choice.Id.Should().BeNull("the recipe's Choice has no id");
        choice.Items.Should().AllBeOfType<Image>();
        choice.Items.Select(i => i.Label!["en"][0]).Should().Equal("Natural Light", "X-Ray");
        painting.Body.IsSingleValue().Should().BeTrue("the body is a lone object, not an array");
    }

    [Test]
    public void Label_TextLanguageRecipe_HoldsEnglishAndFrench()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0006-text-language.json");

        manifest.Label!.Keys.Should().Equal("en", "fr");
        manifest.Label["en"].Should().Equal("Whistler's Mother");
        manifest.Label["fr"].Should().Equal("La Mère de Whistler");
        manifest.Summary!["fr"][0].Should().StartWith("Arrangement en gris et noir");
        manifest.Label.IsPlainString.Should().BeFalse();
    }

    [Test]
    public void NavPlace_GeoExtensionRecipe_IsTypedAndWrittenBack()
    {
        string path = CorpusFiles.Path("v3/cookbook/0154-geo-extension.json");
        Manifest manifest = Read<Manifest>("v3/cookbook/0154-geo-extension.json");

        manifest.Context.Should().Equal(
            "http://iiif.io/api/extension/navplace/context.json",
            "http://iiif.io/api/presentation/3/context.json");
        manifest.ExtensionData.ContainsKey("navPlace").Should().BeFalse("navPlace is typed");
        manifest.NavPlace!.Type.Should().Be("FeatureCollection");
        manifest.NavPlace.Features.Should().NotBeEmpty();

        using JsonDocument original = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        using JsonDocument written = JsonDocument.Parse(IiifJson.Serialize(manifest));
        JsonAssert.FirstDifference(
            original.RootElement.GetProperty("navPlace"), written.RootElement.GetProperty("navPlace"), "/navPlace")
            .Should().BeNull();
    }

    [Test]
    public void Target_PointRecipe_IsASpecificResourceWithAPointSelector()
    {
        Manifest manifest = Read<Manifest>("v3/cookbook/0135-annotating-point-in-canvas.json");

        Annotation tag = manifest.Items[0].Annotations[0].Items[0];
        tag.Motivation.Should().Equal(Motivation.Tagging);
        TextualBody body = tag.Body.Should().ContainSingle().Which.Should().BeOfType<TextualBody>().Subject;
        body.Value.Should().Be("Town Creek Aqueduct");
        body.Language.Should().Equal("en");
        SpecificResource target = tag.Target.Should().ContainSingle().Which.Should().BeOfType<SpecificResource>().Subject;
        target.Source.Should().BeOfType<Canvas>().Which.IsUriString.Should().BeTrue();
        PointSelector point = target.Selector.Should().ContainSingle().Which.Should().BeOfType<PointSelector>().Subject;
        point.X.Should().Be(3385);
        point.Y.Should().Be(1464);
    }

    [Test]
    public void Selectors_RotationAndSvgRecipes_AreTyped()
    {
        var rotation = (SpecificResource)Read<Manifest>("v3/cookbook/0040-image-rotation-service__manifest-service.json")
            .Items[0].Items[0].Items[0].Body[0];
        rotation.Selector.Should().ContainSingle().Which.Should().BeOfType<ImageApiSelector>()
            .Which.Rotation.Should().Be("90");

        var svgTarget = (SpecificResource)Read<Manifest>("v3/cookbook/0261-non-rectangular-commenting.json")
            .Items[0].Annotations[0].Items[0].Target[0];
        svgTarget.Selector.Should().ContainSingle().Which.Should().BeOfType<SvgSelector>()
            .Which.Value.Should().StartWith("<svg xmlns='http://www.w3.org/2000/svg'");
    }

    [Test]
    public void Services_AuthAndSearch_AreTypedWithTheKeysTheyWereWrittenWith()
    {
        Manifest manifest = Read<Manifest>("v3/presentation-validator/full_example.json");

        AuthCookieService1 login = manifest.Services.OfType<AuthCookieService1>().Should().ContainSingle().Subject;
        login.Id.Should().Be("https://example.org/iiif/auth/login");
        login.UsesAtId.Should().BeTrue();
        login.UsesAtType.Should().BeTrue();
        login.Profile.Should().Be("http://iiif.io/api/auth/1/login");
        login.Label!.IsPlainString.Should().BeTrue("Auth 1 labels are plain strings");
        login.Label.ToString().Should().Be("Login to Example Institution");
        login.Service.Should().ContainSingle().Which.Should().BeOfType<AuthTokenService1>();

        Manifest newspaper = Read<Manifest>("v3/clover-iiif/manifest/content-search/newspaper.json");
        newspaper.Service.Should().ContainSingle().Which.Should().BeOfType<SearchService2>()
            .Which.UsesAtId.Should().BeFalse();
    }

    [Test]
    public void ContentResource_UnknownType_KeepsTypeAndProperties()
    {
        Manifest manifest = IiifJson.Deserialize<Manifest>("""
            {"id": "https://example.org/m", "type": "Manifest",
             "rendering": [{"id": "https://example.org/object", "type": "PhysicalObject", "format": "x/y", "weight": 12}]}
            """);

        ContentResource thing = manifest.Rendering.Should().ContainSingle().Subject;
        thing.GetType().Should().Be<ContentResource>();
        thing.Type.Should().Be("PhysicalObject");
        thing.Format.Should().Be("x/y");
        thing.ExtensionData["weight"].GetInt32().Should().Be(12);
    }
}
