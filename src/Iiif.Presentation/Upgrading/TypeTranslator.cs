using System.Linq;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Types: the position of a resource sets the type of IIIF classes, and evidence the type of content
/// (<see href="https://iiif.io/api/presentation/3.0/#type"/>; docs/upgrading.md, "Types").
/// </summary>
internal sealed class TypeTranslator
{
    /// <summary>The type strings 2.x documents write most, with the type each names: most objects are typed
    /// so, and these are recognised without making a string.</summary>
    private static readonly (byte[] Written, IiifType Type)[] s_usual =
    [
        .. new (string, IiifType)[]
        {
            ("sc:Canvas", IiifTypes.Canvas), ("oa:Annotation", IiifTypes.Annotation), ("dctypes:Image", IiifTypes.Image),
            ("dcTypes:Image", IiifTypes.Image), ("sc:Manifest", IiifTypes.Manifest), ("sc:AnnotationList", IiifTypes.AnnotationPage),
            ("oa:SpecificResource", IiifTypes.SpecificResource), ("sc:Range", IiifTypes.Range), ("oa:Choice", IiifTypes.Choice),
            ("cnt:ContentAsText", IiifTypes.TextualBody), ("dctypes:Text", IiifTypes.Text), ("sc:Collection", IiifTypes.Collection),
            ("sc:Layer", IiifTypes.AnnotationCollection), ("dctypes:Sound", IiifTypes.Sound), ("dctypes:MovingImage", IiifTypes.Video),
        }.Select(t => (System.Text.Encoding.ASCII.GetBytes(t.Item1), t.Item2)),
    ];

    private readonly UpgradeContext _context;

    public TypeTranslator(UpgradeContext context) => _context = context;

    /// <summary>Returns the type an object's <c>@type</c> names when it is written as 2.x documents usually
    /// write it (<c>sc:Canvas</c>, <c>dctypes:Image</c>), else <see langword="null"/>.</summary>
    public static IiifType? Usual(JsonElement src)
    {
        if (src.ValueKind == JsonValueKind.Object && src.TryGetProperty("@type"u8, out JsonElement written) && written.ValueKind == JsonValueKind.String)
        {
            foreach ((byte[] text, IiifType type) in s_usual)
            {
                if (written.ValueEquals(text))
                {
                    return type;
                }
            }
        }

        return null;
    }

    /// <summary>Returns the 3.0 type of a resource in a role: the role's own for IIIF classes, the evidence's for content.</summary>
    /// <param name="src">The 2.x object.</param>
    /// <param name="role">The role its position gives it.</param>
    /// <param name="defaultType">For content, the type where nothing says one; <c>Dataset</c> if <see langword="null"/>.</param>
    /// <param name="usual">What <see cref="Usual"/> returns for it.</param>
    public static string TypeOf(JsonElement src, ResourceKind role, string? defaultType, IiifType? usual) => role switch
    {
        ResourceKind.Content when usual is not null && !src.TryGetProperty("chars"u8, out _) => usual.Name,
        ResourceKind.Content => ContentType(src, LocalType(src), defaultType ?? "Dataset"),
        ResourceKind.Range => IiifTypes.Range.Name,
        _ => RoleType(role).Name,
    };

    /// <summary>Makes the resource that holds a type in a place, as the reader would: the class of the role for
    /// the IIIF classes; for content, the class a slot fixes, else the type's (or the slot's generic one).</summary>
    public static IiifResource Create(string type, ResourceKind role, Slot slot)
    {
        IiifResource resource = role != ResourceKind.Content
            ? RoleType(role).CreateResource()
            : IiifReader.CreateDefault(slot, IiifTypes.Find(type), typed: true);
        resource.Type = type;
        return resource;
    }

