using Iiif.Presentation.Validation;

namespace Iiif.Presentation.AspNetCore;

/// <summary>
/// Options for serving and receiving IIIF documents over HTTP; set them with
/// <see cref="IiifServiceCollectionExtensions.AddIiifPresentation(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{IiifPresentationOptions})"/>.
/// </summary>
/// <remarks>
/// Set the options up at start-up, then leave them: every request reads them, from many threads, and
/// none changes them.
/// </remarks>
public sealed class IiifPresentationOptions
{
    /// <summary>The default <see cref="MaxRequestBodySize"/>: 32 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 32L * 1024 * 1024;

    private long _maxRequestBodySize = DefaultMaxRequestBodySize;

    /// <summary>
    /// Gets or sets the value of the <c>Access-Control-Allow-Origin</c> header on IIIF responses:
    /// <c>*</c> by default, as the specification recommends so that any viewer can load the documents;
    /// <see langword="null"/> or empty leaves the header out (for a host with its own CORS policy).
    /// </summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#63-responses"/>.</remarks>
    public string? AllowOrigin { get; set; } = "*";

    /// <summary>Gets or sets the <c>Cache-Control</c> header on IIIF responses, or <see langword="null"/>
    /// (the default) for none.</summary>
    public string? CacheControl { get; set; }

    /// <summary>Gets or sets how documents are written; <see langword="null"/> (the default) writes
    /// canonical indented JSON, as <see cref="IiifJson.Serialize(IiifResource, IiifWriteOptions?)"/> does.</summary>
    public IiifWriteOptions? WriteOptions { get; set; }

    /// <summary>
    /// Gets or sets the largest request body, in bytes, that a bound <see cref="IiifBody{T}"/> reads; a
    /// larger one is answered with 413 and <see cref="IiifProblemTypes.TooLarge"/>.
    /// </summary>
    /// <remarks>The limit also raises or lowers the server's own request body limit (Kestrel's is about
    /// 30 MB) for the requests that bind a body, so that this value is the one that counts.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxRequestBodySize
    {
        get => _maxRequestBodySize;
        set => _maxRequestBodySize = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The request body limit must be at least 1 byte.");
    }

    /// <summary>
    /// Gets or sets whether a Presentation 2.x request body is upgraded to 3.0 (with <see cref="UpgradeOptions"/>)
    /// and then validated; by default it is refused with 422 and <see cref="IiifProblemTypes.Presentation2"/>.
    /// </summary>
    public bool UpgradeFromV2 { get; set; }

    /// <summary>Gets or sets the options of the upgrade, or <see langword="null"/> for the defaults.</summary>
    public UpgradeOptions? UpgradeOptions { get; set; }

    /// <summary>
    /// Gets or sets whether request bodies are validated (the default); when off, a body the model can
    /// read is accepted as it is.
    /// </summary>
    public bool ValidateRequestBodies { get; set; } = true;

    /// <summary>
    /// Gets or sets the validator of request bodies. When <see langword="null"/> (the default), an
    /// <see cref="IiifValidator"/> registered in the services is used, and without one, a validator of the
    /// specification's rules alone (no schema).
    /// </summary>
    /// <remarks>A validator without a schema runs only <see cref="ValidationLayers.Semantic"/>, whatever
    /// <see cref="ValidationOptions"/> asks for.</remarks>
    public IiifValidator? Validator { get; set; }

    /// <summary>Gets or sets the options of validation (layers, warnings as errors), or <see langword="null"/>
    /// for every layer the validator has.</summary>
    public ValidationOptions? ValidationOptions { get; set; }
}
