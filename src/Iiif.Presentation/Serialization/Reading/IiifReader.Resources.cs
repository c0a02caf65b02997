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
                bare.Id = ReferenceEquals(bare.Shape.For(IiifProperties.Id), ResourceMembers.SharedId) ? SharedIds.Get(ref reader) : reader.GetString();
                bare.IsUriString = true;
                return bare;

            default:
                return null;
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
            name ??= property!.Name;
            Next(ref reader);
            CheckNotInExtensions(owner.Extensions, name);

            Member<TOwner>? member = property is null ? null : shape.For(property);
            if (member is null || !member.Read(ref reader, owner, property!, slot))
            {
                AddExtension(ref reader, owner.Extensions ??= new ExtensionDataCollection(), name);
            }
        }
    }
}
