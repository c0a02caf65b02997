using Iiif.Presentation.Serialization.Members;
using Iiif.Presentation.Validation.Semantic.Rules;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Walks a document once, from the top resource down, knowing at each object what class of resource it
/// is (<see cref="ResourceKind"/>) and in which place (<see cref="Slot"/>), and hands each resource and each property to the rule set
/// that checks it.
/// </summary>
/// <remarks>
/// The walk owns the order of the findings: a resource's <c>type</c> and <c>id</c>, then its properties in
/// document order (each property's name, shape and value, and the resources below it), then the rules of
/// its class. One instance walks one document.
/// </remarks>
internal sealed class DocumentWalker
{
    private readonly RuleContext _context;
    private readonly ContextRules _contextRules;
    private readonly IdentityRules _identity;
    private readonly PropertyRules _properties;
    private readonly DescriptiveRules _descriptive;
    private readonly TechnicalRules _technical;
    private readonly LinkRules _links;
    private readonly ServiceRules _services;
    private readonly ItemRules _items;
    private readonly CollectionRules _collections;
    private readonly ManifestRules _manifests;
    private readonly CanvasRules _canvases;
    private readonly RangeRules _ranges;
    private readonly AnnotationPageRules _pages;
    private readonly AnnotationRules _annotations;
    private readonly ContentStateRules _contentStates;
    private readonly ContentRules _content;
    private readonly AgentRules _agents;
    private readonly ExtensionRules _extensions;

    public DocumentWalker(RuleContext context)
    {
        _context = context;
        var canvasReferences = new CanvasReferenceRules(context);
        _contextRules = new ContextRules(context);
        _identity = new IdentityRules(context);
        _properties = new PropertyRules(context);
        _descriptive = new DescriptiveRules(context);
        _technical = new TechnicalRules(context);
        _links = new LinkRules(context, this);
        _services = new ServiceRules(context, _links);
        _items = new ItemRules(context, this, canvasReferences);
        _collections = new CollectionRules(context, _descriptive, _items);
        _manifests = new ManifestRules(context, _descriptive, _technical, _items, _collections);
        _canvases = new CanvasRules(context, this, _descriptive, _items);
        _ranges = new RangeRules(context, this, _descriptive, _technical, canvasReferences);
        _pages = new AnnotationPageRules(context, this, _descriptive, _items);
        _annotations = new AnnotationRules(context, this, canvasReferences);
        _contentStates = new ContentStateRules(context);
        _content = new ContentRules(context);
        _agents = new AgentRules(context);
        _extensions = new ExtensionRules(context);
    }

    /// <summary>Checks the top resource and everything below it.</summary>
    public void VisitTop(JsonElement root)
    {
        _contextRules.CheckTopContext(root);
        _contextRules.CheckSourceUri(root);
        _extensions.SetTop(root);

        if (ResourceKinds.KindOf(JsonValues.TypeOf(root), Slot.Top, out _) == ResourceKind.Manifest)
        {
            _context.Canvases = ManifestRules.CollectCanvases(root);
        }

        VisitResource(root, Slot.Top, new Scope { Top = true });
    }

    /// <summary>Checks a resource object and everything below it.</summary>
    public void VisitResource(JsonElement obj, Slot slot, Scope scope)
    {
        string? type = JsonValues.TypeOf(obj);
        ResourceKind? kind = ResourceKinds.KindOf(type, slot, out bool wrongCase);
        if (kind == ResourceKind.Service)
        {
            _services.VisitService(obj);
            return;
        }

        _identity.CheckTypeProperty(obj, kind, slot, type, wrongCase);
        _identity.CheckId(obj, kind, slot, scope);
        CheckProperties(obj, kind, slot, scope, ChildScope(obj, kind, slot, scope));

        switch (kind)
        {
            case ResourceKind.Collection:
                _collections.CheckCollection(obj, slot, scope);
                break;
            case ResourceKind.Manifest:
                _manifests.CheckManifest(obj, slot);
                break;
            case ResourceKind.Canvas:
                _canvases.CheckCanvas(obj, slot, scope);
                break;
            case ResourceKind.Range:
                _ranges.CheckRange(obj, slot, scope);
                break;
            case ResourceKind.AnnotationPage:
                _pages.CheckAnnotationPage(obj, slot);
                break;
            case ResourceKind.AnnotationCollection:
                _pages.CheckAnnotationCollection(obj, slot);
                break;
            case ResourceKind.Annotation when slot is Slot.PageAnnotation or Slot.Top:
                _annotations.CheckAnnotation(obj, scope);
                if (slot == Slot.Top)
                {
                    _contentStates.CheckContentState(obj);
                }

                _extensions.CheckAnnotation(obj);
                break;
            case ResourceKind.Content:
                _content.CheckContent(obj, slot, type);
                break;
            case ResourceKind.Agent:
                _agents.CheckAgent(obj);
                break;
        }

        if (slot == Slot.ChoiceItem && scope.Painting)
        {
            _content.CheckChoiceOption(obj);
        }

        _identity.RegisterDescription(obj, kind, slot);
    }

    /// <summary>Returns what the resources below this one need to know about it.</summary>
    private static Scope ChildScope(JsonElement obj, ResourceKind? kind, Slot slot, Scope scope)
    {
        Scope children = scope;
        children.Top = false;
        switch (kind)
        {
            case ResourceKind.Canvas:
                children.CanvasId = JsonValues.IdOf(obj);
                children.CanvasWidth = JsonValues.PositiveIntOf(obj, "width");
                children.CanvasHeight = JsonValues.PositiveIntOf(obj, "height");
                children.CanvasDuration = JsonValues.PositiveNumberOf(obj, "duration");
                children.AuxiliaryCanvas = slot is Slot.PlaceholderCanvas or Slot.AccompanyingCanvas;
                break;
            case ResourceKind.Range:
                children.TopRange = false;
                children.ThumbnailNavParent = JsonValues.HasString(obj, "behavior", "thumbnail-nav");
                break;
            case ResourceKind.Annotation:
                children.Painting = JsonValues.HasString(obj, "motivation", "painting");
                break;
        }

        return children;
    }

