namespace Iiif.Presentation;

/// <summary>Represents a value of <c>motivation</c>: why an Annotation was made.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#values-for-motivation"/>.</para>
/// <para>An extensible enumeration: the well-known values are static properties, and any other
/// string passes through unchanged, so values from extensions or mistakes survive a round trip.
/// Comparison is ordinal and case-sensitive, as in JSON-LD. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Motivation : IEquatable<Motivation>
{
    // Declared before the well-known values, whose initializers add themselves to it in order.
    private static readonly List<string> s_known = [];

    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"painting"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public Motivation(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>painting</c>: presents the body as the content of the target Canvas.</summary>
    public static Motivation Painting { get; } = Define("painting");

    /// <summary>Gets <c>supplementing</c>: presents the body as derived from the target's content, such as a transcription.</summary>
    public static Motivation Supplementing { get; } = Define("supplementing");

    /// <summary>Gets <c>assessing</c>: web Annotation: an assessment of the target.</summary>
    public static Motivation Assessing { get; } = Define("assessing");

    /// <summary>Gets <c>bookmarking</c>: web Annotation: a bookmark to the target.</summary>
    public static Motivation Bookmarking { get; } = Define("bookmarking");

    /// <summary>Gets <c>classifying</c>: web Annotation: classifies the target.</summary>
    public static Motivation Classifying { get; } = Define("classifying");

    /// <summary>Gets <c>commenting</c>: web Annotation: a comment about the target.</summary>
    public static Motivation Commenting { get; } = Define("commenting");

    /// <summary>Gets <c>describing</c>: web Annotation: a description of the target.</summary>
    public static Motivation Describing { get; } = Define("describing");

    /// <summary>Gets <c>editing</c>: web Annotation: a request for a change to the target.</summary>
    public static Motivation Editing { get; } = Define("editing");

    /// <summary>Gets <c>highlighting</c>: web Annotation: highlights the target.</summary>
    public static Motivation Highlighting { get; } = Define("highlighting");

    /// <summary>Gets <c>identifying</c>: web Annotation: identifies the target.</summary>
    public static Motivation Identifying { get; } = Define("identifying");

    /// <summary>Gets <c>linking</c>: web Annotation: links the target to the body.</summary>
    public static Motivation Linking { get; } = Define("linking");

    /// <summary>Gets <c>moderating</c>: web Annotation: moderates the target.</summary>
    public static Motivation Moderating { get; } = Define("moderating");

    /// <summary>Gets <c>questioning</c>: web Annotation: asks a question about the target.</summary>
    public static Motivation Questioning { get; } = Define("questioning");

    /// <summary>Gets <c>replying</c>: web Annotation: a reply to the target.</summary>
    public static Motivation Replying { get; } = Define("replying");

    /// <summary>Gets <c>tagging</c>: web Annotation: tags the target.</summary>
    public static Motivation Tagging { get; } = Define("tagging");

    /// <summary>Gets <c>contentState</c>: presentation 3 content state: the annotation is a content state.</summary>
    public static Motivation ContentState { get; } = Define("contentState");

    /// <summary>Gets <c>georeferencing</c>: georeference extension: the body, a <see cref="FeatureCollection"/>
    /// of control points, places the target on the Earth.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/georef/"/>.</remarks>
    public static Motivation Georeferencing { get; } = Define("georeferencing");

    /// <summary>Gets the values the specification defines, in the order above: the one list the reader,
    /// the builder and the validator consult.</summary>
    internal static IReadOnlyList<string> KnownValues => s_known;

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the specification defines.</summary>
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <summary>Converts a JSON string to a <see cref="Motivation"/>.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    public static implicit operator Motivation(string value) => new(value);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(Motivation left, Motivation right) => left.Equals(right);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(Motivation left, Motivation right) => !left.Equals(right);

    /// <summary>Creates a <see cref="Motivation"/> from a JSON string.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    /// <returns>The value.</returns>
    public static Motivation FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(Motivation other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Motivation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the value as it appears in JSON.</summary>
    /// <returns>The value, or an empty string for <see langword="default"/>.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static Motivation Define(string value)
    {
        s_known.Add(value);
        return new Motivation(value);
    }
}
