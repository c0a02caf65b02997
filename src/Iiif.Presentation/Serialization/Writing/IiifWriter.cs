namespace Iiif.Presentation.Serialization.Writing;

/// <summary>Writes the model as canonical JSON, each object through the shape of its class.</summary>
internal static class IiifWriter
{
    /// <summary>Writes a resource as a JSON value: an object, or the bare URI string it was read as while
    /// it has nothing but its id.</summary>
    internal static void WriteResource(Utf8JsonWriter w, IiifResource? resource)
    {
        if (resource is null)
        {
            w.WriteNullValue();
            return;
        }

        if (resource.IsUriString && resource.Id is not null && !resource.HasMoreThanId())
        {
            w.WriteStringValue(resource.Id);
            return;
        }

        WriteObject(w, resource, resource.Shape);
    }

    /// <summary>Writes an object: its members in the shape's order, then the properties kept as JSON in the
    /// order read (raw values of known properties are written in their member's place instead).</summary>
    /// <typeparam name="TOwner">The class.</typeparam>
    /// <param name="w">The writer.</param>
    /// <param name="owner">The object.</param>
    /// <param name="shape">The shape of its class.</param>
    internal static void WriteObject<TOwner>(Utf8JsonWriter w, TOwner owner, Shape<TOwner> shape)
        where TOwner : class, IJsonObject
    {
        ExtensionDataCollection? extensions = owner.Extensions;
        var state = new WriteState(extensions);
        w.WriteStartObject();
        Member<TOwner>[] members = shape.MembersOf(owner);
        for (int i = 0; i < members.Length; i++)
        {
            members[i].Write(w, owner, ref state);
        }

        state.WriteExtensions(w, extensions);
        w.WriteEndObject();
    }
}
