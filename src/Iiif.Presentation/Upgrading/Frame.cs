namespace Iiif.Presentation.Upgrading;

/// <summary>One resource being translated: its 2.x object, the model object made for it, and where it is.</summary>
/// <param name="Source">The 2.x object.</param>
/// <param name="Resource">The 3.0 resource made for it.</param>
/// <param name="Role">The role its position gives it (docs/upgrading.md, "Position sets the role").</param>
/// <param name="Type">Its 3.0 type.</param>
/// <param name="Input">Where it is in the input.</param>
/// <param name="Base">The id that ids minted or resolved inside it derive from: its own, else the nearest enclosing one.</param>
/// <param name="Slot">Where it is in the output, as the reader would see it.</param>
/// <param name="Reference">Whether it is only referred to here (a Collection's member, a page in
/// <c>otherContent</c>): then nothing it lacks is added.</param>
internal readonly record struct Frame(
    JsonElement Source, IiifResource Resource, ResourceKind Role, string Type, InputPath Input, string? Base, Slot Slot, bool Reference)
{
    /// <summary>Returns where a property of it is in the input.</summary>
    public At At(string key) => Upgrading.At.Of(Input, key);

    /// <summary>Returns where a property of it is in the output.</summary>
    public OutputPlace Place(string key) => OutputPlace.Of(Resource, key);
}
