using System;

namespace Iiif.Presentation;

/// <summary>Represents a value of <c>behavior</c>: how a client presents a resource.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/>.</para>
/// <para>An extensible enumeration: the well-known values are static properties, and any other
/// string passes through unchanged, so values from extensions or mistakes survive a round trip.
/// Comparison is ordinal and case-sensitive, as in JSON-LD. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Behavior : IEquatable<Behavior>
{
    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"auto-advance"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public Behavior(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>auto-advance</c>: moves on to the next Canvas when the current one ends (Collections, Manifests, Canvases, Ranges).</summary>
    public static Behavior AutoAdvance { get; } = new("auto-advance");

    /// <summary>Gets <c>no-auto-advance</c>: does not move on to the next Canvas when the current one ends (the default).</summary>
    public static Behavior NoAutoAdvance { get; } = new("no-auto-advance");

    /// <summary>Gets <c>repeat</c>: goes back to the first Canvas after the last (Collections, Manifests).</summary>
    public static Behavior Repeat { get; } = new("repeat");

    /// <summary>Gets <c>no-repeat</c>: does not go back to the first Canvas after the last (the default).</summary>
    public static Behavior NoRepeat { get; } = new("no-repeat");

    /// <summary>Gets <c>unordered</c>: the items have no inherent order.</summary>
    public static Behavior Unordered { get; } = new("unordered");

    /// <summary>Gets <c>individuals</c>: each item is distinct, for example a set of photographs (the default).</summary>
    public static Behavior Individuals { get; } = new("individuals");

    /// <summary>Gets <c>continuous</c>: the items are parts of one whole, for example a scroll.</summary>
    public static Behavior Continuous { get; } = new("continuous");

    /// <summary>Gets <c>paged</c>: the items are pages of a bound volume, shown in openings.</summary>
    public static Behavior Paged { get; } = new("paged");

    /// <summary>Gets <c>facing-pages</c>: the Canvas already shows both parts of an opening (Canvases).</summary>
    public static Behavior FacingPages { get; } = new("facing-pages");

    /// <summary>Gets <c>non-paged</c>: the Canvas is not part of the page sequence, for example a foldout (Canvases).</summary>
    public static Behavior NonPaged { get; } = new("non-paged");

    /// <summary>Gets <c>multi-part</c>: the Collection holds the parts of one logical whole (Collections).</summary>
    public static Behavior MultiPart { get; } = new("multi-part");

    /// <summary>Gets <c>together</c>: the Collection's items are shown together (Collections).</summary>
    public static Behavior Together { get; } = new("together");

    /// <summary>Gets <c>sequence</c>: the Range is an alternative order of the Canvases (top-level Ranges).</summary>
    public static Behavior Sequence { get; } = new("sequence");

    /// <summary>Gets <c>thumbnail-nav</c>: the Range is navigation by thumbnails (Ranges).</summary>
    public static Behavior ThumbnailNav { get; } = new("thumbnail-nav");

    /// <summary>Gets <c>no-nav</c>: the Range is not shown in navigation (Ranges).</summary>
    public static Behavior NoNav { get; } = new("no-nav");

    /// <summary>Gets <c>hidden</c>: the resource is not rendered by default (annotations, pages, collections, specific resources, choices).</summary>
    public static Behavior Hidden { get; } = new("hidden");

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the specification defines.</summary>
    public bool IsKnown => Value switch
    {
        "auto-advance" or "no-auto-advance" or "repeat" or "no-repeat" or "unordered" or "individuals" or "continuous" or "paged" or "facing-pages" or "non-paged" or "multi-part" or "together" or "sequence" or "thumbnail-nav" or "no-nav" or "hidden" => true,
        _ => false,
    };

    /// <summary>Converts a JSON string to a <see cref="Behavior"/>.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    public static implicit operator Behavior(string value) => new(value);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(Behavior left, Behavior right) => left.Equals(right);

    /// <summary>Compares two values ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values differ.</returns>
    public static bool operator !=(Behavior left, Behavior right) => !left.Equals(right);

    /// <summary>Creates a <see cref="Behavior"/> from a JSON string.</summary>
    /// <param name="value">The value as it appears in JSON.</param>
    /// <returns>The value.</returns>
    public static Behavior FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(Behavior other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Behavior other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the value as it appears in JSON.</summary>
    /// <returns>The value, or an empty string for <see langword="default"/>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
