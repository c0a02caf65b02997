namespace Iiif.Presentation;

/// <summary>
/// Represents the CSS stylesheet of an Annotation (<c>stylesheet</c>): embedded
/// (<c>{"type": "CssStylesheet", "value": ".red { color: red }"}</c>), referenced by an object with an id, or
/// given as a bare URI string (<see cref="IsUriString"/>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/>; the classes it defines are named
/// by the <c>styleClass</c> of a <see cref="SpecificResource"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class CssStylesheet : IJsonObject
{
    internal ExtensionDataCollection? Extensions;

    /// <summary>Initializes a stylesheet with no properties but its type.</summary>
    public CssStylesheet()
    {
        Type = "CssStylesheet";
    }

    /// <summary>Gets or sets the stylesheet's URI (<c>id</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the type (<c>type</c>), as read or <c>CssStylesheet</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the CSS text of an embedded stylesheet (<c>value</c>).</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets whether the stylesheet was given as a bare URI string and is written back so
    /// while it has nothing but its <see cref="Id"/>.</summary>
    public bool IsUriString { get; set; }

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Creates an embedded stylesheet.</summary>
    /// <param name="css">The CSS text.</param>
    /// <returns>The stylesheet.</returns>
    public static CssStylesheet Embedded(string css) => new() { Value = css };

    /// <summary>Creates a reference to a stylesheet, written as a bare URI string.</summary>
    /// <param name="uri">The stylesheet's URI.</param>
    /// <returns>The stylesheet.</returns>
    public static CssStylesheet Reference(string uri) => new() { Id = uri, Type = null, IsUriString = true };

    /// <summary>Returns the type and id, for debugging.</summary>
    /// <returns>The type and id.</returns>
    public override string ToString() => $"{Type} {Id}";
}
