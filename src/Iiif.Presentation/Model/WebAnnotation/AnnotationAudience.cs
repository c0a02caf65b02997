namespace Iiif.Presentation;

/// <summary>
/// Represents the audience a resource of the Web Annotation model is meant for (<c>audience</c>): an object
/// whose <c>type</c> is a schema.org Audience class (<c>schema:EducationalAudience</c>, …) and whose other
/// properties are schema.org's (<c>schema:educationalRole</c>, …), or its URI alone.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#intended-audience"/>.</para>
/// <para>The schema.org properties are kept in <see cref="ExtensionData"/>, in the order read.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class AnnotationAudience : IJsonObject
{
    internal ExtensionDataCollection? Extensions;

    /// <summary>Gets or sets the audience's URI (<c>id</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the audience's class (<c>type</c>), such as <c>schema:EducationalAudience</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets whether the audience was given as a bare URI string and is written back so while it
    /// has nothing but its <see cref="Id"/>.</summary>
    public bool IsUriString { get; set; }

    /// <summary>Gets the audience's other properties (schema.org's), in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }
}
