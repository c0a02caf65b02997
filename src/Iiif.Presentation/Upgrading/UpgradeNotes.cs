using System.Collections;
using System.Threading;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// The notes of one upgrade, kept as compact records while the upgrade runs (a large document can make one
/// per resource) and made into <see cref="UpgradeNote"/> objects when first read.
/// </summary>
/// <remarks>Filled by one thread; once the upgrade returns it no longer changes, and reading it is
/// thread-safe (a note read by two threads at once is made once).</remarks>
internal sealed class UpgradeNotes : IReadOnlyList<UpgradeNote>
{
    private const int ChunkSize = 256;
    private const int FirstChunkSize = 8;

    private readonly List<Record[]> _chunks = [];
    private UpgradeNote?[]? _made;

    /// <summary>Initializes the notes of an upgrade whose output pointers <paramref name="pointers"/> works out.</summary>
    public UpgradeNotes(OutputPointers pointers) => Pointers = pointers;

    /// <summary>Gets what works out the notes' output pointers.</summary>
    public OutputPointers Pointers { get; }

    /// <summary>Gets the number of notes.</summary>
    public int Count { get; private set; }

    /// <summary>Gets whether a note is an error.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Gets a note, made on first use.</summary>
    public UpgradeNote this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            UpgradeNote?[] made = _made ?? Interlocked.CompareExchange(ref _made, new UpgradeNote?[Count], null) ?? _made!;
            return made[index] ?? Interlocked.CompareExchange(ref made[index], new UpgradeNote(_chunks[index / ChunkSize][index % ChunkSize], Pointers), null) ?? made[index]!;
        }
    }

    /// <summary>Adds a note.</summary>
    public void Add(in Record note)
    {
        int chunk = Count / ChunkSize;
        int offset = Count % ChunkSize;
        if (offset == 0)
        {
            // The first chunk starts small and doubles: most documents make a few notes.
            _chunks.Add(new Record[chunk == 0 ? FirstChunkSize : ChunkSize]);
        }
        else if (offset == _chunks[chunk].Length)
        {
            Record[] grown = _chunks[chunk];
            Array.Resize(ref grown, grown.Length * 2);
            _chunks[chunk] = grown;
        }

        _chunks[chunk][offset] = note;
        Count++;
        HasErrors |= note.Severity == UpgradeNoteSeverity.Error;
    }

    /// <inheritdoc/>
    public IEnumerator<UpgradeNote> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One note as the upgrade makes it: what it says is made into text only when it is read. A
    /// large document makes one per resource, so the record is kept small: the code as a number, the output
    /// place packed into two fields, and the second argument and the original in one (the original is
    /// rare).</summary>
    internal readonly struct Record
    {
        private readonly IiifResource? _owner;
        private readonly string? _placeText;
        private readonly int _placeIndex;
        private readonly object? _rest; // the second argument, or a Rest when there is an original
        private readonly byte _code; // UpgradeNoteCodes.NumberOf

        /// <summary>Initializes a note's record.</summary>
        /// <param name="code">The code (<see cref="UpgradeNoteCodes"/>).</param>
        /// <param name="input">Where the value is in the input.</param>
        /// <param name="place">Where it is in the output.</param>
        /// <param name="template">The message, or a template of it (<c>{0}</c>, <c>{1}</c>).</param>
        /// <param name="argument0">The template's first argument, if any.</param>
        /// <param name="argument1">Its second, if any.</param>
        /// <param name="original">The value that did not carry over unchanged: a cloned element, a string, or
        /// <see langword="null"/>.</param>
        public Record(string code, InputPath input, OutputPlace place, string template, string? argument0, string? argument1, object? original)
        {
            _code = UpgradeNoteCodes.NumberOf(code);
            Input = input;
            Template = template;
            Argument0 = argument0;
            _owner = place.Owner;
            place.Pack(out _placeText, out _placeIndex);
            _rest = original is null ? argument1 : new Rest(argument1, original);
        }

        /// <summary>Gets the code.</summary>
        public string Code => UpgradeNoteCodes.OfNumber(_code);

        /// <summary>Gets the code's severity.</summary>
        public UpgradeNoteSeverity Severity => UpgradeNoteCodes.SeverityOf(_code);

        /// <summary>Gets where the value is in the input.</summary>
        public InputPath Input { get; }

        /// <summary>Gets the message or its template.</summary>
        public string Template { get; }

        /// <summary>Gets the template's first argument.</summary>
        public string? Argument0 { get; }

        /// <summary>Gets the template's second argument.</summary>
        public string? Argument1 => _rest is Rest rest ? rest.Argument1 : (string?)_rest;

        /// <summary>Gets the original value, if kept.</summary>
        public object? Original => (_rest as Rest)?.Original;

        /// <summary>Gets where the value is in the output.</summary>
        public OutputPlace Place => OutputPlace.Unpack(_owner, _placeText, _placeIndex);

        private sealed class Rest(string? argument1, object original)
        {
            public string? Argument1 { get; } = argument1;

            public object Original { get; } = original;
        }
    }
}
