namespace Iiif.Presentation.Serialization.Members;

/// <summary>A resource's <c>type</c>: a string, or an array of types as JSON-LD allows, which is kept as read
/// while it still names <see cref="IiifResource.Type"/>.</summary>
internal sealed class TypeMember : Member<IiifResource>
{
    private TypeMember()
        : base(IiifProperties.Type, Slot.Any, typeof(string))
    {
    }

    /// <summary>Gets the instance.</summary>
    public static TypeMember Instance { get; } = new();

    /// <inheritdoc/>
    public override bool IsSet(IiifResource owner) => owner.Type is not null;

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, IiifResource owner, IiifProperty key, Slot ownerSlot)
    {
        if (owner.Type is not null)
        {
            ThrowDuplicate(key);
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // The type the model knows is the Type; the array itself stays in the extension data.
            owner.Type = IiifReader.FindTypeInArray(reader, out IiifType? known) is { } named && known is not null ? named : null;
            return false;
        }

        return StringCodec.Vocabulary.TryRead(ref reader, Slot, out string? type) && (owner.Type = type) is not null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IiifResource owner, ref WriteState state) => state.WriteType(writer, owner.Type);
}
