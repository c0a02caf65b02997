namespace Iiif.Presentation;

/// <summary>Represents an Authentication API 1 access token service (<c>"type": "AuthTokenService1"</c>), written with <c>@id</c> and <c>@type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/1.0/#access-token-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthTokenService1 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthTokenService1()
        : base("AuthTokenService1", legacyKeys: true)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthTokenService1(string id)
        : this()
    {
        Id = id;
    }
}
