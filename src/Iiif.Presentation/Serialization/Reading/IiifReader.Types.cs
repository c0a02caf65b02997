namespace Iiif.Presentation.Serialization.Reading;

internal static partial class IiifReader
{
    /// <summary>Creates the resource that will hold an object, choosing its class from the slot and,
    /// where the slot allows several, from the object's <c>type</c>.</summary>
    /// <param name="probe">A copy of the reader on the object's <c>StartObject</c>; the caller's reader stays put.</param>
    /// <param name="slot">Where the object is.</param>
    private static IiifResource Create(Utf8JsonReader probe, Slot slot)
    {
        if (Slots.FixedKind(slot) is { } fixedKind)
        {
            return IiifTypes.OfKind(fixedKind)!.CreateResource();
        }

        if (slot == Slot.Service)
        {
            return CreateService(probe);
        }

        string? typeText = PeekTypeText(probe, out IiifType? type);
        bool typed = typeText is not null;
        if (CreateGeoJson(type, typeText) is { } geoJson)
        {
            return geoJson;
        }

        // Web Annotation documents often leave out the type of a SpecificResource; its source gives it away.
        if (!typed && Slots.Family(slot) is null && HasKey(probe, "source"u8))
        {
            return new SpecificResource();
        }

        return CreateDefault(slot, type, typed);
    }

    /// <summary>Returns whether an object has a key.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    /// <param name="key">The key, as UTF-8.</param>
    private static bool HasKey(Utf8JsonReader probe, ReadOnlySpan<byte> key)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            if (probe.ValueTextEquals(key))
            {
                return true;
            }

