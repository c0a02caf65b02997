namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// The values of a property that the specification wants as an array, or the lone value written in its
/// place, for a <c>foreach</c> that keeps the path on the value being visited: an array's items each with
/// their index, a lone value as it is.
/// </summary>
/// <remarks>The index leaves the path when the loop moves on or ends, a <c>break</c> included.</remarks>
internal readonly struct PathItems
{
    private readonly PathStack _path;
    private readonly JsonElement _value;

    public PathItems(PathStack path, JsonElement value)
    {
        _path = path;
        _value = value;
    }

    public Enumerator GetEnumerator() => new(_path, _value);

    /// <summary>Walks the values, pushing and popping each array index.</summary>
    internal struct Enumerator : IDisposable
    {
        private readonly PathStack _path;
        private readonly JsonElement _value;
        private readonly bool _array;
        private JsonElement.ArrayEnumerator _items;
        private int _index;
        private bool _pushed;
        private bool _done;

        public Enumerator(PathStack path, JsonElement value)
        {
            _path = path;
            _value = value;
            _array = value.ValueKind == JsonValueKind.Array;
            _items = _array ? value.EnumerateArray() : default;
            _index = 0;
            _pushed = false;
            _done = false;
            Current = default;
        }

        public JsonElement Current { get; private set; }

        public bool MoveNext()
        {
            if (!_array)
            {
                if (_done)
                {
                    return false;
                }

                _done = true;
                Current = _value;
                return true;
            }

            Dispose();
            if (!_items.MoveNext())
            {
                return false;
            }

            _path.Push(_index++);
            _pushed = true;
            Current = _items.Current;
            return true;
        }

        public void Dispose()
        {
            if (_pushed)
            {
                _path.Pop();
                _pushed = false;
            }
        }
    }
}
