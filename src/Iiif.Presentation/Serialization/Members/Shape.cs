namespace Iiif.Presentation.Serialization.Members;

/// <summary>
/// The properties a class of the model holds, in canonical order: the one declaration the reader (which
/// keys it takes), the writer (in which order it writes them) and the traversal (in which order it visits
/// the resources they hold) all follow.
/// </summary>
/// <typeparam name="TOwner">The class.</typeparam>
/// <remarks>Immutable; one instance serves every thread.</remarks>
internal sealed class Shape<TOwner>
    where TOwner : class
{
    private readonly Member<TOwner>?[] _byKey;

    /// <summary>Initializes a shape.</summary>
    /// <param name="name">What the shape is of, for messages and tests (a type name).</param>
    /// <param name="members">The members in canonical order.</param>
    /// <exception cref="ArgumentException">Two members read the same key.</exception>
    public Shape(string name, params Member<TOwner>[] members)
    {
        Name = name;
        Ordered = members;
        Inline = Array.FindAll(members, member => !member.OutOfLine);
        _byKey = new Member<TOwner>?[IiifProperties.Count];
        foreach (Member<TOwner> member in members)
        {
            foreach (IiifProperty key in member.Keys)
            {
                if (_byKey[key.Index] is not null)
                {
                    throw new ArgumentException($"The shape of {name} declares '{key.Name}' twice.", nameof(members));
                }

                _byKey[key.Index] = member;
            }
        }
    }

    /// <summary>Gets what the shape is of.</summary>
    public string Name { get; }

    /// <summary>Gets the members in canonical order.</summary>
    public IReadOnlyList<Member<TOwner>> Members => Ordered;

    /// <summary>Gets the members in canonical order, as an array the hot loops index.</summary>
    internal Member<TOwner>[] Ordered { get; }

    /// <summary>Gets the members in canonical order but those kept out of line: all that a resource without
    /// <see cref="SparseProperties"/> can have set (it has no extension data either, which is kept there).</summary>
    internal Member<TOwner>[] Inline { get; }

    /// <summary>Returns the members that can be set on an instance, in canonical order: the
    /// <see cref="Inline"/> ones when it is a resource that keeps nothing out of line (most do), else all.</summary>
    internal Member<TOwner>[] MembersOf(TOwner owner) => owner is IiifResource { SparseOrNull: null } ? Inline : Ordered;

    /// <summary>Returns the member that reads a key, or <see langword="null"/> when the class has none.</summary>
    public Member<TOwner>? For(IiifProperty key) => _byKey[key.Index];

    /// <summary>Returns whether any member but the id's is set: whether a resource read from a bare URI
    /// string must now be written as an object so nothing set is lost.</summary>
    public bool HasAnyButId(TOwner owner)
    {
        foreach (Member<TOwner> member in MembersOf(owner))
        {
            if (!ReferenceEquals(member.Property, IiifProperties.Id) && member.IsSet(owner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Makes every <see cref="Member{TOwner}.Required"/> property of a full resource the library
    /// creates written, even when it has no value.</summary>
    public void EnsureRequiredWritten(TOwner owner)
    {
        foreach (Member<TOwner> member in Ordered)
        {
            if (member.Required)
            {
                member.EnsureWritten(owner);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
