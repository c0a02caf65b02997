namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Gives the references to a Canvas (an annotation's <c>target</c>, a Range's items, a <c>start</c>)
/// the same string instance as the Canvas's own <c>id</c>, and the copies of a service (the same
/// image service on a thumbnail and on the painted image) one id string, for the duration of one read.
/// An upgrade shares the ids that name a Canvas this way (<see cref="Get(JsonElement, ReadOnlySpan{byte})"/>), and
/// other text through a small cache of recent strings (<see cref="GetRecent"/>): a label, an attribution or a
/// logo repeated on every Canvas is one string, while the table stays small beside a large document.
/// </summary>
/// <remarks>
/// <para>
/// In a Manifest each Canvas id is usually written three times: on the Canvas, as the target of its
/// painting annotation and as an item of a Range. Reading each copy into its own string made ids the
/// largest part of a big model; an image's service is usually written twice. Strings are immutable,
/// so sharing one instance changes nothing a caller can see but memory.
/// </para>
/// <para>
/// The table lives on the reading thread from the start of a read to its end (<see cref="Enter"/>);
/// reading is synchronous, so a read never sees another read's table. Only unescaped ASCII ids are
/// shared, which is what URIs are; any other id is read as usual. A lookup gives up after
/// <see cref="MaxProbes"/> slots and reads the id unshared, so ids made to collide cost linear time,
/// not quadratic.
/// </para>
/// </remarks>
internal sealed class SharedIds
{
    private const int MaxLength = 512;
    private const int InitialCapacity = 1024; // a power of two
    private const int MaxSpareCapacity = 32 * 1024; // 512 KB of entries kept for the thread's next read
    private const int MaxProbes = 32;
    private const int RecentSize = 4096; // a power of two; 64 KB of entries

    [ThreadStatic]
    private static SharedIds? t_current;

    [ThreadStatic]
    private static SharedIds? t_spare;

    private Entry[] _entries = new Entry[InitialCapacity];
    private Entry[]? _recent;
    private int _count;

    /// <summary>Starts sharing ids on this thread, unless a read is already in progress.</summary>
    /// <returns>A scope that ends the sharing it started.</returns>
    public static Scope Enter()
    {
        if (t_current is not null)
        {
            return default;
        }

        // A table that did not grow past MaxSpareCapacity is kept for the thread's next read, so a run of
        // documents allocates one table, not one (and its growth) per document.
        t_current = t_spare ?? new SharedIds();
        t_spare = null;
        return new Scope(owner: true);
    }

    /// <summary>Reads the string the reader is on, shared with an equal id read before in this read.</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        SharedIds? table = t_current;
        if (table is null || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return Utf8Text.GetString(ref reader);
        }

        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        return table.Find(utf8, out int hash, out int slot) ?? table.Add(hash, slot, utf8.Length, Utf8Text.GetString(ref reader));
    }

    /// <summary>Returns the text of a JSON string, shared with an equal string read before in this read.</summary>
    /// <param name="element">The string.</param>
    /// <param name="utf8">Its UTF-8 bytes as written, without the quotes.</param>
    public static string Get(JsonElement element, ReadOnlySpan<byte> utf8)
    {
        if (TableFor(utf8) is not { } table)
        {
            return element.GetString()!;
        }

        return table.Find(utf8, out int hash, out int slot) ?? table.Add(hash, slot, utf8.Length, element.GetString()!);
    }

    /// <summary>Returns the text of a string value, shared with an equal string read recently in this read: a
    /// cache of fixed size in which a new string takes the place of the one with the same slot, so text
    /// that repeats is mostly one string and text that does not costs no growing table.</summary>
    public static string GetRecent(JsonElement element, ReadOnlySpan<byte> utf8)
    {
        if (TableFor(utf8) is not { } table)
        {
            return element.GetString()!;
        }

        Entry[] recent = table._recent ??= new Entry[RecentSize];
        int hash = Utf8Hash.Of(utf8);
        ref Entry slot = ref recent[hash & (RecentSize - 1)];
        if (slot.Value is { } existing && slot.Hash == hash && AsciiEquals(utf8, existing))
        {
            return existing;
        }

        string value = element.GetString()!;
        if (value.Length == utf8.Length)
        {
            slot = new Entry(hash, value);
        }

        return value;
    }

    /// <summary>Returns this read's table when a string value written as <paramref name="utf8"/> can be
    /// shared: not too long, and without escapes (its text is then its bytes).</summary>
    private static SharedIds? TableFor(ReadOnlySpan<byte> utf8) =>
        t_current is { } table && utf8.Length <= MaxLength && utf8.IndexOf((byte)'\\') < 0 ? table : null;

    private static void Exit()
    {
        SharedIds table = t_current!;
        t_current = null;
        if (table._entries.Length <= MaxSpareCapacity)
        {
            // Drop the strings, so the table keeps no document alive.
            Array.Clear(table._entries, 0, table._entries.Length);
            if (table._recent is { } recent)
            {
                Array.Clear(recent, 0, recent.Length);
            }

            table._count = 0;
            t_spare = table;
        }
    }

    /// <summary>Returns the id equal to these bytes, or <see langword="null"/> with the slot to add it at
    /// (-1 when the lookup gave up).</summary>
    private string? Find(ReadOnlySpan<byte> utf8, out int hash, out int slot)
    {
        hash = Utf8Hash.Of(utf8);
        int mask = _entries.Length - 1;
        slot = hash & mask;
        int probes = 0;
        while (_entries[slot].Value is { } existing)
        {
            if (_entries[slot].Hash == hash && AsciiEquals(utf8, existing))
            {
                return existing;
            }

            if (++probes == MaxProbes)
            {
                slot = -1;
                return null;
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }

    /// <summary>Keeps a new id at the slot <see cref="Find"/> gave, if it is ASCII; returns it.</summary>
    private string Add(int hash, int slot, int byteLength, string value)
    {
        if (slot >= 0 && value.Length == byteLength)
        {
            // Same length in bytes and in chars: the id is ASCII, and AsciiEquals can find it again.
            _entries[slot] = new Entry(hash, value);
            if (++_count * 2 > _entries.Length)
            {
                Grow();
            }
        }

        return value;
    }

    private void Grow()
    {
        Entry[] old = _entries;
        _entries = new Entry[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (Entry entry in old)
        {
            if (entry.Value is null)
            {
                continue;
            }

            int slot = entry.Hash & mask;
            while (_entries[slot].Value is not null)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = entry;
        }
    }

    private static bool AsciiEquals(ReadOnlySpan<byte> utf8, string value)
    {
        if (utf8.Length != value.Length)
        {
            return false;
        }

#if NET
        return System.Text.Ascii.Equals(utf8, value);
#else
        for (int i = utf8.Length - 1; i >= 0; i--)
        {
            // Ids of one document mostly differ at the end, so compare from there.
            if (utf8[i] != value[i])
            {
                return false;
            }
        }

        return true;
#endif
    }

    private readonly struct Entry(int hash, string value)
    {
        public readonly int Hash = hash;
        public readonly string? Value = value;
    }

    /// <summary>Ends the sharing started by <see cref="Enter"/>.</summary>
    public readonly struct Scope(bool owner) : IDisposable
    {
        /// <summary>Drops the table, if this scope created it.</summary>
        public void Dispose()
        {
            if (owner)
            {
                Exit();
            }
        }
    }
}
