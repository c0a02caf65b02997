namespace Iiif.Presentation.Serialization.Members;

/// <summary>A service's <c>id</c> or <c>type</c>, which older service APIs write as <c>@id</c> and <c>@type</c>:
/// the key read is remembered (<see cref="Service.UsesAtId"/>, <see cref="Service.UsesAtType"/>) and written again.</summary>
internal sealed class ServiceKeyMember : Member<IiifResource>
{
    private readonly IiifProperty _atKey;
    private readonly StringCodec _codec;
    private readonly Func<Service, string?> _get;
    private readonly Action<Service, string?> _set;
    private readonly Func<Service, bool> _usesAt;
    private readonly Action<Service, bool> _setUsesAt;

    private ServiceKeyMember(IiifProperty key, IiifProperty atKey, StringCodec codec, Func<Service, string?> get, Action<Service, string?> set,
        Func<Service, bool> usesAt, Action<Service, bool> setUsesAt)
        : base(key, Slot.Any)
    {
        _atKey = atKey;
        _codec = codec;
        _get = get;
        _set = set;
        _usesAt = usesAt;
        _setUsesAt = setUsesAt;
        Keys = [key, atKey];
    }

    /// <summary>Gets the member for <c>id</c> and <c>@id</c>.</summary>
    public static ServiceKeyMember Id { get; } = new(IiifProperties.Id, IiifProperties.AtId, StringCodec.SharedId,
        s => s.Id, (s, v) => s.Id = v, s => s.UsesAtId, (s, v) => s.UsesAtId = v);

    /// <summary>Gets the member for <c>type</c> and <c>@type</c>.</summary>
    public static ServiceKeyMember Type { get; } = new(IiifProperties.Type, IiifProperties.AtType, StringCodec.Vocabulary,
        s => s.Type, (s, v) => s.Type = v, s => s.UsesAtType, (s, v) => s.UsesAtType = v);

    /// <inheritdoc/>
    public override Type ValueType => typeof(string);

    /// <inheritdoc/>
    public override bool IsSet(IiifResource owner) => _get((Service)owner) is not null;

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, IiifResource owner, IiifProperty key, Slot ownerSlot)
    {
        var service = (Service)owner;
        bool atKey = ReferenceEquals(key, _atKey);
        if (_get(service) is not null)
        {
            // A service may carry both keys; the first names the value, the other is kept as read.
            if (_usesAt(service) == atKey)
            {
                ThrowDuplicate(key);
            }

            return false;
        }

        _setUsesAt(service, atKey);
        if (!_codec.TryRead(ref reader, Slot, out string? value))
        {
            return false;
        }

        _set(service, value);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IiifResource owner, ref WriteState state)
    {
        var service = (Service)owner;
        IiifProperty key = _usesAt(service) ? _atKey : Property;
        if (_get(service) is not { } value)
        {
            state.WriteRaw(writer, key);
            return;
        }

        writer.WriteString(key.EncodedName, value);
        state.Add(key);
    }
}
