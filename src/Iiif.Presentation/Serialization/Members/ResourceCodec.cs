using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A resource: an object, or a bare URI string; its class is chosen by the slot and its <c>type</c>.</summary>
/// <typeparam name="T">The class, or base class, the slot guarantees.</typeparam>
internal sealed class ResourceCodec<T> : Codec<T>
    where T : IiifResource
{
    private ResourceCodec()
    {
    }

    /// <summary>Gets the instance.</summary>
    public static ResourceCodec<T> Instance { get; } = new();

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out T value) =>
        (value = (T?)IiifReader.ReadResource(ref reader, slot)) is not null;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, IiifProperty property) => IiifWriter.WriteResource(writer, value);
}
