namespace Iiif.Presentation;

/// <summary>
/// Represents a TextualBody: text embedded in an Annotation as its body, such as a comment or a
/// transcription (<c>"type": "TextualBody"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#embedded-textual-body"/>. Properties
/// without a typed member here are kept in <see cref="IiifResource.ExtensionData"/>, as is a typed property
/// whose value has a JSON shape the model cannot hold.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class TextualBody : WebAnnotationResource
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

    /// <summary>Gets or sets the language to process the text with, as a BCP 47 tag, where <c>language</c> gives several (<c>processingLanguage</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#internationalization"/>.</remarks>
    public string? ProcessingLanguage
    {
        get => WebAnnotationOrNull?.ProcessingLanguage;
        set => WebAnnotationFor(value is not null)?.ProcessingLanguage = value;
    }

    /// <summary>Gets or sets the direction of the text: <c>ltr</c>, <c>rtl</c> or <c>auto</c> (<c>textDirection</c>).</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#internationalization"/>.</remarks>
    public string? TextDirection
    {
        get => WebAnnotationOrNull?.TextDirection;
        set => WebAnnotationFor(value is not null)?.TextDirection = value;
    }

    /// <summary>Gets why the resource is part of the Annotation (<c>purpose</c>), such as <c>tagging</c>; usually one.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#purpose-for-external-web-resources"/>.</remarks>
    public IList<Purpose> Purpose => WebAnnotation.Purpose ??= new OneOrMany<Purpose>();

    internal override Shape<IiifResource> Shape => ResourceShapes.TextualBody;
}
