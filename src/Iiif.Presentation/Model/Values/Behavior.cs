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
    // Declared before the well-known values, whose initializers add themselves to them in order.
    private static readonly List<string> s_known = [];
    private static readonly Dictionary<string, ResourceKind[]> s_allowedOn = new(StringComparer.Ordinal);
    private static readonly ResourceKind[] s_temporal = [ResourceKind.Collection, ResourceKind.Manifest, ResourceKind.Canvas, ResourceKind.Range];
    private static readonly ResourceKind[] s_layout = [ResourceKind.Collection, ResourceKind.Manifest, ResourceKind.Range];

    /// <summary>Initializes a value from its JSON string.</summary>
    /// <param name="value">The value as it appears in JSON, for example <c>"auto-advance"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public Behavior(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Gets <c>auto-advance</c>: moves on to the next Canvas when the current one ends (Collections, Manifests, Canvases, Ranges).</summary>
    public static Behavior AutoAdvance { get; } = Define("auto-advance", s_temporal);

    /// <summary>Gets <c>no-auto-advance</c>: does not move on to the next Canvas when the current one ends (the default).</summary>
    public static Behavior NoAutoAdvance { get; } = Define("no-auto-advance", s_temporal);

    /// <summary>Gets <c>repeat</c>: goes back to the first Canvas after the last (Collections, Manifests).</summary>
    public static Behavior Repeat { get; } = Define("repeat", ResourceKind.Collection, ResourceKind.Manifest);

    /// <summary>Gets <c>no-repeat</c>: does not go back to the first Canvas after the last (the default).</summary>
    public static Behavior NoRepeat { get; } = Define("no-repeat", ResourceKind.Collection, ResourceKind.Manifest);

    /// <summary>Gets <c>unordered</c>: the items have no inherent order.</summary>
    public static Behavior Unordered { get; } = Define("unordered", s_layout);

    /// <summary>Gets <c>individuals</c>: each item is distinct, for example a set of photographs (the default).</summary>
    public static Behavior Individuals { get; } = Define("individuals", s_layout);

    /// <summary>Gets <c>continuous</c>: the items are parts of one whole, for example a scroll.</summary>
    public static Behavior Continuous { get; } = Define("continuous", s_layout);

    /// <summary>Gets <c>paged</c>: the items are pages of a bound volume, shown in openings.</summary>
    public static Behavior Paged { get; } = Define("paged", s_layout);

    /// <summary>Gets <c>facing-pages</c>: the Canvas already shows both parts of an opening (Canvases).</summary>
    public static Behavior FacingPages { get; } = Define("facing-pages", ResourceKind.Canvas);

    /// <summary>Gets <c>non-paged</c>: the Canvas is not part of the page sequence, for example a foldout (Canvases).</summary>
    public static Behavior NonPaged { get; } = Define("non-paged", ResourceKind.Canvas);

    /// <summary>Gets <c>multi-part</c>: the Collection holds the parts of one logical whole (Collections).</summary>
    public static Behavior MultiPart { get; } = Define("multi-part", ResourceKind.Collection);

    /// <summary>Gets <c>together</c>: the Collection's items are shown together (Collections).</summary>
    public static Behavior Together { get; } = Define("together", ResourceKind.Collection);

    /// <summary>Gets <c>sequence</c>: the Range is an alternative order of the Canvases (top-level Ranges).</summary>
    public static Behavior Sequence { get; } = Define("sequence", ResourceKind.Range);

    /// <summary>Gets <c>thumbnail-nav</c>: the Range is navigation by thumbnails (Ranges).</summary>
    public static Behavior ThumbnailNav { get; } = Define("thumbnail-nav", ResourceKind.Range);

    /// <summary>Gets <c>no-nav</c>: the Range is not shown in navigation (Ranges).</summary>
    public static Behavior NoNav { get; } = Define("no-nav", ResourceKind.Range);

    /// <summary>Gets <c>hidden</c>: the resource is not rendered by default (annotations, pages, collections, specific resources, choices).</summary>
    public static Behavior Hidden { get; } = Define("hidden", ResourceKind.AnnotationCollection, ResourceKind.AnnotationPage, ResourceKind.Annotation, ResourceKind.SpecificResource, ResourceKind.Choice);

    /// <summary>Gets the values the specification defines, in the order above: the one list the reader,
    /// the builder and the validator consult.</summary>
    internal static IReadOnlyList<string> KnownValues => s_known;

    /// <summary>Gets the value as it appears in JSON.</summary>
    public string Value { get; }

    /// <summary>Gets whether the value is one the specification defines.</summary>
    public bool IsKnown => Value is not null && s_known.Contains(Value);

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

    /// <summary>Returns the kinds of resource a value the specification defines may be given on, or
    /// <see langword="null"/> for a value it does not define.</summary>
    internal static ResourceKind[]? AllowedOn(string value) => s_allowedOn.TryGetValue(value, out ResourceKind[]? kinds) ? kinds : null;

    private static Behavior Define(string value, params ResourceKind[] allowedOn)
    {
        s_known.Add(value);
        s_allowedOn.Add(value, allowedOn);
        return new Behavior(value);
    }
}
