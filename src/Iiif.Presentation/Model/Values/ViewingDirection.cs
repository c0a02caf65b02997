namespace Iiif.Presentation;

/// <summary>Represents a value of <c>viewingDirection</c>: the order in which a client shows the items.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#viewingdirection"/>.</para>
/// <para>An extensible enumeration: the well-known values are static properties, and any other
/// string passes through unchanged, so values from extensions or mistakes survive a round trip.
/// Comparison is ordinal and case-sensitive, as in JSON-LD. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct ViewingDirection : IEquatable<ViewingDirection>
{
    // Declared before the well-known values, whose initializers add themselves to it in order.
    private static readonly List<string> s_known = [];

    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"left-to-right"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ViewingDirection(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>left-to-right</c>: left to right (the default).</summary>
    public static ViewingDirection LeftToRight { get; } = Define("left-to-right");

    /// <summary>Gets <c>right-to-left</c>: right to left.</summary>
    public static ViewingDirection RightToLeft { get; } = Define("right-to-left");

    /// <summary>Gets <c>top-to-bottom</c>: top to bottom.</summary>
    public static ViewingDirection TopToBottom { get; } = Define("top-to-bottom");

    /// <summary>Gets <c>bottom-to-top</c>: bottom to top.</summary>
    public static ViewingDirection BottomToTop { get; } = Define("bottom-to-top");

    /// <summary>Gets the values the specification defines, in the order above: the one list the reader,
    /// the builder and the validator consult.</summary>
    internal static IReadOnlyList<string> KnownValues => s_known;

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the specification defines.</summary>
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <summary>Converts a JSON string to a <see cref="ViewingDirection"/>.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    public static implicit operator ViewingDirection(string value) => new(value);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(ViewingDirection left, ViewingDirection right) => left.Equals(right);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(ViewingDirection left, ViewingDirection right) => !left.Equals(right);

    /// <summary>Creates a <see cref="ViewingDirection"/> from a JSON string.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    /// <returns>The value.</returns>
    public static ViewingDirection FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(ViewingDirection other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ViewingDirection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the value as it appears in JSON.</summary>
    /// <returns>The value, or an empty string for <see langword="default"/>.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static ViewingDirection Define(string value)
    {
        s_known.Add(value);
        return new ViewingDirection(value);
    }
}
