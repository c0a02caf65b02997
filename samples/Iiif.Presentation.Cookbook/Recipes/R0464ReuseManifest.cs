namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0464: the Canvas of another recipe's Manifest (0008), reused under its own ids and annotated.</summary>
public sealed class R0464ReuseManifest : Recipe
{
    private const string Base = Cookbook + "0464-reuse-manifest";

    public override string Name => "0464-reuse-manifest";

    public override IiifResource Build()
    {
        // The reused Canvas keeps the ids 0008 mints for it, so the builder mints them under 0008's URL.
        Manifest manifest = new ManifestBuilder(Base + "/manifest.json", baseUri: Cookbook + "0008-rights", ids: CookbookIds.Instance)
            .Label("en", GottingenLabel + ", reused and annotated.")
            .Rights("http://creativecommons.org/licenses/by-sa/3.0/")
            .RequiredStatement(
                En("Attribution"),
                En("<span>Glen Robson, IIIF Technical Coordinator. <a href=\"https://creativecommons.org/licenses/by-sa/3.0\">CC BY-SA 3.0</a> <a href=\"https://creativecommons.org/licenses/by-sa/3.0\" title=\"CC BY-SA 3.0\"><img src=\"https://licensebuttons.net/l/by-sa/3.0/88x31.png\"/></a></span>"))
            .Metadata(En("Source Manifest"), En("<span>Reuse of <a href=\"https://iiif.io/api/cookbook/recipe/0008-rights/manifest.json\">Source Manifest</a> with added Annotation"))
            .Canvas(canvas => Gottingen(canvas)
                .Annotations(Base + "/canvas-1/annopage-2", page => page
                    .Annotation(Base + Base + "/canvas-1/annopage-2/anno-1", Motivation.Commenting, comment => comment
                        .Text("Göttinger Marktplatz mit Gänseliesel Brunnen", "de", "text/plain"))))
            .Build();

        // Model setters: the recipe's comment targets …/0464-reuse-manifest/canvas-1, a Canvas that is not the one it
        // annotates nor in the document (3.0 §3.4 annotations, P3-ANNO-03; CookbookValidationTests names it), which
        // ManifestBuilder.Build refuses; and its one @context is an array, where the builder writes a lone context
        // as a string.
        Annotation comment = manifest.Items[0].Annotations[0].Items[0];
        comment.Target.Clear();
        comment.Target.Add(IiifContent.Uri(Base + "/canvas-1"));
        manifest.Context.SetSingleValue(false);
        return manifest;
    }
}
