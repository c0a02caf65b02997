using System.Globalization;
using System.Text;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>A key given a second time in one object: where the copy is, and the object it is in.</summary>
/// <param name="Pointer">The JSON Pointer of the second copy (the same as the first's).</param>
/// <param name="ObjectPointer">The JSON Pointer of the object.</param>
/// <param name="Name">The key.</param>
internal readonly record struct DuplicateKey(string Pointer, string ObjectPointer, string Name);

/// <summary>
/// Finds keys given twice in one object, where nothing else checks them: in a value that is kept as raw
/// JSON (an unknown property's object, a profile's extra entries), in a document the upgrader reads as a
/// <see cref="JsonDocument"/>, and, for the validator's P3-JSON-00, anywhere in a document. JSON parsers
/// disagree on which copy wins.
/// </summary>
/// <remarks>
/// The keys of each open object are kept as UTF-8 bytes, unescaped, in one buffer, and compared as bytes,
/// so a value without duplicates costs no allocation per key. An object with more than
/// <see cref="LinearLimit"/> keys moves to a set of strings, which bounds the work on crafted objects
/// with many keys. One instance walks one value at a time.
/// </remarks>
internal sealed class DuplicateKeys
{
    /// <summary>How many keys of one object are compared one by one before a set takes over.</summary>
    internal const int LinearLimit = 64;

    /// <summary>A larger key buffer is not kept for the thread's next check.</summary>
    private const int KeptBufferSize = 64 * 1024;

    [ThreadStatic]
    private static DuplicateKeys? t_spare;

    private readonly List<Level> _levels = [];
    private byte[] _keys = new byte[256];
    private int _keysLength;
    private int _depth;

    /// <summary>
    /// Walks the value at the reader. When an object in it repeats a key, throws the reader's
    /// <see cref="JsonException"/> with the reader left on the second copy, so that the error is located
    /// there; otherwise puts the reader back where it was.
    /// </summary>
    public static void Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        Utf8JsonReader start = reader;
        DuplicateKeys keys = t_spare ?? new DuplicateKeys();
        t_spare = null;
        try
        {
            do
            {
                if (!keys.Take(ref reader))
                {
                    IiifReader.ThrowDuplicate(keys.CurrentName());
                }
            }
            while (keys._depth > 0 && reader.Read());
        }
        finally
        {
            keys.Clear();
            t_spare = keys;
        }

        reader = start;
    }

    /// <summary>Returns every second copy in a document, in document order, or <see langword="null"/> when
    /// there is none. The value of a second copy is not searched: pointers inside it would be the same as
    /// inside the first copy.</summary>
    /// <param name="json">The document, already known to be well-formed JSON within <paramref name="maxDepth"/>.</param>
    /// <param name="maxDepth">The depth the document was parsed with.</param>
    public static List<DuplicateKey>? FindAll(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        var keys = new DuplicateKeys();
        List<DuplicateKey>? found = null;
        while (reader.Read())
        {
            if (!keys.Take(ref reader))
            {
                (found ??= []).Add(keys.Describe());
                reader.Read();
                reader.Skip();
            }
        }

        return found;
    }

    /// <summary>Takes in the token at the reader; returns false when it is a key its object already has.</summary>
    private bool Take(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                Value();
                if (_levels.Count == _depth)
                {
                    _levels.Add(new Level());
                }

                _levels[_depth++].Reset(reader.TokenType == JsonTokenType.StartObject, _keysLength);
                return true;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                // The keys of the closed container are no longer needed.
                _keysLength = _levels[--_depth].KeysStart;
                return true;
            case JsonTokenType.PropertyName:
                return AddKey(ref reader);
            default:
                Value();
                return true;
        }
    }

    /// <summary>A value starts: in an array, the next index.</summary>
    private void Value()
    {
        if (_depth > 0 && !_levels[_depth - 1].IsObject)
        {
            _levels[_depth - 1].Index++;
        }
    }

    private bool AddKey(ref Utf8JsonReader reader)
    {
        // An escaped key is never longer unescaped, so its raw length is room enough.
        int room = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (_keys.Length - _keysLength < room)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysLength + room));
        }

        int length = reader.CopyString(_keys.AsSpan(_keysLength));
        var key = new Key(_keysLength, length, Utf8Hash.Of(_keys.AsSpan(_keysLength, length)));
        _keysLength += length;

        Level level = _levels[_depth - 1];
        level.Current = key;
        ReadOnlySpan<byte> name = Bytes(key);
        if (level.Names is { } names)
        {
            return names.Add(Decode(name));
        }

        foreach (Key other in level.Keys)
        {
            if (other.Hash == key.Hash && Bytes(other).SequenceEqual(name))
            {
                return false;
            }
        }

        if (level.Keys.Count < LinearLimit)
        {
            level.Keys.Add(key);
            return true;
        }

        level.Names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Key other in level.Keys)
        {
            level.Names.Add(Decode(Bytes(other)));
        }

        return level.Names.Add(Decode(name));
    }

    /// <summary>Returns the key just taken.</summary>
    private string CurrentName() => Decode(Bytes(_levels[_depth - 1].Current));

    /// <summary>Describes the key just refused by <see cref="Take"/>.</summary>
    private DuplicateKey Describe()
    {
        var pointer = new StringBuilder();
        for (int i = 0; i < _depth - 1; i++)
        {
            Level level = _levels[i];
            pointer.Append('/').Append(level.IsObject
                ? JsonPointer.Escape(Decode(Bytes(level.Current)))
                : level.Index.ToString(CultureInfo.InvariantCulture));
        }

        string objectPointer = pointer.ToString();
        string name = CurrentName();
        return new DuplicateKey(objectPointer + "/" + JsonPointer.Escape(name), objectPointer, name);
    }

    /// <summary>Forgets the value walked, keeping the buffers for the next one unless they grew large.</summary>
    private void Clear()
    {
        foreach (Level level in _levels)
        {
            level.Reset(isObject: false, keysStart: 0);
        }

        _depth = 0;
        _keysLength = 0;
        if (_keys.Length > KeptBufferSize)
        {
            _keys = new byte[256];
        }
    }

    private ReadOnlySpan<byte> Bytes(Key key) => _keys.AsSpan(key.Start, key.Length);

    private static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8.ToArray());

    /// <summary>One open object or array.</summary>
    private sealed class Level
    {
        public List<Key> Keys { get; } = [];

        public HashSet<string>? Names { get; set; }

        public bool IsObject { get; private set; }

        /// <summary>In an array, the index of the current value.</summary>
        public int Index { get; set; }

        /// <summary>In an object, the current key.</summary>
        public Key Current { get; set; }

        /// <summary>Where in the key buffer the keys of this container begin.</summary>
        public int KeysStart { get; private set; }

        public void Reset(bool isObject, int keysStart)
        {
            IsObject = isObject;
            KeysStart = keysStart;
            Index = -1;
            Keys.Clear();
            Names = null;
        }
    }

    /// <summary>A key's unescaped bytes in the key buffer, and their hash.</summary>
    private readonly struct Key(int start, int length, int hash)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly int Hash = hash;
    }
}
