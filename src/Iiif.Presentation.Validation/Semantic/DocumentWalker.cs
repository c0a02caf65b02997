using System.Collections.Generic;
using System.Text.Json;
using Iiif.Presentation.Validation.Semantic.Rules;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Walks a document once, from the top resource down, knowing at each object what class of resource it
/// is and in which place (<see cref="Role"/>), and hands each resource and each property to the rule set
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
    private readonly ContentRules _content;
    private readonly AgentRules _agents;

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
        _content = new ContentRules(context);
        _agents = new AgentRules(context);
    }

    /// <summary>Checks the top resource and everything below it.</summary>
    public void VisitTop(JsonElement root)
    {
        _contextRules.CheckTopContext(root);
        _contextRules.CheckSourceUri(root);

        Cls cls = ResourceKinds.ClassOfType(JsonValues.TypeOf(root), Role.Top, out _);
        if (cls == Cls.Manifest)
        {
            _context.Canvases = ManifestRules.CollectCanvases(root);
        }

        VisitResource(root, Role.Top, new Scope { Top = true });
    }

    /// <summary>Checks a resource object and everything below it.</summary>
    public void VisitResource(JsonElement obj, Role role, Scope scope)
    {
        string? type = JsonValues.TypeOf(obj);
        Cls cls = ResourceKinds.ClassOfType(type, role, out bool wrongCase);
        if (cls == Cls.Service)
        {
            _services.VisitService(obj);
            return;
        }

        _identity.CheckTypeProperty(obj, cls, role, type, wrongCase);
        _identity.CheckId(obj, cls, role, scope);
        CheckProperties(obj, cls, role, scope, ChildScope(obj, cls, role, scope));

        switch (cls)
        {
            case Cls.Collection:
                _collections.CheckCollection(obj, role, scope);
                break;
            case Cls.Manifest:
                _manifests.CheckManifest(obj, role);
                break;
            case Cls.Canvas:
                _canvases.CheckCanvas(obj, role, scope);
                break;
            case Cls.Range:
                _ranges.CheckRange(obj, role, scope);
                break;
            case Cls.AnnotationPage:
                _pages.CheckAnnotationPage(obj, role);
                break;
            case Cls.AnnotationCollection:
                _pages.CheckAnnotationCollection(obj, role);
                break;
            case Cls.Annotation when role is Role.PageAnnotation or Role.Top:
                _annotations.CheckAnnotation(obj, scope);
                break;
            case Cls.Content:
                _content.CheckContent(obj, role, type);
                break;
            case Cls.Agent:
                _agents.CheckAgent(obj);
                break;
        }

        if (role == Role.ChoiceItem && scope.Painting)
        {
            _content.CheckChoiceOption(obj);
        }

        _identity.RegisterDescription(obj, cls, role);
    }

    /// <summary>Returns what the resources below this one need to know about it.</summary>
    private static Scope ChildScope(JsonElement obj, Cls cls, Role role, Scope scope)
    {
        Scope children = scope;
        children.Top = false;
        switch (cls)
        {
            case Cls.Canvas:
                children.CanvasId = JsonValues.IdOf(obj);
                children.CanvasWidth = JsonValues.PositiveIntOf(obj, "width");
                children.CanvasHeight = JsonValues.PositiveIntOf(obj, "height");
                children.CanvasDuration = JsonValues.PositiveNumberOf(obj, "duration");
                children.AuxiliaryCanvas = role is Role.PlaceholderCanvas or Role.AccompanyingCanvas;
                break;
            case Cls.Range:
                children.TopRange = false;
                children.ThumbnailNavParent = JsonValues.HasString(obj, "behavior", "thumbnail-nav");
                break;
            case Cls.Annotation:
                children.Painting = JsonValues.HasString(obj, "motivation", "painting");
                break;
        }

        return children;
    }

    /// <summary>Checks every property of a resource: its name, its shape, its value, and the resources below it.</summary>
    private void CheckProperties(JsonElement obj, Cls cls, Role role, Scope scope, Scope children)
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

            if (!_properties.CheckPropertyName(name, cls))
            {
                continue;
            }

            _properties.CheckShape(name, value, cls);
            _context.Path.Push(name);
            CheckPropertyValue(name, value, cls, role, scope, children, obj);
            _context.Path.Pop();
        }
    }

    /// <summary>Hands the value of one property to the rule set that checks it; the path is on the property.</summary>
    private void CheckPropertyValue(string name, JsonElement value, Cls cls, Role role, Scope scope, Scope children, JsonElement owner)
    {
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
                _technical.CheckBehavior(value, cls);
                break;
            case "viewingDirection":
                _technical.CheckVocabularyValue(value, Vocabulary.ViewingDirections, "viewingDirection");
                break;
            case "timeMode":
                _technical.CheckVocabularyValue(value, Vocabulary.TimeModes, "timeMode");
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
            case "placeholderCanvas":
                _canvases.CheckAuxiliaryCanvas(value, Role.PlaceholderCanvas, children);
                break;
            case "accompanyingCanvas":
                _canvases.CheckAuxiliaryCanvas(value, Role.AccompanyingCanvas, children);
                break;
            case "start" when cls is Cls.Manifest or Cls.Range:
                _ranges.CheckStart(value);
                break;
            case "supplementary":
                _ranges.CheckSupplementary(value, children);
                break;
            case "items":
                _items.VisitItems(value, cls, children);
                break;
            case "structures" when cls == Cls.Manifest:
                _ranges.VisitStructures(value, children);
                break;
            case "annotations":
                _pages.VisitAnnotations(value, children, cls, owner);
                break;
            case "first" or "last" or "next" or "prev" when cls is Cls.AnnotationCollection or Cls.AnnotationPage:
                _links.VisitLinks(value, Role.PageLink, children);
                break;
            case "body" when cls == Cls.Annotation:
                _annotations.VisitBodies(value, children);
                break;
            case "target" when cls == Cls.Annotation:
                _annotations.VisitTargets(value, children);
                break;
            case "source" when cls == Cls.SpecificResource:
                _annotations.VisitSource(value, role, children);
                break;
            case "selector" when cls == Cls.SpecificResource:
                _annotations.VisitSelectors(value);
                break;
            default:
                if (LinkRules.RoleOf(name) is { } linkRole)
                {
                    _links.VisitLinks(value, linkRole, children);
                }

                break;
        }
    }
}
