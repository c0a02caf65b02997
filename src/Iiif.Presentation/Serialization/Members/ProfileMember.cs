namespace Iiif.Presentation.Serialization.Members;

/// <summary>A service's <c>profile</c>: a string, or (Image API 2) an array whose first entry is the
/// compliance level and whose other entries are kept as read.</summary>
internal sealed class ProfileMember : Member<IiifResource>
{
    private ProfileMember()
        : base(IiifProperties.Profile, Slot.Any, typeof(string))
    {
    }

    /// <summary>Gets the instance.</summary>
    public static ProfileMember Instance { get; } = new();

    /// <inheritdoc/>
    public override bool IsSet(IiifResource owner) => owner is Service { Profile: not null } or Service { ProfileIsArray: true };

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, IiifResource owner, IiifProperty key, Slot ownerSlot)
    {
        var service = (Service)owner;
        if (IsSet(service))
        {
            ThrowDuplicate(key);
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            service.Profile = WellKnownStrings.Get(ref reader);
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        Utf8JsonReader start = reader;
        IiifReader.Next(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            reader = start;
            return false;
        }

        string profile = WellKnownStrings.Get(ref reader);
        var tail = new List<JsonElement>();
        while (true)
        {
            IiifReader.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            DuplicateKeys.Check(ref reader);
            tail.Add(JsonElement.ParseValue(ref reader));
        }

        service.Profile = profile;
        service.ProfileTail = tail;
        service.ProfileIsArray = true;
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IiifResource owner, ref WriteState state)
    {
        var service = (Service)owner;
        if (!service.ProfileIsArray)
        {
            if (service.Profile is null)
            {
                state.WriteRaw(writer, Property);
                return;
            }

            writer.WriteString(Property.EncodedName, service.Profile);
            state.Add(Property);
            return;
        }

        writer.WritePropertyName(Property.EncodedName);
        writer.WriteStartArray();
        if (service.Profile is not null)
        {
            writer.WriteStringValue(service.Profile);
        }

        if (service.ProfileTail is not null)
        {
            foreach (JsonElement element in service.ProfileTail)
            {
                element.WriteTo(writer);
            }
        }

        writer.WriteEndArray();
        state.Add(Property);
    }
}
