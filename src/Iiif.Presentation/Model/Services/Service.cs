using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation;

/// <summary>
/// Represents a service: an API a client may call for a resource, listed in <c>service</c> or
/// <c>services</c>. Services of types this library does not know are read as this class, with their
/// properties in <see cref="IiifResource.ExtensionData"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#service"/>.</para>
/// <para>
/// Services of APIs older than Presentation 3 (Image API 2, Auth 1, Search 1) use the JSON-LD
/// keywords <c>@id</c> and <c>@type</c>; newer ones use <c>id</c> and <c>type</c>.
/// <see cref="UsesAtId"/> and <see cref="UsesAtType"/> keep the keys that were read, or the ones the
/// service's own API uses when it is created in code. A service without a <c>type</c> is recognised by
/// its <c>@context</c> or <c>profile</c>.
/// </para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public class Service : IiifResource
{
    internal List<JsonElement>? ProfileTail;
    internal List<ImageProfile>? ProfileDescriptionList;
    internal bool ProfileIsArray;

    /// <summary>Initializes a service of a given type, written with <c>id</c> and <c>type</c>.</summary>
    /// <param name="type">The <c>type</c>, such as <c>"ImageService3"</c>; <see langword="null"/> for none.</param>
    [SuppressMessage("ApiDesign", "RS0022", Justification = "IiifResource has no protected members to expose; types this library does not know need a public constructor.")]
    public Service(string? type)
        : base(ResourceKind.Service, type)
    {
    }

    private protected Service(string type, bool legacyKeys)
        : base(ResourceKind.Service, type)
    {
        UsesAtId = legacyKeys;
        UsesAtType = legacyKeys;
    }

    /// <summary>Gets or sets whether the id is written as <c>@id</c> rather than <c>id</c>.</summary>
    public bool UsesAtId { get; set; }

    /// <summary>Gets or sets whether the type is written as <c>@type</c> rather than <c>type</c>.</summary>
    public bool UsesAtType { get; set; }

    /// <summary>Gets or sets the profile of the service, such as its compliance level (<c>profile</c>).</summary>
    /// <remarks>Image API 2 services may give a list whose first entry is the compliance level and
    /// whose other entries describe extra features; this property is then that first entry, and the
    /// others are kept and written back after it (typed as <see cref="ImageService2.ProfileDescriptions"/>).</remarks>
    public string? Profile { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.Service;
}
