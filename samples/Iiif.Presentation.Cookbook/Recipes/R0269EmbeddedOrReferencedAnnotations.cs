namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0269: annotations published as a page of their own, referred to from the Canvas.</summary>
public sealed class R0269EmbeddedOrReferencedAnnotations : Recipe
{
    internal const string Base = Cookbook + "0269-embedded-or-referenced-annotations";

    public override string Name => "0269-embedded-or-referenced-annotations";

    public override IiifResource Build() => GottingenWithAnnotationPage(Base);
}

/// <summary>0269: the page of annotations, a document of its own.</summary>
public sealed class R0269AnnotationPage : Recipe
{
    public override string Name => "0269-embedded-or-referenced-annotations__annotationpage";

    public override IiifResource Build() =>
        new AnnotationPageBuilder(R0269EmbeddedOrReferencedAnnotations.Base + "/annotationpage.json", R0269EmbeddedOrReferencedAnnotations.Base + "/canvas-1")
            .Annotation(R0269EmbeddedOrReferencedAnnotations.Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, comment => comment
                .Text("Göttinger Marktplatz mit Gänseliesel Brunnen", "de", "text/plain"))
            .Build();
}
