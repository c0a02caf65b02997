using System.Text;
using Iiif.Presentation.Serialization.Buffers;

namespace Iiif.Presentation.Serialization;

/// <summary>
/// Reads a whole document: the checks on the input (UTF-8, lone surrogates, empty text, repeated keys),
/// the choice between a 3.0 read and an upgrade, and the <see cref="IiifJsonException"/> that says where
/// the input went wrong. <see cref="IiifJson"/> and <see cref="IiifUpgrader"/> both read through it, so
/// that the upgrader never calls <see cref="IiifJson"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DocumentReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads a document with the 3.0 reader. A Presentation 2 document is refused with the located
    /// exception, unless <see cref="IiifReadOptions.UpgradeFromV2"/> allows an upgrade: then it returns
    /// <see langword="null"/>, and the caller upgrades it.
    /// </summary>
    public static T? ReadVersion3<T>(ReadOnlySpan<byte> utf8, IiifReadOptions options)
        where T : IiifResource
    {
        ReadOnlySpan<byte> json = Checked(utf8, options, out int bom);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            IiifReader.Next(ref reader);
            PresentationVersion version = PresentationVersions.Detect(reader);
            if (version is PresentationVersion.V2 or PresentationVersion.V2ByType)
            {
                if (options.UpgradeFromV2)
                {
                    return null;
                }

                throw new JsonException(Presentation2Reason(version) + " Upgrade it to 3.0 first (IiifUpgrader, or IiifReadOptions.UpgradeFromV2).");
            }

            T result = ReadValue<T>(ref reader);

            // Anything after the value, but whitespace, makes the reader throw here.
            while (reader.Read())
            {
            }

            return result;
        }
        catch (JsonException ex)
        {
            long offset = ex.LineNumber is { } line && ex.BytePositionInLine is { } column
                ? JsonLocation.Offset(json, line, column)
                : reader.TokenStartIndex;
            throw Locate(WithoutPosition(ex.Message), json, offset, bom, options, ex);
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw TooDeep(json, reader.CurrentDepth, reader.TokenStartIndex, bom, options, ex);
        }
        catch (InvalidOperationException ex)
        {
            // Decoding a string the reader accepted failed; the checks above make this unexpected.
            throw Locate(ex.Message, json, reader.TokenStartIndex, bom, options, ex);
        }
    }

    /// <summary>Reads a resource from a reader on its <c>StartObject</c>; the reader is left on its <c>EndObject</c>.</summary>
    /// <exception cref="JsonException">The value is not an object or names another class.</exception>
    public static T ReadValue<T>(ref Utf8JsonReader reader)
        where T : IiifResource
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"A {Describe(typeof(T))} must be a JSON object, but the value is {JsonKinds.Describe(reader.TokenType)}.");
        }

        string? typeText = IiifReader.PeekTypeText(reader, out IiifType? type);
        bool service = typeof(Service).IsAssignableFrom(typeof(T));
        IiifResource resource = typeText is null && IiifTypes.ForClass(typeof(T)) is { } exact
            ? exact.CreateResource()
            : !service && IiifReader.CreateGeoJson(type, typeText) is { } geoJson
                ? geoJson
            : service && typeText is null
                ? IiifReader.CreateService(reader) // an untyped service, known by its @context or profile
                : typeof(ContentResource).IsAssignableFrom(typeof(T))
                    ? IiifReader.CreateContent(type)
                    : IiifReader.CreateDefault(service ? Slot.Service : Slot.Top, type, typeText is not null);
        Slot slot = service ? Slot.Service : Slot.Top;
        if (resource is not T typed)
        {
            throw new JsonException(
                $"The document's type is '{typeText}', not {Describe(typeof(T))}.");
        }

        using (SharedIds.Enter())
        {
            IiifReader.ReadProperties(ref reader, resource, slot);
        }

        return typed;
    }

    /// <summary>
    /// Parses a document after the reader's own checks (UTF-8, lone surrogates, empty text, repeated keys), so
    /// that its errors carry the same path and position as the reader's, and gives it to
    /// <paramref name="use"/>. The document reads the caller's bytes in place, pinned for the call, never a copy
    /// as large as them: it, and every value not cloned from it, ends with the call.
    /// </summary>
    public static unsafe TResult Use<TState, TResult>(
        ReadOnlySpan<byte> utf8, IiifReadOptions options, TState state, Func<ParsedDocument, TState, TResult> use)
    {
        fixed (byte* pointer = utf8)
        {
            using var pinned = new PinnedMemory(pointer, utf8.Length);
            using ParsedDocument document = Parse(pinned.Memory, options);
            return use(document, state);
        }
    }

    /// <summary>Parses two documents as the other overload does one, and gives them to <paramref name="use"/>.</summary>
    public static unsafe TResult Use<TState, TResult>(
        ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, IiifReadOptions options, TState state, Func<ParsedDocument, ParsedDocument, TState, TResult> use)
    {
        // The first is parsed first, so that its errors come first.
        fixed (byte* pointer = first)
        {
            using var pinned = new PinnedMemory(pointer, first.Length);
            using ParsedDocument document = Parse(pinned.Memory, options);
            return Use(second, options, (document, state, use), static (secondDocument, s) => s.use(s.document, secondDocument, s.state));
        }
    }

    private static ParsedDocument Parse(ReadOnlyMemory<byte> utf8, IiifReadOptions options)
    {
        ReadOnlySpan<byte> json = Checked(utf8.Span, options, out int bom);
        ReadOnlyMemory<byte> memory = utf8.Slice(bom);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(memory, DocumentOptions(options.MaxDepth));
        }
        catch (JsonException ex)
        {
            if (ex.LineNumber is { } line && ex.BytePositionInLine is { } column)
            {
                throw Locate(WithoutPosition(ex.Message), json, JsonLocation.Offset(json, line, column), bom, options, ex);
            }

            // A repeated key (System.Text.Json 10 refuses it without a position): find it again, to name it
            // and its place as reading does.
            CheckRepeatedKeys(json, bom, options);
            throw Locate(ex.Message, json, 0, bom, options, ex);
        }

