namespace Iiif.Presentation.Serialization.Members;

/// <summary>
/// One property of one class of the model: how it is read into an instance, whether it is set, how it is
/// written, and which resources it holds. A class's members in order make its <see cref="Shape{TOwner}"/>,
/// the one declaration that the reader, the writer and the traversal all follow.
/// </summary>
/// <typeparam name="TOwner">The class, or a base class, that holds the property.</typeparam>
/// <remarks>Members hold no state of their own; one instance serves every thread.</remarks>
internal abstract class Member<TOwner>
    where TOwner : class
{
    /// <summary>Initializes a member.</summary>
    /// <param name="property">The property.</param>
    /// <param name="slot">Where its resource values sit, which decides their class.</param>
    /// <param name="valueType">The type of a value, or of an item of a list.</param>
    /// <param name="atKey">The <c>@</c> form of the property that older service APIs write, if the member reads it too.</param>
    protected Member(IiifProperty property, Slot slot, Type valueType, IiifProperty? atKey = null)
    {
        Property = property;
        Slot = slot;
        ValueType = valueType;
        Keys = atKey is null ? [property] : [property, atKey];
    }

    /// <summary>Gets the property.</summary>
    public IiifProperty Property { get; }

    /// <summary>Gets where its resource values sit.</summary>
    public Slot Slot { get; }

    /// <summary>Gets the keys the member reads: its property, and for services the <c>@</c> form of it too.</summary>
    public IiifProperty[] Keys { get; }

    /// <summary>Gets whether its values are resources, which the traversal visits.</summary>
    public virtual bool HoldsResources => false;

    /// <summary>Gets whether a full resource of the class must have the property even when it has no value
    /// (an empty <c>items</c>, which the official schema requires on a Manifest, Canvas, Range, AnnotationPage,
    /// Collection and Choice), so that what the builder and the upgrader create writes it.</summary>
    public bool Required { get; init; }

    /// <summary>Gets whether the value is kept in the resource's <see cref="SparseProperties"/>, which most
    /// resources lack: the writer passes over such a member without asking when a resource has none.</summary>
    /// <remarks>Set by the members <see cref="ResourceMembers"/> makes over that storage, never by hand.</remarks>
    public bool OutOfLine { get; init; }

    /// <summary>Gets the type of one of its values in the model (of an item, for a list).</summary>
    public Type ValueType { get; }

    /// <summary>Returns whether the instance has a value for the property that would be written.</summary>
    public abstract bool IsSet(TOwner owner);

    /// <summary>Reads the value the reader is on into the instance.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token on success.</param>
    /// <param name="owner">The instance.</param>
    /// <param name="key">The key read, one of <see cref="Keys"/>.</param>
    /// <param name="ownerSlot">Where the instance sits.</param>
    /// <returns><see langword="false"/> when the value has a shape the model cannot hold; the reader is then
    /// where it was, and the caller keeps the raw value.</returns>
    /// <exception cref="JsonException">The instance already has a value: the key is given twice.</exception>
    public abstract bool Read(ref Utf8JsonReader reader, TOwner owner, IiifProperty key, Slot ownerSlot);

    /// <summary>Writes the property, name and value, when it is set; else the raw value kept for it, if any.</summary>
    public abstract void Write(Utf8JsonWriter writer, TOwner owner, ref WriteState state);

    /// <summary>Makes a <see cref="Required"/> property written even when it has no value.</summary>
    public virtual void EnsureWritten(TOwner owner)
    {
    }

    /// <summary>Gives the visitor every resource the property holds, in order.</summary>
    public virtual void VisitResources(TOwner owner, IResourceVisitor visitor)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => Property.Name;

    /// <summary>Throws for a key given twice in one object.</summary>
    protected static void ThrowDuplicate(IiifProperty key) => IiifReader.ThrowDuplicate(key.Name);
}
