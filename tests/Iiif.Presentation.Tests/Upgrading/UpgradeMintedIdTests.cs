using System.Linq;
using System.Text;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// Ids the upgrader mints (<c>{base}/{kind}/{position}</c>) never take an id an input resource has
/// (<c>@id</c> or <c>id</c>), however the input writes it, nor one minted before in the same upgrade.
/// </summary>
[TestFixture]
public sealed class UpgradeMintedIdTests
{
    private const string Canvas = "https://example.org/canvas/1";
    private const string Page = Canvas + "/annotation-page/1";

    [TestCase(Page, TestName = "Minted page id, taken by an input id")]
    [TestCase(@"https:\/\/example.org\/canvas\/1\/annotation-page\/1", TestName = "Minted page id, taken by an input id written with escapes")]
    [TestCase(@"https://example.org/canvas/1/annotation-page/\u0031", TestName = "Minted page id, taken by an input id with an escaped digit")]
    public void Mint_IdTakenByTheInput_GetsASuffix(string takenAsWritten)
    {
        string json = Manifest(images: Image(), otherContent: $"{{\"@id\":\"{takenAsWritten}\",\"@type\":\"sc:AnnotationList\"}}");

        Canvas canvas = Upgrade(json).Items.Single();

        canvas.Items.Single().Id.Should().Be(Page + "-2");
        canvas.Annotations.Single().Id.Should().Be(Page, "the input's own id is kept as written");
    }

    [Test]
    public void Mint_IdFree_IsTheStem()
    {
        Canvas canvas = Upgrade(Manifest(images: Image(), otherContent: "\"https://example.org/list/1\"")).Items.Single();

        canvas.Items.Single().Id.Should().Be(Page);
    }

    [Test]
    public void Mint_SameStemTwiceInOneUpgrade_SecondGetsASuffix()
    {
        // The images' page and an AnnotationList without an id both mint annotation-page/1 under the Canvas.
        string list = "{\"@type\":\"sc:AnnotationList\",\"resources\":[]}";
        Canvas canvas = Upgrade(Manifest(images: Image(), otherContent: list)).Items.Single();

        canvas.Items.Single().Id.Should().Be(Page);
        canvas.Annotations.Single().Id.Should().Be(Page + "-2");
    }

    private static Manifest Upgrade(string json)
    {
        UpgradeResult result = IiifUpgrader.Upgrade(Encoding.UTF8.GetBytes(json));
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Notes));
        return (Manifest)result.Resource;
    }

    private static string Image() =>
        "{\"@type\":\"oa:Annotation\",\"motivation\":\"sc:painting\",\"on\":\"" + Canvas + "\"," +
        "\"resource\":{\"@id\":\"https://example.org/image.jpg\",\"@type\":\"dctypes:Image\",\"format\":\"image/jpeg\",\"width\":10,\"height\":10}}";

    private static string Manifest(string images, string otherContent) =>
        "{\"@context\":\"http://iiif.io/api/presentation/2/context.json\",\"@id\":\"https://example.org/manifest\"," +
        "\"@type\":\"sc:Manifest\",\"label\":\"m\",\"sequences\":[{\"@type\":\"sc:Sequence\",\"canvases\":[" +
        "{\"@id\":\"" + Canvas + "\",\"@type\":\"sc:Canvas\",\"label\":\"c\",\"width\":10,\"height\":10," +
        "\"images\":[" + images + "],\"otherContent\":[" + otherContent + "]}]}]}";
}
