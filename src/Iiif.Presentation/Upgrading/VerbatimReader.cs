using Iiif.Presentation.Serialization.Buffers;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Carries over what the upgrader does not translate, as it is: an unknown property into
/// <see cref="IiifResource.ExtensionData"/>, in input order; a property 3.0 knows (a service's <c>width</c>,
/// a <c>profile</c>, a 3.0 <c>items</c> in a 2.x document) through the 3.0 reader, so it is held as reading
/// a 3.0 document would hold it, and kept as read where its shape does not fit.
/// </summary>
/// <remarks>Only the property's own value is read again, from a buffer reused for the whole upgrade.</remarks>
internal sealed class VerbatimReader : IDisposable
{
    private static readonly JsonWriterOptions s_writer = new() { MaxDepth = int.MaxValue, SkipValidation = true };
    private static readonly JsonReaderOptions s_reader = new() { MaxDepth = int.MaxValue };

    private readonly UpgradeContext _context;
    private PooledBufferWriter? _buffer;
    private Utf8JsonWriter? _writer;

    public VerbatimReader(UpgradeContext context) => _context = context;

    /// <summary>Carries a property over as it is, unless the upgrader already set that property from another.</summary>
    public void Copy(in Frame frame, string key, JsonProperty property)
    {
        if (IsSet(frame.Resource, key))
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, frame.Input.Key(key),
                $"\"{key}\" was already set from another property; this value was left out.", property.Value);
            return;
        }

        Put(frame.Resource, frame.Slot, key, property, frame.At(key));
    }

    /// <summary>Carries a property over as it is: an unknown one into the extension data, one 3.0 knows
    /// through the reader.</summary>
    public void Put(IiifResource resource, Slot slot, string key, JsonProperty property, At at)
    {
        if (IiifProperties.Find(key) is null)
        {
            AddExtension(resource.ExtensionData, key, property.Value);
            return;
        }

        Utf8JsonWriter writer = StartWriting();
        writer.WriteStartObject();
        property.WriteTo(writer);
        writer.WriteEndObject();
        writer.Flush();
        ReadBuffer(resource, slot, key, at, property.Value);
    }

    /// <summary>Reads a property the upgrader writes as JSON (a selector, a stylesheet) with the 3.0 reader, into
    /// a resource: where its class has the property, it is held as reading would hold it; else it is kept as written.</summary>
    public void ReadWritten<TState>(IiifResource resource, Slot slot, string key, TState state, Action<Utf8JsonWriter, TState> write, At at)
    {
        Utf8JsonWriter writer = StartWriting();
        writer.WriteStartObject();
        writer.WritePropertyName(key);
        write(writer, state);
        writer.WriteEndObject();
        writer.Flush();
        ReadBuffer(resource, slot, key, at, default);
    }

    /// <summary>Reads the properties of an object but one, with the 3.0 reader, into a new resource.</summary>
    public void ReadObject(IiifResource resource, Slot slot, JsonElement source, string except)
    {
        Utf8JsonWriter writer = StartWriting();
        writer.WriteStartObject();
        foreach (JsonProperty property in source.EnumerateObject())
        {
            if (!property.NameEquals(except))
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        var reader = new Utf8JsonReader(_buffer!.WrittenSpan, s_reader);
        reader.Read();
        IiifReader.ReadProperties(ref reader, resource, slot);
    }

    /// <summary>Returns a copy of an Agent of the options, which the output must not share: written, then read.</summary>
    public Agent CopyAgent(Agent agent)
    {
        Utf8JsonWriter writer = StartWriting();
        IiifWriter.WriteResource(writer, agent);
        writer.Flush();
        var reader = new Utf8JsonReader(_buffer!.WrittenSpan, s_reader);
        reader.Read();
        return (Agent)IiifReader.ReadResource(ref reader, Slot.Provider)!;
    }

    /// <summary>Adds an input value to extension data, or replaces the value of that name.</summary>
    public static void AddExtension(ExtensionDataCollection extensions, string key, JsonElement value)
    {
        if (extensions.ContainsKey(key))
        {
            extensions[key] = value;
        }
        else
        {
            // The input was checked for repeated keys when it was read.
            extensions.AddOwned(key, value.Clone());
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _buffer?.Dispose();
    }

    /// <summary>Reads the one-property object in the buffer into a resource, keeping its type and, for a service,
    /// its choice of <c>@id</c> or <c>id</c>.</summary>
    private void ReadBuffer(IiifResource resource, Slot slot, string key, At at, JsonElement original)
    {
        string? type = resource.Type;
        var service = resource as Service;
        bool usesAtId = service?.UsesAtId ?? false;
        bool usesAtType = service?.UsesAtType ?? false;
        var reader = new Utf8JsonReader(_buffer!.WrittenSpan, s_reader);
        reader.Read();
        try
        {
            IiifReader.ReadProperties(ref reader, resource, slot);
        }
        catch (JsonException)
        {
            // The property is set already; the checks before make this unexpected.
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"\"{key}\" was already set from another property; this value was left out.",
                original.ValueKind == JsonValueKind.Undefined ? null : original);
        }
        finally
        {
            resource.Type = type;
            if (service is not null)
            {
                service.UsesAtId = usesAtId;
                service.UsesAtType = usesAtType;
            }
        }
    }

    private Utf8JsonWriter StartWriting()
    {
        _buffer ??= new PooledBufferWriter(1024);
        _buffer.Clear();
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(_buffer, s_writer);
        }
        else
        {
            _writer.Reset(_buffer);
        }

        return _writer;
    }

    /// <summary>Whether the upgrader already set a property from another 2.x property (<c>items</c> from
    /// <c>images</c>, <c>value</c> from <c>chars</c>, …), or it is in the extension data.</summary>
    /// <remarks>Reads the lists behind the properties, whose getters would make them and so set them for the reader.</remarks>
    private static bool IsSet(IiifResource resource, string key) =>
        resource.Extensions?.ContainsKey(key) == true || key switch
        {
            "items" => resource switch
            {
                Canvas canvas => IiifResource.Has(canvas.ItemsList),
                AnnotationPage page => IiifResource.Has(page.ItemsList),
                Choice choice => IiifResource.Has(choice.ItemsList),
                _ => false,
            },
            "annotations" => resource switch
            {
                Canvas canvas => IiifResource.Has(canvas.AnnotationsList),
                Manifest manifest => IiifResource.Has(manifest.AnnotationsList),
                IiifRange range => IiifResource.Has(range.AnnotationsList),
                Collection collection => IiifResource.Has(collection.AnnotationsList),
                ContentResource content => IiifResource.Has(content.AnnotationsList),
                _ => false,
            },
            "value" => resource is TextualBody { Value: not null },
            "source" => resource is SpecificResource { Source: not null },
            "supplementary" => resource is IiifRange { Supplementary: not null },
            _ => false,
        };

}
