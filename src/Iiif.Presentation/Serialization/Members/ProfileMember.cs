namespace Iiif.Presentation.Serialization.Members;

/// <summary>A service's <c>profile</c>: a string, or (Image API 2) an array whose first entry is the
/// compliance level and whose other entries are, for an Image API 2 service, profile descriptions
/// (<see cref="ImageProfile"/>) up to the first entry that is not an object, and kept as read from there.</summary>
internal sealed class ProfileMember : Member<IiifResource>
{
    private ProfileMember()
        : base(IiifProperties.Profile, Slot.Any, typeof(string))
    {
    }

    /// <summary>Gets the instance.</summary>
    public static ProfileMember Instance { get; } = new();

    /// <inheritdoc/>
    public override bool IsSet(IiifResource owner) => owner is Service service && (service.Profile is not null || IsArray(service));

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
        List<ImageProfile>? descriptions = null;
        var tail = new List<JsonElement>();
        while (true)
        {
            IiifReader.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (service is ImageService2 && tail.Count == 0 &&
                ValueShapes.ImageProfileCodec.TryRead(ref reader, ownerSlot, out ImageProfile? description))
            {
                (descriptions ??= []).Add(description);
                continue;
            }

            DuplicateKeys.Check(ref reader);
            tail.Add(JsonElement.ParseValue(ref reader));
        }

        service.Profile = profile;
        service.ProfileDescriptionList = descriptions;
        service.ProfileTail = tail;
        service.ProfileIsArray = true;
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IiifResource owner, ref WriteState state)
    {
        var service = (Service)owner;
        if (!IsArray(service))
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

        if (service.ProfileDescriptionList is not null)
        {
            foreach (ImageProfile description in service.ProfileDescriptionList)
            {
                ValueShapes.ImageProfileCodec.Write(writer, description, Property);
            }
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

    /// <summary>Whether <c>profile</c> is written as a list: it was read as one, or has descriptions.</summary>
    private static bool IsArray(Service service) => service.ProfileIsArray || service.ProfileDescriptionList is { Count: > 0 };
}
