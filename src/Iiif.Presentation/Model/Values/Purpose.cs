using System.Linq;

namespace Iiif.Presentation;

/// <summary>Represents a value of <c>purpose</c>: why a body (a <see cref="TextualBody"/> or a
/// <see cref="SpecificResource"/>) is part of an Annotation, such as <c>tagging</c> or <c>describing</c>.</summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#purpose-for-external-web-resources"/>. The
/// values are those of <c>motivation</c> (<see href="https://www.w3.org/TR/annotation-model/#motivation-and-purpose"/>),
/// so the well-known values here are the ones <see cref="Motivation"/> declares, IIIF's <c>painting</c> and
/// <c>supplementing</c> included: one list serves both.</para>
/// <para>An extensible enumeration: any other string passes through unchanged, so values from extensions or
/// mistakes survive a round trip. Comparison is ordinal and case-sensitive, as in JSON-LD. Immutable and
/// thread-safe.</para>
/// </remarks>
public readonly struct Purpose : IEquatable<Purpose>
{
    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"tagging"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public Purpose(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>painting</c>: the body is content painted on the target Canvas.</summary>
    public static Purpose Painting { get; } = FromMotivation(Motivation.Painting);

    /// <summary>Gets <c>supplementing</c>: the body is derived from the target's content, such as a transcription.</summary>
    public static Purpose Supplementing { get; } = FromMotivation(Motivation.Supplementing);

    /// <summary>Gets <c>assessing</c>: the body assesses the target.</summary>
    public static Purpose Assessing { get; } = FromMotivation(Motivation.Assessing);

    /// <summary>Gets <c>bookmarking</c>: the body is a bookmark to the target.</summary>
    public static Purpose Bookmarking { get; } = FromMotivation(Motivation.Bookmarking);

    /// <summary>Gets <c>classifying</c>: the body classifies the target.</summary>
    public static Purpose Classifying { get; } = FromMotivation(Motivation.Classifying);

    /// <summary>Gets <c>commenting</c>: the body is a comment about the target.</summary>
    public static Purpose Commenting { get; } = FromMotivation(Motivation.Commenting);

    /// <summary>Gets <c>describing</c>: the body describes the target.</summary>
    public static Purpose Describing { get; } = FromMotivation(Motivation.Describing);

    /// <summary>Gets <c>editing</c>: the body asks for a change to the target.</summary>
    public static Purpose Editing { get; } = FromMotivation(Motivation.Editing);

    /// <summary>Gets <c>highlighting</c>: the body highlights the target.</summary>
    public static Purpose Highlighting { get; } = FromMotivation(Motivation.Highlighting);

    /// <summary>Gets <c>identifying</c>: the body identifies the target.</summary>
    public static Purpose Identifying { get; } = FromMotivation(Motivation.Identifying);

    /// <summary>Gets <c>linking</c>: the body links to a resource related to the target.</summary>
    public static Purpose Linking { get; } = FromMotivation(Motivation.Linking);

    /// <summary>Gets <c>moderating</c>: the body moderates the target.</summary>
    public static Purpose Moderating { get; } = FromMotivation(Motivation.Moderating);

    /// <summary>Gets <c>questioning</c>: the body asks a question about the target.</summary>
    public static Purpose Questioning { get; } = FromMotivation(Motivation.Questioning);

    /// <summary>Gets <c>replying</c>: the body replies to the target.</summary>
    public static Purpose Replying { get; } = FromMotivation(Motivation.Replying);

    /// <summary>Gets <c>tagging</c>: the body is a tag for the target.</summary>
    public static Purpose Tagging { get; } = FromMotivation(Motivation.Tagging);

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the specifications define (a value of <see cref="Motivation"/>).</summary>
    public bool IsKnown => Value is not null && Motivation.KnownValues.Contains(Value);

    /// <summary>Converts a JSON string to a <see cref="Purpose"/>.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    public static implicit operator Purpose(string value) => new(value);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(Purpose left, Purpose right) => left.Equals(right);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(Purpose left, Purpose right) => !left.Equals(right);

    /// <summary>Creates a <see cref="Purpose"/> from a JSON string.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    /// <returns>The value.</returns>
    public static Purpose FromString(string value) => new(value);

    /// <summary>Creates the <see cref="Purpose"/> of the same name as a motivation.</summary>
    /// <param name="motivation">The motivation.</param>
    /// <returns>The value.</returns>
    public static Purpose FromMotivation(Motivation motivation) => new(motivation.Value);

    /// <inheritdoc/>
    public bool Equals(Purpose other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Purpose other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the value as it appears in JSON.</summary>
    /// <returns>The value, or an empty string for <see langword="default"/>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
