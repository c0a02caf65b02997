namespace Iiif.Presentation;

/// <summary>
/// Represents a TextQuoteSelector: a part of a text given by the words it quotes, with the text just before and after it to tell repeated quotes apart (<c>"type": "TextQuoteSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#text-quote-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class TextQuoteSelector : Selector
{
    /// <summary>Initializes a TextQuoteSelector with no properties but its type.</summary>
    public TextQuoteSelector()
        : base("TextQuoteSelector")
    {
    }

    /// <summary>Initializes a TextQuoteSelector for a quote.</summary>
    /// <param name="exact">The quoted text.</param>
    /// <param name="prefix">The text just before the quote, or <see langword="null"/>.</param>
    /// <param name="suffix">The text just after the quote, or <see langword="null"/>.</param>
    public TextQuoteSelector(string exact, string? prefix = null, string? suffix = null)
        : this()
    {
        Exact = exact;
        Prefix = prefix;
        Suffix = suffix;
    }

    /// <summary>Gets or sets the quoted text (<c>exact</c>).</summary>
    public string? Exact { get; set; }

    /// <summary>Gets or sets the text just before the quote (<c>prefix</c>).</summary>
    public string? Prefix { get; set; }

    /// <summary>Gets or sets the text just after the quote (<c>suffix</c>).</summary>
    public string? Suffix { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.TextQuoteSelector;
}
