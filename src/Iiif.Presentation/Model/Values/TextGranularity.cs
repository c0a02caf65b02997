namespace Iiif.Presentation;

/// <summary>Represents a value of <c>textGranularity</c>: the level of detail of the text an Annotation
/// holds or points at (a page, a line, a word, …).</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/extension/text-granularity/"/>, a registered IIIF extension, whose
/// context is <see cref="IiifContexts.TextGranularity"/>.</para>
/// <para>An extensible enumeration: the well-known values are static properties, and any other
/// string passes through unchanged (<c>"page-htr"</c>), so values of other vocabularies or mistakes survive a round trip.
/// Comparison is ordinal and case-sensitive, as in JSON-LD. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct TextGranularity : IEquatable<TextGranularity>
{
    // Declared before the well-known values, whose initializers add themselves to it in order.
    private static readonly List<string> s_known = [];

    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"line"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TextGranularity(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>page</c>: the text is a page of text.</summary>
    public static TextGranularity Page { get; } = Define("page");

    /// <summary>Gets <c>block</c>: the text is a block of text, such as a column or a region.</summary>
    public static TextGranularity Block { get; } = Define("block");

    /// <summary>Gets <c>paragraph</c>: the text is a paragraph.</summary>
    public static TextGranularity Paragraph { get; } = Define("paragraph");

    /// <summary>Gets <c>line</c>: the text is a line (or a topographic line) of text.</summary>
    public static TextGranularity Line { get; } = Define("line");

    /// <summary>Gets <c>word</c>: the text is a word.</summary>
    public static TextGranularity Word { get; } = Define("word");

    /// <summary>Gets <c>glyph</c>: the text is a single glyph or character.</summary>
    public static TextGranularity Glyph { get; } = Define("glyph");

    /// <summary>Gets the values the extension defines, in the order above: the one list the reader,
    /// the builder and the validator consult.</summary>
    internal static IReadOnlyList<string> KnownValues => s_known;

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the extension defines.</summary>
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <summary>Converts a JSON string to a <see cref="TextGranularity"/>.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    public static implicit operator TextGranularity(string value) => new(value);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(TextGranularity left, TextGranularity right) => left.Equals(right);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(TextGranularity left, TextGranularity right) => !left.Equals(right);

    /// <summary>Creates a <see cref="TextGranularity"/> from a JSON string.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    /// <returns>The value.</returns>
    public static TextGranularity FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(TextGranularity other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextGranularity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the value as it appears in JSON.</summary>
    /// <returns>The value, or an empty string for <see langword="default"/>.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static TextGranularity Define(string value)
    {
        s_known.Add(value);
        return new TextGranularity(value);
    }
}
