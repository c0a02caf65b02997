using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Ids: makes each id a well-formed absolute URI, and mints <c>{base}/{kind}/{n}</c> where 3.0 needs an id
/// and the input has none (<see href="https://iiif.io/api/presentation/3.0/#id"/>; docs/upgrading.md, "Minted ids").
/// </summary>
/// <remarks>Minted ids never repeat one of the input's: the input's ids are gathered on the first mint, and
/// <c>-2</c>, <c>-3</c>… resolve a clash. Nothing random, no counter beyond the document.</remarks>
internal sealed class IdTranslator
{
    private const string InvalidBase = "https://iiif-upgrade.invalid";

    private readonly UpgradeContext _context;
    private HashSet<string>? _ids;

    public IdTranslator(UpgradeContext context) => _context = context;

    /// <summary>Gets the base of minted ids, and of relative ones, where no enclosing id gives one.</summary>
    public string DefaultBase => string.IsNullOrEmpty(_context.Options.MintBase) ? InvalidBase : _context.Options.MintBase!.TrimEnd('/');

    /// <summary>
    /// Makes an id a well-formed absolute URI, as 3.0 requires: trimmed, what URIs cannot hold percent-encoded
    /// (the IRI-to-URI mapping of RFC 3987), and a relative reference resolved against the nearest enclosing
    /// id. A changed id is noted, with the id as written.
    /// </summary>
    /// <param name="id">The id as written.</param>
    /// <param name="baseId">The nearest enclosing id of the input, if any.</param>
    /// <param name="input">Where the id is in the input.</param>
    /// <param name="output">Where it is in the output.</param>
    public string Normalize(string id, string? baseId, At input, OutputPlace output)
    {
        string result = EncodeUri(id.Trim());
        if (result.Length > 0 && !IsAbsolute(result))
        {
            string baseUri = baseId is { } b && IsAbsolute(b) ? EncodeUri(b.Trim()) : DefaultBase + "/";
            if (Uri.TryCreate(baseUri, UriKind.Absolute, out Uri? parsed) && Uri.TryCreate(parsed, result, out Uri? resolved))
            {
                result = resolved.AbsoluteUri;
            }
        }

        if (!string.Equals(result, id, StringComparison.Ordinal))
        {
            _context.NoteFormat(UpgradeNoteCodes.ValueCoerced, input.Path, output, "The id \"{0}\" is not an absolute URI; it became {1}.", id, result, id);
        }

        return result;
    }

    /// <summary>Mints <c>{base}/{kind}/{n}</c> and notes it.</summary>
    /// <param name="baseId">The nearest enclosing id of the input, if any.</param>
    /// <param name="kind">What the id is of, as its path says: <c>annotation</c>, <c>canvas</c>, ….</param>
    /// <param name="position">The 1-based position of the resource among its siblings.</param>
    /// <param name="what">What the id is of, as the note says.</param>
    /// <param name="input">Where the resource is in the input.</param>
    /// <param name="resource">The resource that gets the id.</param>
    public string Mint(string? baseId, string kind, int position, string what, InputPath input, IiifResource resource)
    {
        string id = MintQuiet(baseId, kind, position);
        _context.NoteFormat(UpgradeNoteCodes.IdMinted, input, OutputPlace.Of(resource, "id"), "The {0} had no id; it was given {1}.", what, id);
        return id;
    }