    /// <summary>Checks every property of a resource: its name, its shape, its value, and the resources below it.</summary>
    private void CheckProperties(JsonElement obj, ResourceKind? kind, Slot slot, Scope scope, Scope children)
    {
        // The second copy of a key is reported by the duplicate-key scan (P3-JSON-00), not checked again.
        List<string>? seen = _context.HasDuplicates ? new List<string>(8) : null;
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            string name = property.Name;
            JsonElement value = property.Value;
            if (seen is not null)
            {
                if (seen.Contains(name))
                {
                    continue;
                }

                seen.Add(name);
            }

            IiifProperty? known = IiifProperties.Find(name);
            if (known is not null && known.Has(PropertyFacts.Extension))
            {
                _context.Path.Push(name);
                _extensions.CheckProperty(known, value, kind, obj);
                _context.Path.Pop();
            }

            if (!_properties.CheckPropertyName(name, known, kind))
            {
                continue;
            }

            _properties.CheckShape(known, value, kind);
            _context.Path.Push(name);
            CheckPropertyValue(known, value, kind, slot, scope, children, obj);
            _context.Path.Pop();
        }
    }

    /// <summary>Hands the value of one property to the rule set that checks it; the path is on the property.</summary>
    private void CheckPropertyValue(IiifProperty property, JsonElement value, ResourceKind? kind, Slot slot, Scope scope, Scope children, JsonElement owner)
    {
        string name = property.Name;
        switch (name)
        {
            case "@context":
                _contextRules.CheckEmbeddedContext(value, scope);
                break;
            case "label" or "summary":
                _descriptive.CheckLanguageMap(value, name, allowHtml: name == "summary");
                break;
            case "metadata":
                _descriptive.CheckMetadata(value);
                break;
            case "requiredStatement":
                _descriptive.CheckLabelValuePair(value, "requiredStatement");
                break;
            case "rights":
                _descriptive.CheckRights(value);
                break;
            case "navDate":
                _descriptive.CheckNavDate(value);
                break;
            case "behavior":
                _technical.CheckBehavior(value, kind);
                break;
            case "viewingDirection":
                _technical.CheckVocabularyValue(value, ViewingDirection.KnownValues, "viewingDirection");
                break;
            case "timeMode":
                _technical.CheckVocabularyValue(value, TimeMode.KnownValues, "timeMode");
                break;
            case "language":
                _technical.CheckLanguageTags(value);
                break;
            case "format":
                _technical.CheckFormat(value);
                break;
            case "height" or "width":
                _technical.CheckDimension(value, name, isInteger: true);
                break;
            case "duration":
                _technical.CheckDimension(value, name, isInteger: false);
                break;
            case "items":
                // Where the owner's class holds no items, they are walked as content, as bodies are.
                _items.VisitItems(value, kind, ResourceKinds.MemberOf(kind, property)?.Slot ?? Slot.Body, children);
                break;
            case "selector" when ResourceKinds.MemberOf(kind, property) is not null:
                _annotations.VisitSelectors(value);
                break;
            default:
                VisitChildren(property, value, kind, slot, children, owner);
                break;
        }
    }

    /// <summary>
    /// Goes into the resources a property holds, in the place the owner's shape gives them. Where the
    /// owner's class does not hold the property, the place is the one every shape that holds it gives it:
    /// the links, Canvases, pages and collections such a place holds are checked wherever they stand, but a
    /// place that belongs to its owner (a <c>start</c>, <c>structures</c>, an Annotation's <c>body</c> and
    /// <c>target</c>, a SpecificResource's <c>source</c>) only on a class that holds it, and page links only
    /// on the classes that page.
    /// </summary>
    private void VisitChildren(IiifProperty property, JsonElement value, ResourceKind? kind, Slot slot, Scope children, JsonElement owner)
    {
        Member<IiifResource>? member = ResourceKinds.MemberOf(kind, property);
        Slot child = member?.Slot ?? ResourceKinds.SlotWherever(property);
        switch (child)
        {
            case Slot.PlaceholderCanvas or Slot.AccompanyingCanvas:
                _canvases.CheckAuxiliaryCanvas(value, child, children);
                break;
            case Slot.Supplementary:
                _ranges.CheckSupplementary(value, children);
                break;
            case Slot.AnnotationsPage:
                _pages.VisitAnnotations(value, children, kind, owner);
                break;
            case Slot.Thumbnail or Slot.Homepage or Slot.Logo or Slot.Rendering or Slot.SeeAlso or Slot.PartOf or Slot.Provider or Slot.Service:
                _links.VisitLinks(value, child, children);
                break;
            case Slot.PageLink when ResourceKinds.Pages(kind):
                _links.VisitLinks(value, child, children);
                break;
            case Slot.Start when member is not null:
                _ranges.CheckStart(value);
                break;
            case Slot.Structure when member is not null:
                _ranges.VisitStructures(value, children);
                break;
            case Slot.Body when member is not null:
                _annotations.VisitBodies(value, children);
                break;
            case Slot.Target when member is not null:
                _annotations.VisitTargets(value, children);
                break;
            case Slot.Source when member is not null:
                _annotations.VisitSource(value, slot, children);
                break;
        }
    }
}
