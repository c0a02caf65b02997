namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0011: a manuscript whose canvases are shown one by one.</summary>
public sealed class R0011Individuals : Recipe
{
    private const string Images = "https://iiif.io/api/image/3.0/example/reference/";

    public override string Name => "0011-book-3-behavior__manifest-individuals";

    public override IiifResource Build() =>
        Pages(
            new ManifestBuilder(Cookbook + "0011-book-3-behavior/manifest-individuals.json", ids: new CookbookIds("v"))
                .Label("ca", "[Conoximent de las orines] Ihesus, Ihesus. En nom de Deu et dela beneyeta sa mare e de tots los angels i archangels e de tots los sants e santes de paradis yo micer Johannes comense aquest libre de reseptes en l’ayn Mi 466.")
                .Behavior(Behavior.Individuals),
                ("inside cover; 1r", 3375, 2250, Images + "85a96c630f077e6ac6cb984f1b752bbf-0-21198-zz00022840-1-master"),
                ("2v, 3r", 3375, 2250, Images + "85a96c630f077e6ac6cb984f1b752bbf-1-21198-zz00022882-1-master"),
                ("3v, 4r", 3375, 2250, Images + "85a96c630f077e6ac6cb984f1b752bbf-2-21198-zz000228b3-1-master"),
                ("4v, 5r", 3375, 2250, Images + "85a96c630f077e6ac6cb984f1b752bbf-3-21198-zz000228d4-1-master"))
            .Build();
}
