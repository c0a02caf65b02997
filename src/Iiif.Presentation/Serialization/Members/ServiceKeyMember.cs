namespace Iiif.Presentation.Serialization.Members;

/// <summary>A service's <c>id</c> or <c>type</c>, which older service APIs write as <c>@id</c> and <c>@type</c>:
/// the key read is remembered (<see cref="Service.UsesAtId"/>, <see cref="Service.UsesAtType"/>) and written again.</summary>
/// <param name="property">The property, <c>id</c> or <c>type</c>.</param>
/// <param name="atKey">Its <c>@</c> form.</param>
/// <param name="codec">Reads the value.</param>
/// <param name="get">Gets the value.</param>
/// <param name="set">Sets the value.</param>
/// <param name="usesAt">Gets whether the service was read with the <c>@</c> form.</param>
/// <param name="setUsesAt">Sets whether the service was read with the <c>@</c> form.</param>
internal sealed class ServiceKeyMember(IiifProperty property, IiifProperty atKey, StringCodec codec, Func<Service, string?> get, Action<Service, string?> set,
    Func<Service, bool> usesAt, Action<Service, bool> setUsesAt)
    : Member<IiifResource>(property, Slot.Any, typeof(string), atKey)
{
    private readonly IiifProperty _atKey = atKey;

    /// <summary>Gets the member for <c>id</c> and <c>@id</c>.</summary>
    public static ServiceKeyMember Id { get; } = new(IiifProperties.Id, IiifProperties.AtId, StringCodec.SharedId,
        s => s.Id, (s, v) => s.Id = v, s => s.UsesAtId, (s, v) => s.UsesAtId = v);

    /// <summary>Gets the member for <c>type</c> and <c>@type</c>.</summary>
    public static ServiceKeyMember Type { get; } = new(IiifProperties.Type, IiifProperties.AtType, StringCodec.Vocabulary,
        s => s.Type, (s, v) => s.Type = v, s => s.UsesAtType, (s, v) => s.UsesAtType = v);

    /// <inheritdoc/>
    public override bool IsSet(IiifResource owner) => get((Service)owner) is not null;

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, IiifResource owner, IiifProperty key, Slot ownerSlot)
    {
        var service = (Service)owner;
        bool readAtKey = ReferenceEquals(key, _atKey);
        if (get(service) is not null)
        {
            // A service may carry both keys; the first names the value, the other is kept as read.
            if (usesAt(service) == readAtKey)
            {
                ThrowDuplicate(key);
            }

            return false;
        }

        setUsesAt(service, readAtKey);
        if (!codec.TryRead(ref reader, Slot, out string? value))
        {
            return false;
        }

        set(service, value);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IiifResource owner, ref WriteState state)
    {
        var service = (Service)owner;
        IiifProperty key = usesAt(service) ? _atKey : Property;
        if (get(service) is not { } value)
        {
            state.WriteRaw(writer, key);
            return;
        }

        writer.WriteString(key.EncodedName, value);
        state.Add(key);
    }
}
