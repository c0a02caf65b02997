namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Tells which version of the Presentation API a document is: the one rule that the reader (which
/// upgrades 2.x on the fly), the upgrader and the validator all follow.
/// </summary>
/// <remarks>
/// In order: a Presentation 3 context makes it 3.0 (extension contexts may sit beside it); else a
/// Presentation 2 context makes it 2.x; else an <c>@type</c> with the <c>sc:</c> or <c>oa:</c> prefix of
/// the 2.x vocabulary makes it 2.x without its context; else a <c>type</c> or <c>items</c> makes it 3.0.
/// Context URIs are compared as <see cref="IiifContexts.SameUri"/> says.
/// </remarks>
internal static class PresentationVersions
{
    /// <summary>Detects the version of the object a reader is on.</summary>
    /// <param name="probe">A copy of the reader on the object's <c>StartObject</c>, passed by value.</param>
    public static PresentationVersion Detect(Utf8JsonReader probe)
    {
        bool two = false;
        bool twoByType = false;
        bool threeByShape = false;
        if (probe.TokenType != JsonTokenType.StartObject)
        {
            return PresentationVersion.Unknown;
        }

        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool context = probe.ValueTextEquals("@context"u8);
            bool atType = !context && probe.ValueTextEquals("@type"u8);
            threeByShape |= !context && !atType && (probe.ValueTextEquals("type"u8) || probe.ValueTextEquals("items"u8));
            probe.Read();
            if (context)
            {
                switch (ContextVersion(probe))
                {
                    case PresentationVersion.V3:
                        return PresentationVersion.V3;
                    case PresentationVersion.V2:
                        two = true;
                        break;
                }
            }
            else if (atType && probe.TokenType == JsonTokenType.String)
            {
                twoByType = IsVersion2Type(probe.GetString()!);
            }

            probe.TrySkip();
        }

        return Decide(two, twoByType, threeByShape);
    }

    /// <summary>Detects the version of a parsed document.</summary>
    /// <param name="root">The document's root value.</param>
    public static PresentationVersion Detect(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return PresentationVersion.Unknown;
        }

        PresentationVersion context = root.TryGetProperty("@context", out JsonElement value) ? ContextVersion(value) : PresentationVersion.Unknown;
        if (context == PresentationVersion.V3)
        {
            return context;
        }

        bool two = context == PresentationVersion.V2;
        bool twoByType = root.TryGetProperty("@type", out JsonElement type) && type.ValueKind == JsonValueKind.String &&
            IsVersion2Type(type.GetString()!);
        return Decide(two, twoByType, root.TryGetProperty("type", out _) || root.TryGetProperty("items", out _));
    }

    /// <summary>Returns whether an <c>@type</c> is a term of the 2.x vocabulary (<c>sc:Manifest</c>,
    /// <c>oa:Annotation</c>, in any case).</summary>
    public static bool IsVersion2Type(string type) =>
        type.StartsWith("sc:", StringComparison.OrdinalIgnoreCase) || type.StartsWith("oa:", StringComparison.OrdinalIgnoreCase);

    private static PresentationVersion Decide(bool two, bool twoByType, bool threeByShape) =>
        two ? PresentationVersion.V2
        : twoByType ? PresentationVersion.V2ByType
        : threeByShape ? PresentationVersion.V3
        : PresentationVersion.Unknown;

    /// <summary>The version a <c>@context</c> value names: V3 if any entry is the 3 context, else V2 if any is the 2 context.</summary>
    private static PresentationVersion ContextVersion(Utf8JsonReader probe)
    {
        if (probe.TokenType == JsonTokenType.String)
        {
            return Version(probe.GetString()!);
        }

        PresentationVersion found = PresentationVersion.Unknown;
        if (probe.TokenType == JsonTokenType.StartArray)
        {
            while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
            {
                PresentationVersion entry = probe.TokenType == JsonTokenType.String ? Version(probe.GetString()!) : PresentationVersion.Unknown;
                if (entry == PresentationVersion.V3)
                {
                    return entry;
                }

                found = entry == PresentationVersion.V2 ? entry : found;
                probe.TrySkip();
            }
        }

        return found;
    }

    private static PresentationVersion ContextVersion(JsonElement context)
    {
        if (context.ValueKind == JsonValueKind.String)
        {
            return Version(context.GetString()!);
        }

        PresentationVersion found = PresentationVersion.Unknown;
        if (context.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entry in context.EnumerateArray())
            {
                PresentationVersion version = entry.ValueKind == JsonValueKind.String ? Version(entry.GetString()!) : PresentationVersion.Unknown;
                if (version == PresentationVersion.V3)
                {
                    return version;
                }

                found = version == PresentationVersion.V2 ? version : found;
            }
        }

        return found;
    }

    private static PresentationVersion Version(string uri) =>
        IiifContexts.SameUri(uri, IiifContexts.Presentation3) ? PresentationVersion.V3
        : IiifContexts.SameUri(uri, IiifContexts.Presentation2) ? PresentationVersion.V2
        : PresentationVersion.Unknown;
}
