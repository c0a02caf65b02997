namespace Iiif.Presentation;

/// <summary>
/// Represents an agent of the Web Annotation model: who created a resource (<c>creator</c>) or what software
/// generated it (<c>generator</c>, <c>renderedVia</c>). Agents of the types the model names have their own
/// classes (<see cref="Person"/>, <see cref="Organization"/>, <see cref="Software"/>); an agent of any other
/// type, or of none, is read as this class, and an agent given as a bare URI string as one with
/// <see cref="IsUriString"/> set.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#agents"/>. Not the IIIF
/// <see cref="Agent"/> of <c>provider</c>, which has a label, a homepage and a logo.</para>
/// <para>Properties without a typed member here (an agent's <c>label</c>, say) are kept in
/// <see cref="ExtensionData"/>, as is a typed property whose value has a JSON shape the model cannot hold.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public class AnnotationAgent : IJsonObject
{
    internal ExtensionDataCollection? Extensions;
    internal OneOrMany<string>? EmailList;
    internal OneOrMany<string>? EmailSha1List;
    internal OneOrMany<string>? HomepageList;

    /// <summary>Initializes an agent of a given type.</summary>
    /// <param name="type">The <c>type</c>; <see langword="null"/> for none.</param>
    public AnnotationAgent(string? type)
    {
        Type = type;
    }

    /// <summary>Gets or sets the agent's URI (<c>id</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the type of the agent (<c>type</c>), as read or as the class sets it.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the agent's name (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the agent's nickname or account name (<c>nickname</c>).</summary>
    public string? Nickname { get; set; }

    /// <summary>Gets the agent's email addresses, as <c>mailto:</c> URIs (<c>email</c>).</summary>
    public IList<string> Email => EmailList ??= new OneOrMany<string>();

    /// <summary>Gets the SHA-1 hashes of the agent's <c>mailto:</c> URIs (<c>email_sha1</c>).</summary>
    public IList<string> EmailSha1 => EmailSha1List ??= new OneOrMany<string>();

    /// <summary>Gets the URIs of the agent's home pages (<c>homepage</c>), as strings.</summary>
    public IList<string> Homepage => HomepageList ??= new OneOrMany<string>();

    /// <summary>Gets or sets whether the agent was given as a bare URI string (<c>"creator": "https://…"</c>)
    /// and is written back so while it has nothing but its <see cref="Id"/>.</summary>
    public bool IsUriString { get; set; }

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Returns the type and id, for debugging.</summary>
    /// <returns>The type and id.</returns>
    public override string ToString() => $"{Type ?? GetType().Name} {Id}";

    /// <summary>Creates the agent of the class a <c>type</c> names, or of this class.</summary>
    internal static AnnotationAgent Create(string? type) => type switch
    {
        Person.TypeName => new Person(),
        Organization.TypeName => new Organization(),
        Software.TypeName => new Software(),
        _ => new AnnotationAgent(null),
    };
}