            probe.Read();
            probe.TrySkip();
        }

        return false;
    }

    /// <summary>Creates the class for a GeoJSON FeatureCollection (a georeference annotation's body, a navPlace
    /// given on its own) or Feature (an annotation's body), types no IIIF specification names, which the model
    /// still types; <see langword="null"/> for any other object.</summary>
    /// <param name="type">The IIIF type its <c>type</c> names, if any.</param>
    /// <param name="typeText">Its <c>type</c> as written.</param>
    internal static ContentResource? CreateGeoJson(IiifType? type, string? typeText) =>
        type is not null ? null
        : typeText == GeoJsonTypes.FeatureCollection ? new FeatureCollection()
        : typeText == GeoJsonTypes.Feature ? new Feature()
        : null;

    /// <summary>Creates the class for a type in a slot: the class the slot fixes; else, an absent type takes
    /// the slot's default class, an unknown one the generic class of the slot's family.</summary>
    /// <param name="slot">Where the object is.</param>
    /// <param name="type">The type its <c>type</c> names, or <see langword="null"/>.</param>
    /// <param name="typed">Whether it has a <c>type</c> string at all.</param>
    internal static IiifResource CreateDefault(Slot slot, IiifType? type, bool typed)
    {
        if (Slots.FixedKind(slot) is { } fixedKind)
        {
            return IiifTypes.OfKind(fixedKind)!.CreateResource();
        }

        switch (Slots.Family(slot))
        {
            case ResourceKind.Content:
                return CreateContent(type);
            case ResourceKind.Service:
                return type is { Kind: ResourceKind.Service } ? type.CreateResource() : new Service(null);
        }

        if (!typed)
        {
            return Slots.UntypedKind(slot) is { } untyped ? IiifTypes.OfKind(untyped)!.CreateResource() : new ContentResource(null);
        }

        return type is null || type.Kind == ResourceKind.Selector ? new ContentResource(null) : type.CreateResource();
    }

    /// <summary>Creates a content resource: the class its type names, or the generic one.</summary>
    internal static ContentResource CreateContent(IiifType? type) =>
        type is { Kind: ResourceKind.Content } ? (ContentResource)type.CreateResource() : new ContentResource(null);

    /// <summary>Finds the type the object's <c>type</c> (or <c>@type</c>) names, wherever it is among the properties.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    /// <remarks>A <c>type</c> given as an array (<c>["DigitalObject", "AnnotationPage"]</c>, as JSON-LD
    /// allows) names the first of its strings that the vocabulary knows.</remarks>
    internal static IiifType? PeekType(Utf8JsonReader probe)
    {
        PeekTypeText(probe, out IiifType? type);
        return type;
    }

    /// <summary>Returns the object's <c>type</c> (or <c>@type</c>) string as written, or <see langword="null"/>.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    internal static string? PeekTypeText(Utf8JsonReader probe) => PeekTypeText(probe, out _);

    /// <summary>Returns the object's <c>type</c> (or <c>@type</c>) string as written and the type it names,
    /// or <see langword="null"/> when there is no string type. Of an array of types, the first the vocabulary
    /// knows is returned, else the first string.</summary>
    /// <param name="probe">A copy of the reader on <c>StartObject</c>, passed by value.</param>
    /// <param name="type">The type it names; <see langword="null"/> when none.</param>
    internal static string? PeekTypeText(Utf8JsonReader probe, out IiifType? type)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = probe.ValueTextEquals("type"u8) || probe.ValueTextEquals("@type"u8);
            probe.Read();
            if (isType && probe.TokenType == JsonTokenType.String)
            {
                // A well-known type's text is the shared string: peeking allocates nothing for it.
                type = IiifTypes.Find(ref probe);
                return WellKnownStrings.Get(ref probe);
            }

            if (isType && probe.TokenType == JsonTokenType.StartArray)
            {
                return FindTypeInArray(probe, out type);
            }

            probe.TrySkip();
        }

        type = null;
        return null;
    }

    /// <summary>Returns the first string of a <c>type</c> array that names a type of the vocabulary, else the
    /// first string, else <see langword="null"/>.</summary>
    /// <param name="probe">A copy of the reader on the array's <c>StartArray</c>, passed by value.</param>
    /// <param name="type">The type the returned string names.</param>
    internal static string? FindTypeInArray(Utf8JsonReader probe, out IiifType? type)
    {
        string? first = null;
        while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
        {
            if (probe.TokenType == JsonTokenType.String)
            {
                if (IiifTypes.Find(ref probe) is { } known)
                {
                    type = known;
                    return WellKnownStrings.Get(ref probe);
                }

                first ??= probe.GetString();
            }
            else
            {
                probe.TrySkip();
            }
        }

        type = null;
        return first;
    }

    /// <summary>Chooses a service's class from its type or, for services written without one as the Image
    /// API 1 and 2, Auth 1 and Search 1 allowed, from its <c>@context</c>, <c>profile</c> and <c>protocol</c>
    /// (<see cref="ServiceEvidence"/>).</summary>
    internal static Service CreateService(Utf8JsonReader probe)
    {
        var contexts = new List<string>(1);
        var profiles = new List<string>(1);
        string? protocol = null;
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = probe.ValueTextEquals("type"u8) || probe.ValueTextEquals("@type"u8);
            bool isContext = !isType && probe.ValueTextEquals("@context"u8);
            bool isProfile = !isType && !isContext && probe.ValueTextEquals("profile"u8);
            bool isProtocol = !isType && !isContext && !isProfile && probe.ValueTextEquals("protocol"u8);
            probe.Read();
            if (isType && probe.TokenType == JsonTokenType.String)
            {
                // The type decides; the rest matters only for services written without one.
                return IiifTypes.Find(ref probe) is { Kind: ResourceKind.Service } type ? (Service)type.CreateResource() : new Service(null);
            }

            if (isContext)
            {
                AddStrings(probe, contexts);
            }
            else if (isProfile)
            {
                AddStrings(probe, profiles);
            }
            else if (isProtocol && probe.TokenType == JsonTokenType.String)
            {
                protocol = probe.GetString();
            }

            probe.TrySkip();
        }

        return ServiceEvidence.Classify(contexts, profiles, protocol) is { } evident ? (Service)evident.CreateResource() : new Service(null);
    }

    /// <summary>Adds a string, or the strings of an array, to a list.</summary>
    /// <param name="probe">A copy of the reader on the value, passed by value.</param>
    /// <param name="strings">The list.</param>
    private static void AddStrings(Utf8JsonReader probe, List<string> strings)
    {
        if (probe.TokenType == JsonTokenType.String)
        {
            strings.Add(probe.GetString()!);
            return;
        }

        if (probe.TokenType == JsonTokenType.StartArray)
        {
            while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
            {
                if (probe.TokenType == JsonTokenType.String)
                {
                    strings.Add(probe.GetString()!);
                }
                else
                {
                    probe.TrySkip();
                }
            }
        }
    }
}
