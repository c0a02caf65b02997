namespace Iiif.Presentation.Vocabulary;

/// <summary>A JSON property name of the vocabulary, with what the specifications say about it.</summary>
/// <remarks>The instances are in <see cref="IiifProperties"/>, each with its place in that table
/// (<see cref="Index"/>), which the reader and the writer use to index per-type tables. Immutable.</remarks>
internal sealed class IiifProperty
{
    /// <summary>Initializes a property.</summary>
    /// <param name="name">The JSON name.</param>
    /// <param name="index">Its place in <see cref="IiifProperties.All"/>.</param>
    /// <param name="facts">What the specifications say about it.</param>
    public IiifProperty(string name, int index, PropertyFacts facts)
    {
        Name = name;
        Index = index;
        Facts = facts;
        EncodedName = JsonEncodedText.Encode(name);
    }

    /// <summary>Gets the JSON name.</summary>
    public string Name { get; }

    /// <summary>Gets the property's place in <see cref="IiifProperties.All"/>.</summary>
    public int Index { get; }

    /// <summary>Gets what the specifications say about it.</summary>
    public PropertyFacts Facts { get; }

    /// <summary>Gets the name encoded once for the writer.</summary>
    public JsonEncodedText EncodedName { get; }

    /// <summary>Returns whether the specifications say all of the given facts.</summary>
    public bool Has(PropertyFacts facts) => (Facts & facts) == facts;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
