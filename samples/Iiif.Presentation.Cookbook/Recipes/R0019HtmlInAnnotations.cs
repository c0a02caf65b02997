namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0019: a comment written in HTML.</summary>
public sealed class R0019HtmlInAnnotations : Recipe
{
    private const string Base = Cookbook + "0019-html-in-annotations";

    public override string Name => "0019-html-in-annotations";

    public override IiifResource Build() =>
        new ManifestBuilder(Base + "/manifest.json")
            .Label("en", GottingenLabel)
            .Canvas(Base + "/canvas-1", canvas => Gottingen(canvas, Base)
                .Annotations(Base + "/canvas-1/annopage-2", page => page
                    .Annotation(Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, comment => comment
                        .Text(
                            "<p>Göttinger Marktplatz mit <a href='https://de.wikipedia.org/wiki/G%C3%A4nseliesel-Brunnen_(G%C3%B6ttingen)'>Gänseliesel Brunnen <img src='https://en.wikipedia.org/static/images/project-logos/enwiki.png' alt='Wikipedia logo'></a></p>",
                            "de",
                            "text/html"))))
            .Build();
}
