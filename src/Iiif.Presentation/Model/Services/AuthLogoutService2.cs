namespace Iiif.Presentation;

/// <summary>Represents an Authorization Flow API 2 logout service (<c>"type": "AuthLogoutService2"</c>), written with <c>id</c> and <c>type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/2.0/#logout-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthLogoutService2 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthLogoutService2()
        : base("AuthLogoutService2", legacyKeys: false)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthLogoutService2(string id)
        : this()
    {
        Id = id;
    }
}
