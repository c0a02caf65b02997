namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0258: a tag that points at a Wikidata entity, with its name as text.</summary>
public sealed class R0258TaggingExternalResource : Recipe
{
    private const string Base = Cookbook + "0258-tagging-external-resource";

    public override string Name => "0258-tagging-external-resource";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel)
            .Canvas(canvas => Gottingen(canvas)
                .Annotations(Base + "/page/p2/1", page => page
                    .Annotation(Base + "/annotation/anno/p0002-wikidata", Motivation.Tagging, tag => tag
                        .Body(new SpecificResource { Source = IiifContent.Uri("http://www.wikidata.org/entity/Q18624915") })
                        .Text("Gänseliesel-Brunnen", "de", "text/plain")
                        .Target(Base + "/canvas/p1#xywh=749,1054,338,460"))))
            .Build();
}
