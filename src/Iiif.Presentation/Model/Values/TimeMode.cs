namespace Iiif.Presentation;

/// <summary>Represents a value of <c>timeMode</c>: how a time-based resource longer than its target is shown.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#timemode"/>.</para>
/// <para>An extensible enumeration: the well-known values are static properties, and any other
/// string passes through unchanged, so values from extensions or mistakes survive a round trip.
/// Comparison is ordinal and case-sensitive, as in JSON-LD. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct TimeMode : IEquatable<TimeMode>
{
    // Declared before the well-known values, whose initializers add themselves to it in order.
    private static readonly List<string> s_known = [];

    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"trim"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TimeMode(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>trim</c>: cut the resource to the target's duration (the default).</summary>
    public static TimeMode Trim { get; } = Define("trim");

    /// <summary>Gets <c>scale</c>: speed up or slow down the resource to fit the target's duration.</summary>
    public static TimeMode Scale { get; } = Define("scale");

    /// <summary>Gets <c>loop</c>: repeat the resource to fill the target's duration.</summary>
    public static TimeMode Loop { get; } = Define("loop");

    /// <summary>Gets the values the specification defines, in the order above: the one list the reader,
    /// the builder and the validator consult.</summary>
    internal static IReadOnlyList<string> KnownValues => s_known;

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the specification defines.</summary>
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <summary>Converts a JSON string to a <see cref="TimeMode"/>.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    public static implicit operator TimeMode(string value) => new(value);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(TimeMode left, TimeMode right) => left.Equals(right);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(TimeMode left, TimeMode right) => !left.Equals(right);

    /// <summary>Creates a <see cref="TimeMode"/> from a JSON string.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    /// <returns>The value.</returns>
    public static TimeMode FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(TimeMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimeMode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the value as it appears in JSON.</summary>
    /// <returns>The value, or an empty string for <see langword="default"/>.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static TimeMode Define(string value)
    {
        s_known.Add(value);
        return new TimeMode(value);
    }
}
