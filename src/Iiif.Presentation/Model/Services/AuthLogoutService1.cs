namespace Iiif.Presentation;

/// <summary>Represents an Authentication API 1 logout service (<c>"type": "AuthLogoutService1"</c>), written with <c>@id</c> and <c>@type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/1.0/#logout-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthLogoutService1 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthLogoutService1()
        : base("AuthLogoutService1", legacyKeys: true)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthLogoutService1(string id)
        : this()
    {
        Id = id;
    }
}
