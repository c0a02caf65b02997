namespace Iiif.Presentation;

/// <summary>Represents an Authorization Flow API 2 probe service: where a client asks whether the user may see a resource (<c>"type": "AuthProbeService2"</c>), written with <c>id</c> and <c>type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/2.0/#probe-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthProbeService2 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthProbeService2()
        : base("AuthProbeService2", legacyKeys: false)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthProbeService2(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets or sets the heading shown when the probe fails (<c>errorHeading</c>).</summary>
    public LanguageMap? ErrorHeading { get; set; }

    /// <summary>Gets or sets the text shown when the probe fails (<c>errorNote</c>).</summary>
    public LanguageMap? ErrorNote { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.AuthProbeService2;
}
