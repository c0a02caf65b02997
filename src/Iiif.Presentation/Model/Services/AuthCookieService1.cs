namespace Iiif.Presentation;

/// <summary>Represents an Authentication API 1 cookie service: the page where the user logs in, clicks through or is recognised (<c>"type": "AuthCookieService1"</c>), written with <c>@id</c> and <c>@type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/1.0/#cookie-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthCookieService1 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthCookieService1()
        : base("AuthCookieService1", legacyKeys: true)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthCookieService1(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets or sets the heading of the client's login prompt (<c>header</c>).</summary>
    public string? Header { get; set; }

    /// <summary>Gets or sets the text of the client's login prompt (<c>description</c>).</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the label of the button that opens the login page (<c>confirmLabel</c>).</summary>
    public string? ConfirmLabel { get; set; }

    /// <summary>Gets or sets the heading shown when access is still denied (<c>failureHeader</c>).</summary>
    public string? FailureHeader { get; set; }

    /// <summary>Gets or sets the text shown when access is still denied (<c>failureDescription</c>).</summary>
    public string? FailureDescription { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.AuthCookieService1;
}