#if NET8_0
        // A document keeps both copies of a repeated key, and its lookups see only one: refuse it, as reading does.
        try
        {
            CheckRepeatedKeys(json, bom, options);
        }
        catch
        {
            document.Dispose();
            throw;
        }
#endif

        return new ParsedDocument(document, memory, bom, options);
    }

    /// <summary>Throws the located exception for a key repeated in an object, as reading does.</summary>
    private static void CheckRepeatedKeys(ReadOnlySpan<byte> json, int bom, IiifReadOptions options)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            reader.Read();
            DuplicateKeys.Check(ref reader);
        }
        catch (JsonException ex)
        {
            throw Locate(ex.Message, json, reader.TokenStartIndex, bom, options, ex);
        }
    }

    /// <summary>
    /// The options of a parsed document: its depth limit, and (System.Text.Json 10) no repeated keys, since a
    /// document keeps both copies of one and its lookups see only one. On System.Text.Json 8, which cannot
    /// refuse them, <see cref="CheckRepeatedKeys"/> does.
    /// </summary>
    private static JsonDocumentOptions DocumentOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
#if !NET8_0
        AllowDuplicateProperties = false,
#endif
    };

    /// <summary>Encodes a JSON text as UTF-8 into a pooled buffer, which the caller disposes once it has read it,
    /// or throws the located exception for a lone surrogate, which UTF-8 cannot hold.</summary>
    /// <remarks>Pooled: a fresh array for a large text would be allocated on the large object heap, and each
    /// such allocation brings a full collection nearer, with the model being read still alive.</remarks>
    public static PooledBufferWriter EncodeStrict(string json, IiifReadOptions options)
    {
        try
        {
            var buffer = new PooledBufferWriter(Math.Max(s_strictUtf8.GetByteCount(json), 1));
            buffer.Advance(s_strictUtf8.GetBytes(json, 0, json.Length, buffer.RawBuffer, 0));
            return buffer;
        }
        catch (EncoderFallbackException ex)
        {
            // Locate the character in the text as it would be with the surrogate replaced.
            byte[] replaced = Encoding.UTF8.GetBytes(json);
            int bom = replaced.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            int offset = Encoding.UTF8.GetByteCount(json.ToCharArray(), 0, Math.Min(Math.Max(ex.Index, 0), json.Length)) - bom;
            throw Locate(
                $"The string holds a lone surrogate at character {ex.Index}, which cannot be encoded as UTF-8.",
                replaced.AsSpan(bom), Math.Max(offset, 0), bom, options, ex);
        }
    }

    /// <summary>The exception for a document whose resources nest too deeply for the thread's stack.</summary>
    public static IiifJsonException TooDeep(ReadOnlySpan<byte> json, int depth, long offset, int bom, IiifReadOptions options, Exception inner) =>
        Locate(
            $"The resources nest too deeply for this thread's stack (depth {depth}); lower IiifReadOptions.MaxDepth.",
            json, offset, bom, options, inner);

    /// <summary>Makes the exception for a problem at a byte offset of the JSON text (after the byte order mark).</summary>
    public static IiifJsonException Locate(string message, ReadOnlySpan<byte> json, long offset, int bom, IiifReadOptions options, Exception? inner)
    {
        string path = JsonLocation.FindPath(json, offset, options.MaxDepth);
        (long line, long column) = JsonLocation.LineAndColumn(json, offset);
        if (line == 0)
        {
            column += bom;
        }

        return new IiifJsonException(message, path, line, column, offset + bom, inner);
    }

    /// <summary>Names a class for a message: "IIIF resource" for the base class.</summary>
    public static string Describe(Type type) => type == typeof(IiifResource) ? "IIIF resource" : type.Name;

    /// <summary>The JSON text after a byte order mark, once it is known to be UTF-8 without lone surrogates
    /// and not empty; otherwise the located exception.</summary>
    private static ReadOnlySpan<byte> Checked(ReadOnlySpan<byte> utf8, IiifReadOptions options, out int bom)
    {
        bom = utf8.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        ReadOnlySpan<byte> json = utf8.Slice(bom);
        int invalid = InputChecks.FindInvalid(json, out string problem);
        if (invalid >= 0)
        {
            throw Locate(problem, json, invalid, bom, options, inner: null);
        }

        if (IsWhitespace(json))
        {
            throw Locate("The document is empty: it holds no JSON value.", json, json.Length, bom, options, inner: null);
        }

        return json;
    }

    /// <summary>Says why a document is Presentation 2: read as 3.0, every property would end up
    /// unrecognised in the extension data.</summary>
    private static string Presentation2Reason(PresentationVersion version) => version == PresentationVersion.V2
        ? "The document is IIIF Presentation 2 (its @context is " + IiifContexts.Presentation2 + ")."
        : "The document is IIIF Presentation 2 (its @type is a Presentation 2 term, sc: or oa:).";

    /// <summary>Drops the position System.Text.Json appends to its messages; ours is appended instead.</summary>
    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at);
    }


    private static bool IsWhitespace(ReadOnlySpan<byte> json)
    {
        foreach (byte b in json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