    /// <summary>Notes a type that was not copied: one set by position, derived, or read from an array.</summary>
    public void Note(JsonElement src, ResourceKind role, string type, InputPath input, IiifResource resource, IiifType? usual)
    {
        if (usual is not null && usual.Name == type)
        {
            return; // written as 2.x usually writes it
        }

        bool hasAtType = src.TryGetProperty("@type"u8, out JsonElement atType);
        string? written = V2Json.TypeOf(src);
        string? local = written is null ? null : IiifTypes.LocalName(written);
        OutputPlace output = OutputPlace.Of(resource, "type");
        if (hasAtType && atType.ValueKind != JsonValueKind.String)
        {
            _context.Note(UpgradeNoteCodes.TypeInferred, input.Key("@type"), output,
                $"The @type {V2Json.Kind(atType.ValueKind)} was read as \"{type}\".", atType);
        }
        else if (local is null ? role == ResourceKind.Content || input.IsRoot : !string.Equals(MapLocal(local), type, StringComparison.Ordinal))
        {
            if (written is null)
            {
                _context.NoteFormat(UpgradeNoteCodes.TypeInferred, input, output, "The resource has no @type; it is a {0} here.", type, null);
            }
            else
            {
                string key = hasAtType ? "@type" : "type";
                _context.NoteFormat(UpgradeNoteCodes.TypeInferred, input.Key(key), output, "The @type \"{0}\" is read as {1} in this place.", written, type, src.GetProperty(key));
            }
        }
    }

    /// <summary>Returns the type a content resource's evidence gives (docs/upgrading.md, "Types"): text
    /// (<c>chars</c>) is a TextualBody; a type the vocabulary knows is itself; then the <c>format</c>; then
    /// the shape of a Choice or a SpecificResource; then the local name, else the slot's default.</summary>
    public static string ContentType(JsonElement src, string? local, string fallback)
    {
        if (src.TryGetProperty("chars"u8, out _))
        {
            return IiifTypes.TextualBody.Name;
        }

        if (local is not null && IiifTypes.FindVersion2(local) is { Kind: not (ResourceKind.Agent or ResourceKind.Service or ResourceKind.Selector) } known)
        {
            return known.Name;
        }

        if (V2Json.StringOf(src, "format"u8) is { } format)
        {
            format = format.Trim().ToLowerInvariant();
            if (format.StartsWith("image/", StringComparison.Ordinal)) return IiifTypes.Image.Name;
            if (format.StartsWith("audio/", StringComparison.Ordinal)) return IiifTypes.Sound.Name;
            if (format.StartsWith("video/", StringComparison.Ordinal)) return IiifTypes.Video.Name;
            if (format.StartsWith("model/", StringComparison.Ordinal)) return IiifTypes.Model.Name;
            if (format.StartsWith("text/", StringComparison.Ordinal) || format.StartsWith("application/pdf", StringComparison.Ordinal)) return IiifTypes.Text.Name;
            if (format.StartsWith("application/", StringComparison.Ordinal)) return IiifTypes.Dataset.Name;
        }

        if (src.TryGetProperty("default"u8, out _) || src.TryGetProperty("item"u8, out _))
        {
            return IiifTypes.Choice.Name;
        }

        if (src.TryGetProperty("full"u8, out _))
        {
            return IiifTypes.SpecificResource.Name;
        }

        return local is { Length: > 0 } && local.IndexOf('/') < 0 ? local : fallback;
    }

    /// <summary>Returns whether a 2.x object's type names a given type (<c>sc:Range</c>, <c>oa:Choice</c>, any case).</summary>
    public static bool Names(JsonElement src, IiifType type) =>
        Usual(src) is { } usual ? ReferenceEquals(usual, type)
        : V2Json.StringOf(src, "@type"u8) is { } written && ReferenceEquals(IiifTypes.FindVersion2(written), type);

    /// <summary>The 3.0 name of a local type name, or the name itself when the vocabulary has none.</summary>
    private static string MapLocal(string local) => IiifTypes.FindVersion2(local)?.Name ?? local;

    private static string? LocalType(JsonElement src) => V2Json.TypeOf(src) is { } written ? IiifTypes.LocalName(written) : null;

    private static IiifType RoleType(ResourceKind role) => role switch
    {
        ResourceKind.Collection => IiifTypes.Collection,
        ResourceKind.Manifest => IiifTypes.Manifest,
        ResourceKind.Canvas => IiifTypes.Canvas,
        ResourceKind.Range => IiifTypes.Range,
        ResourceKind.AnnotationPage => IiifTypes.AnnotationPage,
        ResourceKind.AnnotationCollection => IiifTypes.AnnotationCollection,
        ResourceKind.Annotation => IiifTypes.Annotation,
        _ => IiifTypes.Agent,
    };
}
