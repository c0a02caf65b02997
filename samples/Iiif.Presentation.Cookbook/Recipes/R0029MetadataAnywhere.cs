namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0029: metadata on the Manifest and on each Canvas.</summary>
public sealed class R0029MetadataAnywhere : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0029-metadata-anywhere";

    public override IiifResource Build() =>
        new ManifestBuilder(Cookbook + "0029-metadata-anywhere/manifest.json", ids: CookbookIds.Instance)
            .Label("en", "John Dee performing an experiment before Queen Elizabeth I.")
                .Metadata("en", "Creator", "Glindoni, Henry Gillard, 1852-1913")
                .Metadata("en", "Date", "1800-1899")
                .Metadata("en", "Physical Description", "1 painting : oil on canvas ; canvas 152 x 244.4 cm")
                .Metadata("en", "Reference", "Wellcome Library no. 47369i")
            .RequiredStatement(En("Attribution"), En("Wellcome Collection. Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)"))
            .Canvas(canvas => canvas
                .Label("en", "Painting under natural light")
                .Size(2000, 1271)
                .Metadata("en", "Description", "The scene is the house at Mortlake of Dr John Dee (1527-1608). At the court of Queen Elizabeth I, Dee was revered for the range of his scientific knowledge, which embraced the fields of mathematics, navigation, geography, alchemy/chemistry, medicine and optics. In the painting he is showing the effect of combining two elements, either to cause combustion or to extinguish it. Behind him is his assistant Edward Kelly, wearing a long skullcap to conceal the fact that his ears had been cropped as a punishment for forgery.")
                .Paint(IiifContent.ImageFromService(Images + "421e65be2ce95439b3ad6ef1f2ab87a9-dee-natural", 2000, 1271)))
            .Canvas(canvas => canvas
                .Label("en", "X-ray view of painting")
                .Size(2000, 1271)
                .Metadata("en", "Description", "The painting originally showed Dee standing in a circle of skulls on the floor, stretching from the floor area in front of the Queen (on the left) to the floor near Edward Kelly (on the right). The skulls were at an early stage painted over, but have since become visible. Another pentimento is visible in the tapestry on the right: shelves containing monstrous animals are visible behind it. The pentimenti were clarified when the painting was X-rayed in 2015.")
                .Paint(IiifContent.ImageFromService(Images + "421e65be2ce95439b3ad6ef1f2ab87a9-dee-xray", 2000, 1271)))
            .Build();
}
