namespace Iiif.Presentation;

/// <summary>
/// Represents a TextualBody: text embedded in an Annotation as its body, such as a comment or a
/// transcription (<c>"type": "TextualBody"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#embedded-textual-body"/>. Properties
/// without a typed member here (<c>purpose</c>, <c>creator</c>) are kept in
/// <see cref="IiifResource.ExtensionData"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class TextualBody : IiifResource
{
    internal OneOrMany<string>? LanguageList;

    /// <summary>Initializes a TextualBody with no properties but its type.</summary>
    public TextualBody()
        : base(ResourceKind.TextualBody, "TextualBody")
    {
    }

    /// <summary>Initializes a TextualBody with its text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="language">The language of the text as a BCP 47 tag, or <see langword="null"/>.</param>
    /// <param name="format">The media type of the text, such as <c>text/plain</c> or <c>text/html</c>, or <see langword="null"/>.</param>
    public TextualBody(string value, string? language = null, string? format = null)
        : this()
    {
        Value = value;
        Format = format;
        if (language is not null)
        {
            Language.Add(language);
        }
    }

    /// <summary>Gets or sets the text (<c>value</c>).</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets the media type of the text, such as <c>text/plain</c> (<c>format</c>).</summary>
    public string? Format { get; set; }

    /// <summary>Gets the languages of the text, as BCP 47 tags (<c>language</c>). The cookbook gives one
    /// language as a lone string; that shape is kept.</summary>
    public IList<string> Language => LanguageList ??= new OneOrMany<string>();

    internal override Shape<IiifResource> Shape => ResourceShapes.TextualBody;
}
