namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0306: annotations, published apart, that say which Manifest their Canvas belongs to.</summary>
public sealed class R0306LinkingAnnotationsToManifests : Recipe
{
    internal const string Base = Cookbook + "0306-linking-annotations-to-manifests";

    public override string Name => "0306-linking-annotations-to-manifests";

    public override IiifResource Build() => GottingenWithAnnotationPage(Base);
}

/// <summary>0306: the page of annotations.</summary>
public sealed class R0306AnnotationPage : Recipe
{
    private const string Base = R0306LinkingAnnotationsToManifests.Base;

    public override string Name => "0306-linking-annotations-to-manifests__annotationpage";

    public override IiifResource Build() =>
        new AnnotationPageBuilder(Base + "/annotationpage.json", Base + "/canvas-1")
            .Annotation(Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, comment => comment
                .Text("Der Gänseliesel-Brunnen", "de", "text/plain")
                .TargetRegion(Base + "/canvas-1", Base + "/manifest.json", new CanvasRegion(300, 800, 1200, 1200)))
            .Build();
}
