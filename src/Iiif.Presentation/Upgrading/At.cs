namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Where a value of the input is: a path, or a property or item of a path not yet made into an
/// <see cref="InputPath"/>. Most values make no note, so most never become one.
/// </summary>
internal readonly struct At
{
    private readonly InputPath _parent;
    private readonly string? _key;
    private readonly int _index;

    public At(InputPath path)
        : this(path, null, -1)
    {
    }

    private At(InputPath parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>Gets the path, made on each call.</summary>
    public InputPath Path => _key is not null
        ? _index >= 0 ? _parent.KeyIndex(_key, _index) : _parent.Key(_key)
        : _index >= 0 ? _parent.Index(_index) : _parent;

    /// <summary>Returns a property of the value here.</summary>
    public At Key(string key) => new(Path, key, -1);

    /// <summary>Returns an item of the list here, or the lone value in its place.</summary>
    public At Item(JsonElement list, int index) => list.ValueKind != JsonValueKind.Array ? this : Item(index);

    /// <summary>The place of an item of the array at this place.</summary>
    public At Item(int index) =>
        _key is not null && _index < 0 ? new At(_parent, _key, index) : new At(Path, null, index);

    /// <summary>Returns a property of the value at a path.</summary>
    public static At Of(InputPath parent, string key) => new(parent, key, -1);
}
