namespace Iiif.Presentation.Serialization.Reading;

internal static partial class IiifReader
{
    /// <summary>Reads a resource: an object, or a bare URI string. Returns <see langword="null"/> for any
    /// other token.</summary>
    internal static IiifResource? ReadResource(ref Utf8JsonReader reader, Slot slot)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                if (ReadLeadingType(ref reader, slot) is { } early)
                {
                    return early;
                }

                IiifResource resource = Create(reader, slot);
                ReadProperties(ref reader, resource, slot);
                return resource;

            case JsonTokenType.String:
                IiifResource bare = CreateDefault(slot, null, typed: false);
                bare.Type = null;
                if (bare is Service service)
                {
                    service.UsesAtId = false;
                    service.UsesAtType = false;
                }

                // Shared as the class's own id member shares it (a Canvas's, a Manifest's): the shape says which.
                bare.Id = ReferenceEquals(bare.Shape.For(IiifProperties.Id), ResourceMembers.SharedId) ? SharedIds.Get(ref reader) : Utf8Text.GetString(ref reader);
                bare.IsUriString = true;
                return bare;

            default:
                return null;
        }
    }

    /// <summary>Reads an object whose class its <c>type</c> decides and that gives its <c>type</c> string first,
    /// or second after its <c>id</c> string, as nearly every document does: the class is chosen as
    /// <see cref="Create"/> chooses it, but without reading the object's first keys twice.</summary>
    /// <param name="reader">The reader, on the object's <c>StartObject</c>. Left on its <c>EndObject</c> when the
    /// object is read; where it was when it is not.</param>
    /// <param name="slot">Where the object is.</param>
    /// <returns>The resource read, or <see langword="null"/> when the object does not start so, sits where its class
    /// does not depend on its type alone, or is a service (whose <c>@id</c>/<c>@type</c> keys are tracked); the
    /// caller then reads it as usual.</returns>
    private static IiifResource? ReadLeadingType(ref Utf8JsonReader reader, Slot slot)
    {
        if (Slots.FixedKind(slot) is not null || slot == Slot.Service || Slots.Family(slot) == ResourceKind.Service)
        {
            return null;
        }

        // The caller's reader itself moves on, so that an error further in is reported where it is.
        Utf8JsonReader start = reader;
        Next(ref reader);
        Utf8JsonReader idValue = default;
        bool hasId = false;
        if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8))
        {
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.String)
            {
                reader = start;
                return null;
            }

            idValue = reader;
            hasId = true;
            Next(ref reader);
        }

        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("type"u8))
        {
            reader = start;
            return null;
        }

        Next(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            reader = start;
            return null;
        }

        IiifType? exact = IiifTypes.FindExact(ref reader);
        IiifType? type = exact ?? IiifTypes.Find(ref reader);
        if (type is { Kind: ResourceKind.Service })
        {
            // A service (an image service as a SpecificResource's source) keeps how it wrote its keys: read as usual.
            reader = start;
            return null;
        }

        IiifResource resource = CreateGeoJson(type, type is null ? WellKnownStrings.Get(ref reader) : null) ?? CreateDefault(slot, type, typed: true);

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        resource.Type = null;
        Shape<IiifResource> shape = resource.Shape;
        if (hasId)
        {
            ReadMember(ref idValue, resource, shape, IiifProperties.Id, IiifProperties.Id.Name, slot);
        }

        if (exact is not null)
        {
            // What the type member would read: the shared string of a name spelled as the vocabulary spells it.
            resource.Type = exact.Name;
        }
        else
        {
            ReadMember(ref reader, resource, shape, IiifProperties.Type, IiifProperties.Type.Name, slot);
        }

        ReadObject(ref reader, resource, shape, slot);
        return resource;
    }

    /// <summary>Reads one property's value into an object: by the shape's member for it, else (an unknown key, or a
    /// value of a shape the model cannot hold) into the extension data.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <param name="owner">The object.</param>
    /// <param name="shape">The shape of its class.</param>
    /// <param name="property">The property, or <see langword="null"/> for a key the vocabulary lacks.</param>
    /// <param name="name">The key as written.</param>
    /// <param name="slot">Where the object sits.</param>
    private static void ReadMember<TOwner>(ref Utf8JsonReader reader, TOwner owner, Shape<TOwner> shape, IiifProperty? property, string name, Slot slot)
        where TOwner : class, IJsonObject
    {
        CheckNotInExtensions(owner.Extensions, name);
        Member<TOwner>? member = property is null ? null : shape.For(property);
        if (member is null || !member.Read(ref reader, owner, property!, slot))
        {
            AddExtension(ref reader, owner.Extensions ??= new ExtensionDataCollection(), name);
        }
    }

    /// <summary>Reads the properties of an object into a resource created for it.</summary>
    /// <remarks>The reader is on the object's <c>StartObject</c> and is left on its <c>EndObject</c>.</remarks>
    /// <exception cref="System.InsufficientExecutionStackException">Resources nest so deeply (under a raised
    /// <see cref="IiifReadOptions.MaxDepth"/>) that reading them would overflow the thread's stack.</exception>
    internal static void ReadProperties(ref Utf8JsonReader reader, IiifResource resource, Slot slot)
    {
        // Each nested resource takes a few frames; stop while the stack can still unwind.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();

        // The constructor's type is the class's default; the document's own (or none) replaces it.
        resource.Type = null;
        if (resource is Service service)
        {
            service.UsesAtId = false;
            service.UsesAtType = false;
        }

        ReadObject(ref reader, resource, resource.Shape, slot);
    }

    /// <summary>Reads the properties of an object through the shape of its class: each key the shape has a
    /// member for is read by that member, everything else is kept in the extension data, in order.</summary>
    /// <typeparam name="TOwner">The class.</typeparam>
    /// <param name="reader">The reader, on the object's <c>StartObject</c>; left on its <c>EndObject</c>.</param>
    /// <param name="owner">The object to fill.</param>
    /// <param name="shape">The shape of its class.</param>
    /// <param name="slot">Where the object sits.</param>
    internal static void ReadObject<TOwner>(ref Utf8JsonReader reader, TOwner owner, Shape<TOwner> shape, Slot slot)
        where TOwner : class, IJsonObject
    {
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            IiifProperty? property = IiifProperties.Find(ref reader, out string? name);
            Next(ref reader);
            ReadMember(ref reader, owner, shape, property, name ?? property!.Name, slot);
        }
    }
}
