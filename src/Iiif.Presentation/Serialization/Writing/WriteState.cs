namespace Iiif.Presentation.Serialization.Writing;

/// <summary>
/// What the writer knows about the object it is writing: which properties are written, and the raw
/// values of known properties that the model could not hold (<c>"width": "1200"</c>), which are
/// written in their canonical place rather than with the unknown properties at the end.
/// </summary>
internal struct WriteState
{
    private PropertySet _written;
    private readonly ExtensionDataCollection? _raw;

    public WriteState(ExtensionDataCollection? extensions)
    {
        _written = default;
        _raw = HasKnownNames(extensions) ? extensions : null;
    }

    /// <summary>Records that a typed property was written.</summary>
    /// <remarks>Only needed to leave out raw values of known names from the extensions: with none, nothing is kept.</remarks>
    public void Add(IiifProperty property)
    {
        if (_raw is not null)
        {
            _written.Add(property);
        }
    }

    /// <summary>Writes the raw value of a known property whose typed member is unset, if there is one.</summary>
    public void WriteRaw(Utf8JsonWriter w, IiifProperty property)
    {
        if (_raw is not null && _raw.TryGetValue(property.Name, out JsonElement value))
        {
            w.WritePropertyName(property.EncodedName);
            value.WriteTo(w);
            _written.Add(property);
        }
    }

    /// <summary>Writes the <c>type</c>: a <c>type</c> array kept as read while it still names the typed
    /// value (JSON-LD allows several types), else the typed value.</summary>
    public void WriteType(Utf8JsonWriter w, string? type)
    {
        if (type is not null && _raw is not null && _raw.TryGetValue("type", out JsonElement value) &&
            value.ValueKind == JsonValueKind.Array && Names(value, type))
        {
            w.WritePropertyName(IiifProperties.Type.EncodedName);
            value.WriteTo(w);
            Add(IiifProperties.Type);
        }
        else if (type is not null)
        {
            w.WriteString(IiifProperties.Type.EncodedName, type);
            Add(IiifProperties.Type);
        }
        else
        {
            WriteRaw(w, IiifProperties.Type);
        }

        static bool Names(JsonElement types, string type)
        {
            foreach (JsonElement item in types.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.ValueEquals(type))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Writes the extension data after the typed properties, leaving out what was written
    /// already: raw values written in place, and raw values whose typed member has since been set.</summary>
    public readonly void WriteExtensions(Utf8JsonWriter w, ExtensionDataCollection? extensions)
    {
        if (extensions is null)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonElement> entry in extensions)
        {
            if (_raw is not null)
            {
                if (IiifProperties.Find(entry.Key) is { } property && _written.Contains(property))
                {
                    continue;
                }
            }

            w.WritePropertyName(entry.Key);
            entry.Value.WriteTo(w);
        }
    }

    private static bool HasKnownNames(ExtensionDataCollection? extensions)
    {
        if (extensions is null)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonElement> entry in extensions)
        {
            if (IiifProperties.Find(entry.Key) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
