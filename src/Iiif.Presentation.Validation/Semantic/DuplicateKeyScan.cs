using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>A key given a second time in one object: where the copy is, and the object it is in.</summary>
/// <param name="Pointer">The JSON Pointer of the second copy (the same as the first's).</param>
/// <param name="ObjectPointer">The JSON Pointer of the object.</param>
/// <param name="Name">The key.</param>
internal readonly record struct DuplicateKey(string Pointer, string ObjectPointer, string Name);

/// <summary>
/// Finds every key given twice in one object, anywhere in a document, in one pass of the reader over the
/// bytes (P3-JSON-00): <see cref="IiifJson"/> refuses such a document, and JSON parsers disagree on which
/// copy wins.
/// </summary>
/// <remarks>
/// The keys of an object are compared as bytes where the document holds them, unescaped first if they
/// hold an escape, so that a document without duplicates costs no allocation per key. An object with
/// more than <see cref="LinearLimit"/> keys moves to a set of strings, which bounds the work on crafted
/// objects with many keys. The value of a second copy is not searched: pointers inside it would be the
/// same as inside the first copy.
/// </remarks>
internal static class DuplicateKeyScan
{
    /// <summary>How many keys of one object are compared one by one before a set takes over.</summary>
    internal const int LinearLimit = 64;

    /// <summary>Returns the second copies in document order, or <see langword="null"/> when there are none.</summary>
    /// <param name="json">The document, already known to be well-formed JSON within <paramref name="maxDepth"/>.</param>
    /// <param name="maxDepth">The depth the document was parsed with.</param>
    public static List<DuplicateKey>? Find(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        var scan = new Scan();
        List<DuplicateKey>? found = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    scan.Open(reader.TokenType == JsonTokenType.StartObject);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scan.Close();
                    break;
                case JsonTokenType.PropertyName:
                    if (!scan.AddKey(ref reader, json))
                    {
                        (found ??= []).Add(scan.Duplicate(json));
                        reader.Read();
                        reader.Skip();
                        scan.Value();
                    }

                    break;
                default:
                    scan.Value();
                    break;
            }
        }

        return found;
    }

    /// <summary>The open objects and arrays, each level reused by the next container at its depth.</summary>
    private sealed class Scan
    {
        private readonly List<Level> _levels = [];
        private byte[] _unescaped = [];
        private int _unescapedLength;
        private int _depth;

        /// <summary>A value starts: in an array, the next index.</summary>
        public void Value()
        {
            if (_depth > 0 && !_levels[_depth - 1].IsObject)
            {
                _levels[_depth - 1].Index++;
            }
        }

        public void Open(bool isObject)
        {
            Value();
            if (_levels.Count == _depth)
            {
                _levels.Add(new Level());
            }

            _levels[_depth++].Reset(isObject, _unescapedLength);
        }

        /// <summary>A container ends: the unescaped keys inside it are no longer needed.</summary>
        public void Close() => _unescapedLength = _levels[--_depth].UnescapedStart;

        /// <summary>Adds the key at the reader to the innermost object; returns false if it is there already.</summary>
        public bool AddKey(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            Level level = _levels[_depth - 1];
            Key key;
            if (reader.ValueIsEscaped)
            {
                int room = reader.ValueSpan.Length;
                if (_unescaped.Length - _unescapedLength < room)
                {
                    Array.Resize(ref _unescaped, Math.Max(_unescaped.Length * 2, _unescapedLength + room));
                }

                int length = reader.CopyString(_unescaped.AsSpan(_unescapedLength));
                key = new Key(_unescapedLength, length, escaped: true);
                _unescapedLength += length;
            }
            else
            {
                // The reader's span of a key is the document's own bytes, one past the opening quote.
                key = new Key(checked((int)reader.TokenStartIndex + 1), reader.ValueSpan.Length, escaped: false);
                Debug.Assert(json.Slice(key.Start, key.Length).SequenceEqual(reader.ValueSpan), "A key's bytes are where the reader read them.");
            }

            ReadOnlySpan<byte> name = Bytes(key, json);
            key.Hash = Utf8Hash.Of(name);
            level.Current = key;
            if (level.Names is { } names)
            {
                return names.Add(Decode(name));
            }

            foreach (Key other in level.Keys)
            {
                if (other.Hash == key.Hash && Bytes(other, json).SequenceEqual(name))
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
                level.Names.Add(Decode(Bytes(other, json)));
            }

            return level.Names.Add(Decode(name));
        }

        /// <summary>Describes the key just refused by <see cref="AddKey"/>.</summary>
        public DuplicateKey Duplicate(ReadOnlySpan<byte> json)
        {
            var pointer = new StringBuilder();
            for (int i = 0; i < _depth - 1; i++)
            {
                Level level = _levels[i];
                pointer.Append('/').Append(level.IsObject ? PathStack.Escape(Decode(Bytes(level.Current, json))) : level.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            string objectPointer = pointer.ToString();
            string name = Decode(Bytes(_levels[_depth - 1].Current, json));
            return new DuplicateKey(objectPointer + "/" + PathStack.Escape(name), objectPointer, name);
        }

        private ReadOnlySpan<byte> Bytes(Key key, ReadOnlySpan<byte> json) =>
            key.Escaped ? _unescaped.AsSpan(key.Start, key.Length) : json.Slice(key.Start, key.Length);

        private static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8.ToArray());
    }

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

        /// <summary>Where in the scan's buffer the unescaped keys of this container begin.</summary>
        public int UnescapedStart { get; private set; }

        public void Reset(bool isObject, int unescapedStart)
        {
            IsObject = isObject;
            UnescapedStart = unescapedStart;
            Index = -1;
            Keys.Clear();
            Names = null;
        }
    }

    /// <summary>A key's bytes: in the document, or, for a key with an escape, in the scan's own buffer.</summary>
    private struct Key(int start, int length, bool escaped)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly bool Escaped = escaped;
        public int Hash;
    }
}
