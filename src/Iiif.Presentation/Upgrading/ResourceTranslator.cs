using System.Runtime.CompilerServices;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Translates one 2.x object into a resource of the model: its id and type, then each property in input
/// order (those every resource may have here, the rest by the translator of its role), then the descriptive
/// properties that depend on each other, then what its role requires
/// (<see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>; docs/upgrading.md, "Mapping").
/// </summary>
internal sealed class ResourceTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>Translates an object in a role.</summary>
    /// <param name="src">The 2.x object.</param>
    /// <param name="role">The role its position gives it.</param>
    /// <param name="input">Where it is in the input.</param>
    /// <param name="baseId">The nearest enclosing id of the input.</param>
    /// <param name="position">Its 1-based position among its siblings, for a minted id.</param>
    /// <param name="slot">Where it goes in the output, which chooses the class of content.</param>
    /// <param name="reference">Whether it is only referred to here: then nothing it lacks is added.</param>
    /// <param name="defaultType">For content, the type where nothing says one.</param>
    /// <param name="givenId">An id minted for it beforehand.</param>
    /// <param name="into">The resource to fill, made beforehand for the notes about it; else one is made.</param>
    public IiifResource Translate(JsonElement src, ResourceKind role, InputPath input, string? baseId, int position, Slot slot,
        bool reference = false, string? defaultType = null, string? givenId = null, IiifResource? into = null)
    {
        // Each nested resource takes a few frames; stop while the stack can still unwind.
        RuntimeHelpers.EnsureSufficientExecutionStack();

        IiifType? usual = TypeTranslator.Usual(src);
        string type = TypeTranslator.TypeOf(src, role, defaultType, usual);
        IiifResource resource = into ?? TypeTranslator.Create(type, role, slot);
        resource.Type = type;
        string? id = V2Json.IdOf(src, out string idKey, reference: reference || role == ResourceKind.Canvas) ?? givenId;
        if (id is not null)
        {
            id = _context.Ids.Normalize(id, baseId, At.Of(input, idKey), OutputPlace.Of(resource, "id"));
            resource.Id = id;
            baseId = V2Json.WithoutFragment(id);
        }

        _context.Types.Note(src, role, type, input, resource, usual);
        if (id is null && NeedsId(role, type))
        {
            // A minted id is not a base: ids minted below derive from the nearest id the input gave.
            resource.Id = _context.Ids.Mint(baseId, MintKind(role, type), position, type, input, resource);
        }

        var frame = new Frame(src, resource, role, type, input, baseId, slot, reference);
        var descriptive = new DescriptiveInput(input);
        foreach (JsonProperty property in src.EnumerateObject())
        {
            string key = V2Keys.Name(property);
            if (!descriptive.TryTake(key, property.Value))
            {
                Property(frame, key, property);
            }
        }

        _context.Descriptive.Settle(frame, ref descriptive);
        Require(frame);
        if (role is ResourceKind.Manifest or ResourceKind.AnnotationPage)
        {
            ClosedClasses.Check(_context, frame);
        }

        return resource;
    }

    /// <summary>Gives a resource an empty label where it has none (docs/upgrading.md, "label").</summary>
    public void RequireLabel(IiifResource resource, InputPath input, string text)
    {
        if (resource.Label is { Count: > 0 })
        {
            return;
        }

        resource.Label = LanguageTranslator.Plain(text);
        _context.Note(UpgradeNoteCodes.LabelMissing, input, OutputPlace.Of(resource, "label"),
            text.Length == 0 ? "The resource had no label; an empty one was supplied." : "The resource had no label; its id is its label.");
    }

    /// <summary>The type of what a resource's <c>partOf</c> (or 2.x <c>within</c>) names.</summary>
    public static string PartOfType(ResourceKind role) => role switch
    {
        ResourceKind.Canvas => IiifTypes.Manifest.Name,
        ResourceKind.AnnotationPage => IiifTypes.AnnotationCollection.Name,
        ResourceKind.Range => IiifTypes.Manifest.Name,
        _ => IiifTypes.Collection.Name,
    };

    /// <summary>One property of the input, in input order.</summary>
    private void Property(in Frame frame, string key, JsonProperty property)
    {
        JsonElement value = property.Value;
        IiifResource resource = frame.Resource;
        ResourceKind role = frame.Role;
        switch (key)
        {
            case "@id":
            case "@type":
                return;
            case "id":
                if (frame.Source.TryGetProperty("@id"u8, out JsonElement atId) &&
                    !string.Equals(V2Json.IdOf(value), atId.ValueKind == JsonValueKind.String ? V2Json.Text(atId) : null, StringComparison.Ordinal))
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, frame.Input.Key("id"), "The resource has both @id and id; @id was kept.", value);
                }

                return;
            case "type":
                if (frame.Source.TryGetProperty("@type"u8, out _))
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, frame.Input.Key("type"), "The resource has both @type and type; @type was read.", value);
                }

                return;
            case "@context" when frame.Input.IsRoot:
                return; // the document's own: see ContextTranslator.Top
            case "@context":
                _context.Contexts.Nested(value, frame.At(key));
                return;
            case "label":
                resource.Label = _context.Language.Map(value, frame.At(key), frame.Place(key), html: false);
                return;
            case "thumbnail":
                _context.Links.Linked(value, frame.At(key), frame.Base, IiifTypes.Image.Name, needsLabel: false, resource.Thumbnail, Slot.Thumbnail);
                return;
            case "rendering":
                _context.Links.Linked(value, frame.At(key), frame.Base, IiifTypes.Text.Name, needsLabel: true, resource.Rendering, Slot.Rendering);
                return;
            case "seeAlso":
                _context.Links.Linked(value, frame.At(key), frame.Base, IiifTypes.Dataset.Name, needsLabel: false, resource.SeeAlso, Slot.SeeAlso);
                return;
            case "partOf":
            case "within" when role != ResourceKind.Range:
                var partOf = new OneOrMany<IiifResource>();
                _context.Links.Linked(value, frame.At(key), frame.Base, PartOfType(role), needsLabel: false, partOf, Slot.Any);
                Members.Replace(resource.PartOf, partOf);
                return;
            case "within":
                return; // a Range's parent: the range tree places it.
            case "service":
                _context.Services.Translate(value, frame.At(key), frame.Base, resource.Service);
                return;
            case "viewingHint":
            case "behavior":
                _context.Values.Behaviors(frame, value, frame.At(key));
                return;
            case "viewingDirection" when role is ResourceKind.Manifest or ResourceKind.Collection or ResourceKind.Range:
                Members.SetViewingDirection(resource, _context.Values.ViewingDirection(value, frame.At(key), frame.Place(key)));
                return;
            case "navDate" when role is ResourceKind.Manifest or ResourceKind.Collection or ResourceKind.Canvas or ResourceKind.Range:
                Members.SetNavDate(resource, _context.Values.NavDate(value, frame.At(key), frame.Place(key)));
                return;
            case "height":
            case "width":
                Members.SetDimension(resource, key, _context.Values.Dimension(value, frame.At(key), frame.Place(key)));
                return;
            case "duration" when ValueTranslator.IsDuration(value):
                _context.Verbatim.Put(resource, frame.Slot, key, property, frame.At(key)); // a number, as the reader holds it
                return;
            case "duration":
                Members.SetDuration(resource, _context.Values.Duration(value, frame.At(key), frame.Place(key)));
                return;
            case "format" when role == ResourceKind.Content:
                Members.SetFormat(resource, _context.Values.Format(value, frame.At(key), frame.Place(key)));
                return;
            case "startCanvas" when role is ResourceKind.Manifest or ResourceKind.Range:
            case "start" when role is ResourceKind.Manifest or ResourceKind.Range:
                Members.SetStart(resource, _context.Links.Start(value, frame.At(key), frame.Place("start"), frame.Base));
                return;
            case "otherContent" when role is ResourceKind.Canvas or ResourceKind.Manifest or ResourceKind.Range or ResourceKind.Content or ResourceKind.Collection:
                Members.SetAnnotations(resource, _context.Links.Pages(value, frame.At(key), frame.Base));
                return;
        }

        if (!RoleProperty(frame, key, property))
        {
            // Anything else carries over as it is, in place.
            _context.Verbatim.Copy(frame, key, property);
        }
    }

    /// <summary>The properties particular to one role.</summary>
    private bool RoleProperty(in Frame frame, string key, JsonProperty property) => frame.Role switch
    {
        ResourceKind.Manifest => key is "sequences" or "structures", // settled in Require, which needs all of them
        ResourceKind.Collection => _context.Collections.Property(frame, key, property),
        ResourceKind.Canvas => _context.Canvases.Property(frame, key, property.Value),
        ResourceKind.Range => _context.Ranges.Property(frame, key, property.Value),
        ResourceKind.AnnotationPage => _context.Lists.Property(frame, key, property.Value),
        ResourceKind.AnnotationCollection => _context.Layers.Property(frame, key, property.Value),
        ResourceKind.Annotation => _context.Annotations.Property(frame, key, property.Value),
        ResourceKind.Content => _context.Content.Property(frame, key, property),
        _ => false,
    };

    /// <summary>What each role requires of the finished resource.</summary>
    private void Require(in Frame frame)
    {
        switch (frame.Role)
        {
            case ResourceKind.Manifest:
                _context.Manifests.Require(frame);
                break;
            case ResourceKind.Collection:
                _context.Collections.Require(frame);
                break;
            case ResourceKind.Canvas:
                _context.Canvases.Require(frame);
                break;
            case ResourceKind.AnnotationPage when !frame.Reference:
                Members.RequireItems(frame.Resource);
                break;
            case ResourceKind.Annotation:
                _context.Annotations.Require(frame);
                break;
            case ResourceKind.Content:
                _context.Content.Require(frame);
                break;
        }
    }

    /// <summary>Everything but a TextualBody, Choice or SpecificResource needs an id (<see href="https://iiif.io/api/presentation/3.0/#id"/>).</summary>
    private static bool NeedsId(ResourceKind role, string type) =>
        role != ResourceKind.Content || type is not ("TextualBody" or "Choice" or "SpecificResource");

    private static string MintKind(ResourceKind role, string type) => role switch
    {
        ResourceKind.Canvas => "canvas",
        ResourceKind.Range => "range",
        ResourceKind.AnnotationPage => "annotation-page",
        ResourceKind.Annotation => "annotation",
        ResourceKind.Agent => "provider",
        ResourceKind.Manifest => "manifest",
        ResourceKind.Collection => "collection",
        ResourceKind.AnnotationCollection => "annotation-collection",
        _ => type == "Canvas" ? "canvas" : "body",
    };
}