    /// <summary>Mints an id without a note, for callers that say more in their own.</summary>
    public string MintQuiet(string? baseId, string kind, int position)
    {
        _ids ??= CollectIds(_context.Json.Span);
#if NET
        string stem = string.Create(CultureInfo.InvariantCulture, $"{baseId ?? DefaultBase}/{kind}/{position}");
#else
        string stem = string.Concat(baseId ?? DefaultBase, "/", kind, "/") + position.ToString(CultureInfo.InvariantCulture);
#endif
        string id = stem;
        for (int n = 2; !_ids.Add(id); n++)
        {
            id = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    /// <summary>Percent-encodes what a URI cannot hold: non-ASCII, spaces, controls and <c>&lt;&gt;"{}|\^`</c>.</summary>
    public static string EncodeUri(string text)
    {
#if NET
        int first = text.AsSpan().IndexOfAnyExcept(s_kept);
        if (first < 0)
        {
            return text;
        }
#else
        int first = 0;
        while (first < text.Length && Keep(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }
#endif

        // Every char becomes at most three UTF-8 bytes (a surrogate pair four for two chars), each "%XX".
        char[] buffer = ArrayPool<char>.Shared.Rent(first + ((text.Length - first) * 9));
        try
        {
            text.CopyTo(0, buffer, 0, first);
            int length = first;
            Span<byte> utf8 = stackalloc byte[4];
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (Keep(c))
                {
                    buffer[length++] = c;
                    continue;
                }

                int chars = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                int count = Utf8(text, i, chars, utf8);
                for (int b = 0; b < count; b++)
                {
                    buffer[length++] = '%';
                    buffer[length++] = Hex(utf8[b] >> 4);
                    buffer[length++] = Hex(utf8[b] & 0xF);
                }

                i += chars - 1;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        static char Hex(int digit) => (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
    }

    /// <summary>Whether <see cref="EncodeUri"/> keeps a character as it is: printable ASCII but <c>&lt;&gt;"{}|\^`</c>.</summary>
    private static bool Keep(char c) => c > ' ' && c < 127 && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`');

#if NET
    /// <summary>What <see cref="EncodeUri"/> keeps as it is: printable ASCII but <c>&lt;&gt;"{}|\^`</c>.</summary>
    private static readonly SearchValues<char> s_kept = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(Keep)]);

#endif
    /// <summary>Whether an id begins with a URI scheme (<c>^[A-Za-z][A-Za-z0-9+.-]*:</c>).</summary>
    private static bool IsAbsolute(string id)
    {
        if (id.Length == 0 || !IsLetter(id[0]))
        {
            return false;
        }

        for (int i = 1; i < id.Length; i++)
        {
            char c = id[i];
            if (c == ':')
            {
                return true;
            }

            if (!(IsLetter(c) || c is (>= '0' and <= '9') or '+' or '.' or '-'))
            {
                return false;
            }
        }

        return false;

        static bool IsLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
    }

    /// <summary>Encodes one character (or a surrogate pair) as UTF-8; a lone surrogate as U+FFFD, as the
    /// encoder does.</summary>
    private static int Utf8(string text, int index, int length, Span<byte> into)
    {
#if NETSTANDARD2_0
        byte[] bytes = Encoding.UTF8.GetBytes(text.Substring(index, length));
        bytes.CopyTo(into);
        return bytes.Length;
#else
        return Encoding.UTF8.GetBytes(text.AsSpan(index, length), into);
#endif
    }

    /// <summary>Gathers every <c>@id</c> and <c>id</c> string of the input that a minted id could equal: one
    /// that ends as minted ids do.</summary>
    /// <remarks>A search of the text for the keys, not a walk of the document: an unescaped quote always
    /// ends a JSON string, so <c>"@id"</c> followed by a colon is a key. A key written with escapes
    /// (<c>"\u0040id"</c>) is not found; no id is written so.</remarks>
    private static HashSet<string> CollectIds(ReadOnlySpan<byte> json)
    {
        // One pass for both keys: each ends in id" and begins with a quote, or with "@.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int at = 0;
        while (true)
        {
            int found = json.Slice(at).IndexOf("id\""u8);
            if (found < 0)
            {
                return ids;
            }

            int key = at + found;
            at = key + 3;
            bool isKey = (key >= 1 && json[key - 1] == (byte)'"') || (key >= 2 && json[key - 1] == (byte)'@' && json[key - 2] == (byte)'"');
            if (!isKey)
            {
                continue;
            }

            int i = Skip(json, at);
            if (i >= json.Length || json[i] != (byte)':')
            {
                continue;
            }

            i = Skip(json, i + 1);
            if (i >= json.Length || json[i] != (byte)'"')
            {
                continue;
            }

            // The value ends at the first quote that no backslash escapes.
            int end = i + 1;
            bool escaped = false;
            while (true)
            {
                int stop = json.Slice(end).IndexOfAny((byte)'"', (byte)'\\');
                if (stop < 0)
                {
                    return ids;
                }

                end += stop;
                if (json[end] == (byte)'"')
                {
                    break;
                }

                escaped = true;
                end = Math.Min(end + 2, json.Length); // the input parsed, so an escape is never last
            }

            ReadOnlySpan<byte> value = json.Slice(i, end + 1 - i);
            if (escaped ? EndsAsMintedEscaped(value) : EndsAsMinted(value.Slice(1, value.Length - 2)))
            {
                // Canvas ids such as .../canvas/7 look minted: read through the shared-id table, the string is
                // the one the Canvas and its references get, not a copy of it.
                var reader = new Utf8JsonReader(value);
                reader.Read();
                ids.Add(SharedIds.Get(ref reader));
            }

            at = end + 1;
        }

        static int Skip(ReadOnlySpan<byte> json, int i)
        {
            while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            return i;
        }
    }

    /// <summary>Whether a JSON string written with escapes (<c>http:\/\/…</c>, as some servers write every id)
    /// ends as a minted id once read; it is read into a buffer, not a string.</summary>
    private static bool EndsAsMintedEscaped(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        // Unescaped, a JSON string is never longer than as written.
        byte[]? rented = quoted.Length > 512 ? ArrayPool<byte>.Shared.Rent(quoted.Length) : null;
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[512];
            int length = reader.CopyString(buffer);
            return EndsAsMinted(buffer.Slice(0, length));
        }
        catch (InvalidOperationException)
        {
            return false; // not valid UTF-8 once unescaped: the parse reports it
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool EndsAsMinted(ReadOnlySpan<byte> id)
    {
        int i = Digits(id, id.Length);
        if (i == id.Length)
        {
            return false;
        }

        if (i > 0 && id[i - 1] == (byte)'-')
        {
            int before = Digits(id, i - 1);
            if (before < i - 1)
            {
                i = before;
            }
        }

        if (i == 0 || id[i - 1] != (byte)'/')
        {
            return false;
        }

        ReadOnlySpan<byte> rest = id.Slice(0, i - 1);
        int slash = rest.LastIndexOf((byte)'/');
        ReadOnlySpan<byte> kind = rest.Slice(slash + 1);
        foreach (byte[] known in s_kinds)
        {
            if (kind.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;

        static int Digits(ReadOnlySpan<byte> id, int end)
        {
            int i = end;
            while (i > 0 && id[i - 1] is >= (byte)'0' and <= (byte)'9')
            {
                i--;
            }

            return i;
        }
    }

    /// <summary>The kinds in the path of a minted id.</summary>
    private static readonly byte[][] s_kinds =
    [
        .. new[] { "annotation", "annotation-page", "canvas", "range", "body", "provider", "service", "manifest", "collection", "annotation-collection" }
            .Select(Encoding.ASCII.GetBytes),
    ];
}
