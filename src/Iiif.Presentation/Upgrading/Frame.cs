namespace Iiif.Presentation.Upgrading;

/// <summary>One resource being translated: its 2.x object, the model object made for it, and where it is.</summary>
internal readonly struct Frame
{
    public Frame(JsonElement source, IiifResource resource, ResourceKind role, string type, InputPath input, string? baseId, Slot slot, bool reference)
    {
        Source = source;
        Resource = resource;
        Role = role;
        Type = type;
        Input = input;
        Base = baseId;
        Slot = slot;
        Reference = reference;
    }

    /// <summary>Gets the 2.x object.</summary>
    public JsonElement Source { get; }

    /// <summary>Gets the 3.0 resource made for it.</summary>
    public IiifResource Resource { get; }

    /// <summary>Gets the role its position gives it (docs/upgrading.md, "Position sets the role").</summary>
    public ResourceKind Role { get; }

    /// <summary>Gets its 3.0 type.</summary>
    public string Type { get; }

    /// <summary>Gets where it is in the input.</summary>
    public InputPath Input { get; }

    /// <summary>Gets the id that ids minted or resolved inside it derive from: its own, else the nearest enclosing one.</summary>
    public string? Base { get; }

    /// <summary>Gets where it is in the output, as the reader would see it.</summary>
    public Slot Slot { get; }

    /// <summary>Gets whether it is only referred to here (a Collection's member, a page in <c>otherContent</c>):
    /// then nothing it lacks is added.</summary>
    public bool Reference { get; }

    /// <summary>Returns where a property of it is in the input.</summary>
    public At At(string key) => Upgrading.At.Of(Input, key);

    /// <summary>Returns where a property of it is in the output.</summary>
    public OutputPlace Place(string key) => OutputPlace.Of(Resource, key);
}
