namespace Iiif.Presentation;

/// <summary>
/// Represents the <c>transformation</c> of a georeference annotation's body: which algorithm turns the
/// control points into a mapping from the image to the Earth (<see cref="Type"/>), and its options.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/extension/georef/"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Transformation : IJsonObject
{
    /// <summary>The <c>type</c> <c>polynomial</c>: a polynomial transformation, whose <c>options.order</c> is 1, 2 or 3.</summary>
    public const string Polynomial = "polynomial";

    /// <summary>The <c>type</c> <c>thinPlateSpline</c>: a thin plate spline through every control point.</summary>
    public const string ThinPlateSpline = "thinPlateSpline";

    private ExtensionDataCollection? _extensions;

    /// <summary>Gets or sets the algorithm (<c>type</c>), for example <see cref="Polynomial"/> or
    /// <see cref="ThinPlateSpline"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the algorithm's options (<c>options</c>), such as <c>{"order": 1}</c>, as the JSON
    /// read (members in their order); <see langword="null"/> when there are none.</summary>
    public JsonElement? Options { get; set; }

    /// <summary>Gets the members the model has no typed property for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => _extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => _extensions;
        set => _extensions = value;
    }

    /// <summary>Returns the type, for debugging.</summary>
    /// <returns>The type.</returns>
    public override string ToString() => Type ?? nameof(Transformation);
}
