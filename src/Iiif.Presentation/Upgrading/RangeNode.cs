namespace Iiif.Presentation.Upgrading;

/// <summary>One 2.x Range while the tree of a Manifest's structures is worked out: where it is, its id, and
/// its children (Ranges and Canvases, by id) in order.</summary>
internal sealed class RangeNode
{
    public RangeNode(JsonElement element, InputPath input, string id, bool minted)
    {
        Element = element;
        Input = input;
        Id = id;
        Minted = minted;
    }

    /// <summary>Gets the 2.x object.</summary>
    public JsonElement Element { get; }

    /// <summary>Gets where it is in the input.</summary>
    public InputPath Input { get; }

    /// <summary>Gets its id, minted if it had none.</summary>
    public string Id { get; }

    /// <summary>Gets whether its id was minted.</summary>
    public bool Minted { get; }

    /// <summary>Gets its children in order: whether each is a Range, its id, the reference to it and where that is.</summary>
    public List<Child> Children { get; } = [];

    /// <summary>Gets or sets whether another Range holds it.</summary>
    public bool HasParent { get; set; }

    /// <summary>Gets or sets whether it is not yet made (0), being made (1) or made (2).</summary>
    public int State { get; set; }

    /// <summary>A child of a Range.</summary>
    public readonly record struct Child(bool IsRange, string Id, JsonElement Member, InputPath Input);
}
