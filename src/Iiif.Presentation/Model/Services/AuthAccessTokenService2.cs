namespace Iiif.Presentation;

/// <summary>Represents an Authorization Flow API 2 access token service (<c>"type": "AuthAccessTokenService2"</c>), written with <c>id</c> and <c>type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/2.0/#access-token-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthAccessTokenService2 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthAccessTokenService2()
        : base("AuthAccessTokenService2", legacyKeys: false)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthAccessTokenService2(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets or sets the heading shown when no token can be had (<c>errorHeading</c>).</summary>
    public LanguageMap? ErrorHeading { get; set; }

    /// <summary>Gets or sets the text shown when no token can be had (<c>errorNote</c>).</summary>
    public LanguageMap? ErrorNote { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.AuthAccessTokenService2;
}
