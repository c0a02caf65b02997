namespace Iiif.Presentation.Validation;

/// <summary>Options for one validation.</summary>
/// <remarks>Set up once and share: validation never changes them.</remarks>
public sealed class ValidationOptions
{
    /// <summary>Gets or sets which layers run; both by default.</summary>
    public ValidationLayers Layers { get; set; } = ValidationLayers.All;

    /// <summary>Gets or sets whether warnings count as errors: they are reported with error severity,
    /// so a document with warnings is not valid.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>
    /// Gets or sets the URL the document was fetched from, if it was; the top resource's <c>id</c> must
    /// then equal it (<c>P3-ID-07</c>). The validator itself never fetches anything.
    /// </summary>
    public Uri? SourceUri { get; set; }

    internal static ValidationOptions Default { get; } = new();
}
