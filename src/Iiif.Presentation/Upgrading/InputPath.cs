using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// A JSON Pointer (RFC 6901) into the Presentation 2 input, joined into text only when a note is read: the
/// walk passes every value, and few of them make a note.
/// </summary>
/// <remarks>Immutable. The text is made each time it is asked for (a note keeps its own): a large document
/// can make a path per resource, and notes keep theirs, so a path holds no more than its step, in one of
/// three small classes (a key, an index, or both).</remarks>
internal class InputPath
{
    private readonly InputPath? _parent;

    private InputPath(InputPath? parent) => _parent = parent;

    /// <summary>Gets the whole document (<c>""</c>).</summary>
    public static InputPath Root { get; } = new(null);

    /// <summary>Gets whether this is the whole document.</summary>
    public bool IsRoot => _parent is null;

    /// <summary>Returns the path of a property of the value here.</summary>
    public InputPath Key(string key) => new KeyStep(this, key);

    /// <summary>Returns the path of an item of the array here.</summary>
    public InputPath Index(int index) => new IndexStep(this, index);

    /// <summary>Returns the path of an item of the array a property of the value here holds, as one step.</summary>
    public InputPath KeyIndex(string key, int index) => new KeyIndexStep(this, key, index);

    /// <summary>Returns the pointer as text.</summary>
    public override string ToString() => string.Empty;

    private sealed class KeyStep(InputPath parent, string key) : InputPath(parent)
    {
        public override string ToString() => JsonPointer.Append(_parent!.ToString(), key);
    }

    private sealed class IndexStep(InputPath parent, int index) : InputPath(parent)
    {
        public override string ToString() => JsonPointer.Append(_parent!.ToString(), index);
    }

    private sealed class KeyIndexStep(InputPath parent, string key, int index) : InputPath(parent)
    {
        public override string ToString() => JsonPointer.Append(JsonPointer.Append(_parent!.ToString(), key), index);
    }
}
