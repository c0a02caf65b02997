namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// One type of the vocabulary: the <c>type</c> string 3.0 gives it, the names Presentation 2.x and older
/// documents give it, its family and the class of the model that holds it.
/// </summary>
/// <remarks>The instances are in <see cref="IiifTypes"/>; they are immutable and thread-safe.</remarks>
/// <param name="name">The 3.0 <c>type</c> string.</param>
/// <param name="kind">The family.</param>
/// <param name="clrType">The class of the model.</param>
/// <param name="create">Makes an instance of the class, with <see cref="Name"/> as its type.</param>
/// <param name="version2Names">Other local names for the type: what Presentation 2.x (and the older
/// vocabularies it used) call it, without a prefix.</param>
internal sealed class IiifType(string name, ResourceKind kind, Type clrType, Func<object> create, params string[] version2Names)
{
    /// <summary>Gets the 3.0 <c>type</c> string.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the family.</summary>
    public ResourceKind Kind { get; } = kind;

    /// <summary>Gets the class of the model.</summary>
    public Type ClrType { get; } = clrType;

    /// <summary>Gets the other local names of the type (2.x and older), without a prefix.</summary>
    public string[] Version2Names { get; } = version2Names;

    /// <summary>Gets whether the type is one of the seven that may be a document of its own.</summary>
    public bool IsTopLevel => Kind <= ResourceKind.Annotation;

    /// <summary>Makes a resource of the type.</summary>
    public IiifResource CreateResource() => (IiifResource)create();

    /// <summary>Makes a selector of the type.</summary>
    public Selector CreateSelector() => (Selector)create();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
