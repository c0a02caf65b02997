using System;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation;

public static partial class IiifJson
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static T ReadUtf8<T>(ReadOnlySpan<byte> utf8, IiifReadOptions? options)
        where T : IiifResource
    {
        options ??= IiifReadOptions.Default;
        ReadOnlySpan<byte> json = Checked(utf8, options, out int bom);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            IiifReader.Next(ref reader);
            PresentationVersion version = PresentationVersions.Detect(reader);
            if (version is PresentationVersion.V2 or PresentationVersion.V2ByType)
            {
                if (!options.UpgradeFromV2)
                {
                    throw new JsonException(Presentation2Reason(version) + " Upgrade it to 3.0 first (IiifUpgrader, or IiifReadOptions.UpgradeFromV2).");
                }

                return Upgraded<T>(json, bom, options);
            }

            T result = ReadValue<T>(ref reader);

            // Anything after the value, but whitespace, makes the reader throw here.
            while (reader.Read())
            {
            }

            return result;
        }
        catch (IiifJsonException)
        {
            throw;
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
            throw Locate(
                $"The resources nest too deeply for this thread's stack (depth {reader.CurrentDepth}); lower IiifReadOptions.MaxDepth.",
                json, reader.TokenStartIndex, bom, options, ex);
        }
        catch (InvalidOperationException ex)
        {
            // Decoding a string the reader accepted failed; the checks above make this unexpected.
            throw Locate(ex.Message, json, reader.TokenStartIndex, bom, options, ex);
        }
    }

    private static T ReadValue<T>(ref Utf8JsonReader reader)
        where T : IiifResource
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"A {Describe(typeof(T))} must be a JSON object, but the value is {Describe(reader.TokenType)}.");
        }

        string? typeText = IiifReader.PeekTypeText(reader, out IiifType? type);
        bool service = typeof(Service).IsAssignableFrom(typeof(T));
        IiifResource resource = typeText is null && IiifTypes.ForClass(typeof(T)) is { } exact
            ? exact.CreateResource()
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

    /// <summary>Says why a document is Presentation 2: read as 3.0, every property would end up
    /// unrecognised in the extension data.</summary>
    private static string Presentation2Reason(PresentationVersion version) => version == PresentationVersion.V2
        ? "The document is IIIF Presentation 2 (its @context is " + IiifContexts.Presentation2 + ")."
        : "The document is IIIF Presentation 2 (its @type is a Presentation 2 term, sc: or oa:).";

    /// <summary>Reads a Presentation 2 document by upgrading it (<c>docs/upgrading.md</c>); the notes are left out.</summary>
    private static T Upgraded<T>(ReadOnlySpan<byte> json, int bom, IiifReadOptions options)
        where T : IiifResource
    {
        // The upgrader walks the document recursively: it takes no more than the default depth, whatever
        // MaxDepth allows.
        using JsonDocument document = ParseDocument(json, options.MaxDepth <= IiifReadOptions.DefaultMaxDepth ? options : IiifReadOptions.Default);
        JsonElement root = document.RootElement;
        IiifResource resource = IiifUpgrader.FromV2(root, UpgradeOptions.Default, PresentationVersions.Detect(root) == PresentationVersion.V2ByType).Resource;
        return resource as T ?? throw Locate(
            $"The upgraded document is a {resource.Type}, not {Describe(typeof(T))}.", json, 0, bom, options, inner: null);
    }

    /// <summary>
    /// Parses UTF-8 JSON into a document after the reader's own checks (UTF-8, lone surrogates, empty
    /// text), so that errors carry the same path and position as the reader's.
    /// </summary>
    internal static JsonDocument ParseDocument(ReadOnlySpan<byte> utf8, IiifReadOptions options)
    {
        ReadOnlySpan<byte> json = Checked(utf8, options, out int bom);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException ex)
        {
            long offset = ex.LineNumber is { } line && ex.BytePositionInLine is { } column
                ? JsonLocation.Offset(json, line, column)
                : 0;
            throw Locate(WithoutPosition(ex.Message), json, offset, bom, options, ex);
        }

        // A document keeps both copies of a repeated key, and its lookups see only one: refuse it, as reading does.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            reader.Read();
            DuplicateKeys.Check(ref reader);
        }
        catch (JsonException ex)
        {
            document.Dispose();
            throw Locate(ex.Message, json, reader.TokenStartIndex, bom, options, ex);
        }

        return document;
    }

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

    private static IiifJsonException Locate(string message, ReadOnlySpan<byte> json, long offset, int bom, IiifReadOptions options, Exception? inner)
    {
        string path = JsonLocation.FindPath(json, offset, options.MaxDepth);
        (long line, long column) = JsonLocation.LineAndColumn(json, offset);
        if (line == 0)
        {
            column += bom;
        }

        return new IiifJsonException(message, path, line, column, offset + bom, inner);
    }

    /// <summary>Drops the position System.Text.Json appends to its messages; ours is appended instead.</summary>
    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at);
    }

    private static string Describe(Type type) => type == typeof(IiifResource) ? "IIIF resource" : type.Name;

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

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
