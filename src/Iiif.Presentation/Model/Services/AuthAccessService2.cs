namespace Iiif.Presentation;

/// <summary>Represents an Authorization Flow API 2 access service: the page where the user gains access (<c>"type": "AuthAccessService2"</c>), written with <c>id</c> and <c>type</c> unless read otherwise.</summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/auth/2.0/#access-service"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AuthAccessService2 : Service
{
    /// <summary>Initializes a service with no properties but its type.</summary>
    public AuthAccessService2()
        : base("AuthAccessService2", legacyKeys: false)
    {
    }

    /// <summary>Initializes a service with an id.</summary>
    /// <param name="id">The service's URI.</param>
    public AuthAccessService2(string id)
        : this()
    {
        Id = id;
    }

    /// <summary>Gets or sets the heading of the client's prompt (<c>heading</c>).</summary>
    public LanguageMap? Heading { get; set; }

    /// <summary>Gets or sets the text of the client's prompt (<c>note</c>).</summary>
    public LanguageMap? Note { get; set; }

    /// <summary>Gets or sets the label of the button that opens the access page (<c>confirmLabel</c>).</summary>
    public LanguageMap? ConfirmLabel { get; set; }

    internal override Shape<IiifResource> Shape => ResourceShapes.AuthAccessService2;
}
