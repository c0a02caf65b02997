using System.Globalization;
using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Where a note points in the output: a resource of the model and a path inside it (<c>/label</c>,
/// <c>/metadata/2/value</c>), or a path from the top of the document. The JSON Pointer is worked out from
/// the finished model (<see cref="OutputPointers"/>), so it is where the value is written, whatever moved
/// after the note was made; the path is joined only then.
/// </summary>
/// <remarks>Most places are never read (no note is made about them), so the last steps of a path are kept
/// apart, up to a key, an index and a key (<c>/metadata/2/value</c>), and joined only when read.</remarks>
internal readonly struct OutputPlace
{
    private readonly string? _prefix; // null for None
    private readonly string? _key;
    private readonly int _index;
    private readonly string? _lastKey; // after the index, if any

    private const int KeyOfOwner = -2; // packed: the text is a key at the owner's top

    private OutputPlace(IiifResource? owner, string prefix, string? key, int index, string? lastKey = null)
    {
        Owner = owner;
        _prefix = prefix;
        _key = key;
        _index = index;
        _lastKey = lastKey;
    }

    /// <summary>Gets the resource the path starts from; <see langword="null"/> for the top of the document.</summary>
    public IiifResource? Owner { get; }

    /// <summary>Gets whether the value has a place in the output at all.</summary>
    public bool HasPlace => _prefix is not null;

    /// <summary>Gets the path inside <see cref="Owner"/>: <c>""</c> or <c>/key/…</c>.</summary>
    public string Path
    {
        get
        {
            if (_prefix is null)
            {
                return string.Empty;
            }

            string path = _key is null ? _prefix : JsonPointer.Append(_prefix, _key);
            path = _index < 0 ? path : path + "/" + _index.ToString(CultureInfo.InvariantCulture);
            return _lastKey is null ? path : JsonPointer.Append(path, _lastKey);
        }
    }

    /// <summary>Gets "no place in the output".</summary>
    public static OutputPlace None => default;

    /// <summary>Returns the place of a resource.</summary>
    public static OutputPlace Of(IiifResource resource) => new(resource, string.Empty, null, -1);

    /// <summary>Returns the place of a property of a resource.</summary>
    public static OutputPlace Of(IiifResource resource, string key) => new(resource, string.Empty, key, -1);

    /// <summary>Returns a place given from the top of the document, such as <c>/@context</c>.</summary>
    public static OutputPlace Document(string path) => new(null, path, null, -1);

    /// <summary>Returns a property of the value here.</summary>
    public OutputPlace Then(string key) =>
        !HasPlace ? this
        : _key is null && _index < 0 ? new(Owner, _prefix!, key, -1)
        : _lastKey is null ? new(Owner, _prefix!, _key, _index, key)
        : new(Owner, Path, key, -1);

    /// <summary>Returns an item of the array here.</summary>
    public OutputPlace Then(int index) =>
        !HasPlace ? this
        : _index < 0 && _lastKey is null ? new(Owner, _prefix!, _key, index)
        : new(Owner, Path, null, index);

    /// <summary>Packs the place into a text and a number, so a note's record holds two fields for it besides
    /// the owner; <see cref="Unpack"/> gives it back. A path of more than one step is joined here.</summary>
    public void Pack(out string? text, out int index)
    {
        if (_prefix is null)
        {
            (text, index) = (null, -1);
        }
        else if (_key is null && _lastKey is null)
        {
            (text, index) = (_prefix, _index);
        }
        else if (_prefix.Length == 0 && _index < 0 && _lastKey is null)
        {
            (text, index) = (_key, KeyOfOwner);
        }
        else
        {
            (text, index) = (Path, -1);
        }
    }

    /// <summary>Gives back a place <see cref="Pack"/> packed.</summary>
    public static OutputPlace Unpack(IiifResource? owner, string? text, int index) =>
        text is null ? None
        : index == KeyOfOwner ? new(owner, string.Empty, text, -1)
        : new(owner, text, null, index);
}
