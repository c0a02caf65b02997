namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0032: a Collection of two Manifests.</summary>
public sealed class R0032Collection : Recipe
{
    public override string Name => "0032-collection__collection";

    public override IiifResource Build() =>
        new CollectionBuilder(Cookbook + "0032-collection/collection.json")
            .Label("en", "Simple Collection Example")
            .Manifest(Cookbook + "0032-collection/manifest-01.json", En("The Gulf Stream"))
            .Manifest(Cookbook + "0032-collection/manifest-02.json", En("Northeaster"))
            .Build();
}
