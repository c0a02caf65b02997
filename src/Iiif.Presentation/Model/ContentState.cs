using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation;

/// <summary>
/// Represents a IIIF content state: a reference to a resource, or to a part of one, that a viewer opens
/// (IIIF Content State API 1.0), in the form it was given and normalised to an Annotation.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>. A content state is an Annotation with the
/// <c>contentState</c> motivation whose targets are the resources to show; the API also allows its target alone
/// (a Manifest, or a Canvas with <c>partOf</c> naming its Manifest) and a URI alone. <see cref="Parse"/> accepts
/// each of these, plain or encoded as section 6 prescribes (<see cref="Encode(string)"/>), and
/// <see cref="Annotation"/> gives every one of them as an Annotation, so a caller handles one shape.</para>
/// <para>Like <see cref="IiifJson"/>, parsing is lenient: an Annotation whose motivation is not
/// <c>contentState</c>, or a Canvas without <c>partOf</c>, is read as it is; the validator reports it
/// (rule P3-EXT-06).</para>
/// <para>The static members are thread-safe. An instance is not thread-safe for writes to its
/// <see cref="Annotation"/>; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class ContentState
{
    internal ContentState(string value, ContentStateForm form, bool wasEncoded, Annotation annotation)
    {
        Value = value;
        Form = form;
        WasEncoded = wasEncoded;
        Annotation = annotation;
    }

    /// <summary>Gets the content state as it was given, decoded if it was encoded: JSON text, or, for the
    /// <see cref="ContentStateForm.Uri"/> form, the URI or the JSON string that holds it.</summary>
    public string Value { get; }

    /// <summary>Gets the form in which the content state was given.</summary>
    public ContentStateForm Form { get; }

    /// <summary>Gets whether the content state was given encoded (base64url of the URI-component-encoded
    /// text) rather than as plain JSON or a plain URI.</summary>
    public bool WasEncoded { get; }

    /// <summary>Gets the content state as an Annotation with the <c>contentState</c> motivation: the Annotation
    /// given, or a new one whose <c>target</c> is the resource or URI given.</summary>
    /// <remarks>For the <see cref="ContentStateForm.Uri"/> form the target is the URI string, read as the reader
    /// reads a bare target (a resource with <see cref="IiifResource.IsUriString"/> set); whether it names a
    /// Manifest, a Collection or an Annotation to fetch is only known by dereferencing it.</remarks>
    public Annotation Annotation { get; }

    /// <summary>Reads a content state in any form the Content State API allows, plain or encoded.</summary>
    /// <param name="value">A JSON object (an Annotation or a resource), a URI (bare or as a JSON string), or any of
    /// these encoded as section 6 prescribes, with or without <c>=</c> padding. Surrounding white space is ignored.</param>
    /// <returns>The content state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The value is empty, is neither JSON nor a URI and not base64url, or its
    /// decoded form is not URI-component-encoded UTF-8, or is a JSON value other than an object or a string.</exception>
    /// <exception cref="IiifJsonException">The JSON cannot be read; the message gives the path and position.</exception>
    public static ContentState Parse(string value)
    {
        Guard.NotNull(value);
        string text = value.Trim();
        if (text.Length == 0)
        {
            throw new FormatException("A content state is empty.");
        }

        if (IsPlain(text))
        {
            return FromPlain(text, wasEncoded: false);
        }

        string decoded = ContentStateEncoding.Decode(text);
        string plain = decoded.Trim();
        if (!IsPlain(plain))
        {
            throw new FormatException(
                "An encoded content state decodes to text that is neither JSON nor a URI: " + Abbreviate(plain));
        }

        return FromPlain(plain, wasEncoded: true);
    }

    /// <summary>Tries to read a content state in any form the Content State API allows, plain or encoded.</summary>
    /// <param name="value">The content state, as for <see cref="Parse"/>.</param>
    /// <param name="contentState">The content state, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> if <paramref name="value"/> is <see langword="null"/> or
    /// <see cref="Parse"/> would throw for it.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out ContentState? contentState)
    {
        contentState = null;
        if (value is null)
        {
            return false;
        }

        try
        {
            contentState = Parse(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Encodes a content state as the Content State API prescribes for URLs and forms: its UTF-8 bytes
    /// URI-component encoded (as JavaScript's <c>encodeURIComponent</c>), then base64url without <c>=</c> padding.</summary>
    /// <param name="json">The plain content state: JSON text, or a URI. It is encoded exactly as given.</param>
    /// <returns>The encoded content state, made of <c>A-Z a-z 0-9 - _</c> only.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>, section 6. The spec's own JavaScript
    /// (<c>btoa(encodeURIComponent(json))</c>, then <c>+</c> to <c>-</c>, <c>/</c> to <c>_</c>, padding removed)
    /// gives the same string.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> holds a lone surrogate, so it is not Unicode text.</exception>
    public static string Encode(string json)
    {
        Guard.NotNull(json);
        return ContentStateEncoding.Encode(json);
    }

    /// <summary>Decodes an encoded content state back to the text that was encoded.</summary>
    /// <param name="encoded">The encoded content state: base64url, with or without <c>=</c> padding.</param>
    /// <returns>The plain content state, as it was given to <see cref="Encode(string)"/>.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>, section 6.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="encoded"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is empty, has a character outside base64url (the message
    /// names it and its index; <c>+</c> and <c>/</c> of standard base64 included), has a length no base64 text
    /// has, or decodes to bytes that are not URI-component-encoded UTF-8.</exception>
    public static string Decode(string encoded)
    {
        Guard.NotNull(encoded);
        return ContentStateEncoding.Decode(encoded);
    }

    /// <summary>Encodes this content state's <see cref="Value"/> (<see cref="Encode(string)"/>).</summary>
    /// <returns>The encoded content state.</returns>
    public string Encode() => ContentStateEncoding.Encode(Value);

    /// <summary>Returns <see cref="Value"/>, the content state as given (decoded).</summary>
    /// <returns>The plain content state.</returns>
    public override string ToString() => Value;

    /// <summary>Makes a content state of an Annotation built in code; its <see cref="Value"/> is the Annotation's
    /// compact canonical JSON, and its <see cref="Annotation"/> is read from that JSON, so later changes to the
    /// builder's Annotation reach neither.</summary>
    internal static ContentState FromAnnotation(Annotation annotation)
    {
        string json = IiifJson.Serialize(annotation, s_compact);
        return new(json, ContentStateForm.Annotation, wasEncoded: false, IiifJson.Deserialize<Annotation>(json));
    }

    private static readonly IiifWriteOptions s_compact = new() { Indented = false };

    /// <summary>Returns whether a text is a plain content state (JSON, or a URI) rather than an encoded one:
    /// JSON starts with <c>{</c>, <c>"</c> or <c>[</c>, a URI with a scheme and <c>:</c>, which base64url never holds.
    /// The validator tells the forms apart with it too.</summary>
    internal static bool IsPlain(string text) => text.Length > 0 && (text[0] is '{' or '"' or '[' || UriScheme(text) > 0);

    private static ContentState FromPlain(string plain, bool wasEncoded)
    {
        switch (plain[0])
        {
            case '{':
                IiifResource resource = IiifJson.Parse(plain);
                return resource is Annotation given
                    ? new ContentState(plain, ContentStateForm.Annotation, wasEncoded, given)
                    : new ContentState(plain, ContentStateForm.Resource, wasEncoded, Wrap(resource));

            case '"':
                string? uri = ReadJsonString(plain);
                if (uri is null || UriScheme(uri) <= 0)
                {
                    throw new FormatException("A content state given as a JSON string holds a URI, not " + Abbreviate(plain));
                }

                return new ContentState(plain, ContentStateForm.Uri, wasEncoded, WrapUri(uri));

            case '[':
                throw new FormatException(
                    "A content state is one JSON object or a URI, not a JSON array; several targets go in the target of one Annotation with the contentState motivation.");

            default:
                return new ContentState(plain, ContentStateForm.Uri, wasEncoded, WrapUri(plain));
        }
    }

    /// <summary>Makes the Annotation of a content state given as its target alone; the target's
    /// <c>@context</c> moves to the Annotation, the top of the document.</summary>
    private static Annotation Wrap(IiifResource target)
    {
        var annotation = new Annotation();
        if (target.SparseOrNull is { Context.Count: > 0 } sparse)
        {
            // The list itself moves, so the shape it was read in (a string or an array) moves with it.
            annotation.SparseFor(hasValue: true)!.Context = sparse.Context;
            sparse.Context = null;
        }
        else
        {
            annotation.Context.Add(IiifContexts.Presentation3);
            BuilderSupport.Single(annotation.Context);
        }

        annotation.Motivation.Add(Motivation.ContentState);
        annotation.Target.Add(target);
        return annotation;
    }

    /// <summary>Makes the Annotation of a content state given as a URI: its target is the URI string, read as the
    /// reader reads any bare target, so the model is the one a document with that target gives.</summary>
    private static Annotation WrapUri(string uri) =>
        IiifJson.Deserialize<Annotation>(
            "{\"@context\":\"" + IiifContexts.Presentation3 + "\",\"type\":\"Annotation\",\"motivation\":[\"contentState\"],\"target\":\"" +
            JsonEncodedText.Encode(uri).ToString() + "\"}");

    private static string? ReadJsonString(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString() : null;
        }
        catch (JsonException ex)
        {
            throw new FormatException("A content state given as a JSON string is not valid JSON: " + ex.Message, ex);
        }
    }

    /// <summary>Returns the length of a URI's scheme (RFC 3986, section 3.1: a letter, then letters, digits,
    /// <c>+ - .</c>, then <c>:</c>), or 0 if the text does not start with one.</summary>
    private static int UriScheme(string text)
    {
        if (text.Length == 0 || !IsAsciiLetter(text[0]))
        {
            return 0;
        }

        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                return i;
            }

            if (!IsAsciiLetter(c) && c is not ((>= '0' and <= '9') or '+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static string Abbreviate(string text) =>
        text.Length <= 60 ? "\"" + text + "\"" : "\"" + text.Substring(0, 60) + "…\"";
}
