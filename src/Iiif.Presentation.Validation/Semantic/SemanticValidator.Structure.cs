using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Iiif.Presentation.Validation.Semantic;

internal sealed partial class SemanticValidator
{
    /// <summary>Returns what the resources below this one need to know about it.</summary>
    private static Scope ChildScope(JsonElement obj, Cls cls, Role role, Scope scope)
    {
        Scope children = scope;
        children.Top = false;
        switch (cls)
        {
            case Cls.Canvas:
                children.CanvasId = IdOf(obj);
                children.CanvasWidth = IntOf(obj, "width");
                children.CanvasHeight = IntOf(obj, "height");
                children.CanvasDuration = NumberOf(obj, "duration");
                children.AuxiliaryCanvas = role is Role.PlaceholderCanvas or Role.AccompanyingCanvas;
                break;
            case Cls.Range:
                children.TopRange = false;
                children.ThumbnailNavParent = HasBehavior(obj, "thumbnail-nav");
                break;
            case Cls.Annotation:
                children.Painting = HasMotivation(obj, "painting");
                break;
        }

        return children;
    }

    // A Canvas given as a bare id string has no size: these read only objects.
    private static int? IntOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetDouble(out double d) && d > 0 && d <= int.MaxValue && Math.Floor(d) == d ? (int)d : null;

    private static double? NumberOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetDouble(out double d) && d > 0 ? d : null;

    private static bool HasBehavior(JsonElement obj, string behavior)
    {
        if (obj.TryGetProperty("behavior", out JsonElement value))
        {
            foreach (JsonElement item in Values(value))
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() == behavior)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasMotivation(JsonElement obj, string motivation)
    {
        if (obj.TryGetProperty("motivation", out JsonElement value))
        {
            foreach (JsonElement item in Values(value))
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() == motivation)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Finds the Manifest's Canvases, with their sizes, before the walk needs them for Ranges,
    /// <c>start</c> and annotation targets.</summary>
    private static Dictionary<string, CanvasInfo> CollectCanvases(JsonElement manifest)
    {
        var canvases = new Dictionary<string, CanvasInfo>(StringComparer.Ordinal);
        if (manifest.TryGetProperty("items", out JsonElement items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement canvas in items.EnumerateArray())
            {
                if (IdOf(canvas) is { } id && !canvases.ContainsKey(id))
                {
                    canvases.Add(id, new CanvasInfo(IntOf(canvas, "width"), IntOf(canvas, "height"), NumberOf(canvas, "duration")));
                }
            }
        }

        return canvases;
    }

    // ---- items ----------------------------------------------------------------------------------

    /// <summary>Visits <c>items</c> with the role its owner's class gives each entry.</summary>
    private void VisitItems(JsonElement value, Cls cls, Scope children)
    {
        Role role = cls switch
        {
            Cls.Collection => Role.CollectionItem,
            Cls.Manifest => Role.Canvas,
            Cls.Canvas => Role.CanvasPage,
            Cls.AnnotationPage => Role.PageAnnotation,
            Cls.Range => Role.RangeItem,
            Cls.Choice => Role.ChoiceItem,
            _ => Role.Body,
        };

        int index = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Values(value))
        {
            if (array)
            {
                _path.Push(index);
            }

            index++;
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    VisitResource(item, role, children);
                    if (role == Role.RangeItem)
                    {
                        CheckCanvasReference(item);
                    }

                    break;
                case JsonValueKind.String when role is Role.RangeItem or Role.CollectionItem:
                    Report(ValidationRules.Json03, $"An item is an object with `id` and `type`, not the URI string \"{Show(item.GetString()!)}\".");
                    break;
                default:
                    ReportItemKind(cls, item);
                    break;
            }

            if (array)
            {
                _path.Pop();
            }
        }
    }

    private void ReportItemKind(Cls cls, JsonElement item)
    {
        string found = Kind(item.ValueKind);
        switch (cls)
        {
            case Cls.Collection:
                Report(ValidationRules.Items01, $"The items of a Collection are Collections and Manifests, not {found}.");
                break;
            case Cls.Manifest:
                Report(ValidationRules.Items06, $"The items of a Manifest are Canvases, not {found}.");
                break;
            case Cls.Canvas:
                Report(ValidationRules.Items08, $"The items of a Canvas are AnnotationPages, not {found}.");
                break;
            case Cls.AnnotationPage:
                Report(ValidationRules.Items09, $"The items of an AnnotationPage are Annotations, not {found}.");
                break;
            case Cls.Range:
                Report(ValidationRules.Items10, $"The items of a Range are Canvases, Ranges and SpecificResources, not {found}.");
                break;
        }
    }

    // ---- Collection -----------------------------------------------------------------------------

    /// <summary>P3-DESC-01/03, P3-ITEMS-01…05, P3-SVC-03.</summary>
    private void CheckCollection(JsonElement collection, Role role, Scope scope)
    {
        bool full = IsFullDescription(Cls.Collection, role, collection);
        if (role == Role.CollectionItem)
        {
            CheckCollectionEntry(collection, Cls.Collection);
        }

        if (full)
        {
            CheckLabelPresent(collection, Cls.Collection, ValidationRules.Desc01);
            if (scope.Top)
            {
                CheckRecommended(collection, Cls.Collection);
            }
        }

        if (!scope.Top && collection.TryGetProperty("services", out _))
        {
            ReportProperty(ValidationRules.Svc03, "services", "`services` is only given on the top-most Collection; move these services there.");
        }

        if (!full && role != Role.Top)
        {
            return;
        }

        if (!collection.TryGetProperty("items", out JsonElement items))
        {
            ReportMissing(ValidationRules.Items01, "items", "A Collection has `items`: the Manifests and Collections it lists.");
            return;
        }

        if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0)
        {
            ReportProperty(ValidationRules.Items02, "items", "This Collection lists nothing; an empty Collection is allowed but not useful.");
        }

        CheckItemTypes(items, "items", ValidationRules.Items01, "Collections and Manifests", t => t is "Collection" or "Manifest");
    }

    /// <summary>P3-ITEMS-03/04/05: a Manifest or Collection listed in a Collection's <c>items</c>.</summary>
    private void CheckCollectionEntry(JsonElement entry, Cls cls)
    {
        if (cls == Cls.Manifest && (entry.TryGetProperty("items", out _) || entry.TryGetProperty("structures", out _)))
        {
            Report(ValidationRules.Items03, "A Collection refers to its Manifests (id, type, label, thumbnail); it does not embed their `items` or `structures`.");
        }

        if (!entry.TryGetProperty("label", out _))
        {
            ReportMissing(ValidationRules.Items04, "label", $"A {Vocabulary.Name(cls)} listed in a Collection has a `label`, so clients can show the list.");
        }

        if (!entry.TryGetProperty("thumbnail", out _))
        {
            ReportMissing(ValidationRules.Items05, "thumbnail", $"A {Vocabulary.Name(cls)} listed in a Collection should have a `thumbnail`.");
        }
    }

    // ---- Manifest -------------------------------------------------------------------------------

    /// <summary>P3-DESC-01/03, P3-ITEMS-06, P3-STR-01, P3-BEH-06.</summary>
    private void CheckManifest(JsonElement manifest, Role role)
    {
        if (role == Role.CollectionItem)
        {
            CheckCollectionEntry(manifest, Cls.Manifest);
            return;
        }

        if (!IsFullDescription(Cls.Manifest, role, manifest))
        {
            return; // a reference (in partOf, say) needs no more than id, type and label
        }

        CheckLabelPresent(manifest, Cls.Manifest, ValidationRules.Desc01);
        CheckRecommended(manifest, Cls.Manifest);

        if (!manifest.TryGetProperty("items", out JsonElement items) ||
            (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0))
        {
            if (manifest.TryGetProperty("items", out _))
            {
                ReportProperty(ValidationRules.Items06, "items", "A Manifest has at least one Canvas in `items`.");
            }
            else
            {
                ReportMissing(ValidationRules.Items06, "items", "A Manifest has `items`: at least one Canvas.");
            }
        }
        else
        {
            CheckItemTypes(items, "items", ValidationRules.Items06, "Canvases", t => t == "Canvas");
        }

        if (manifest.TryGetProperty("structures", out JsonElement structures))
        {
            CheckItemTypes(structures, "structures", ValidationRules.Str01, "Ranges", t => t == "Range");
        }

        CheckBehaviorNeeds(manifest, Cls.Manifest, _canvases?.Values ?? (IEnumerable<CanvasInfo>)[]);
    }

    /// <summary>Reports entries of a list whose <c>type</c> is not one the list may hold.</summary>
    private void CheckItemTypes(JsonElement items, string property, ValidationRule rule, string expected, Func<string, bool> allowed)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        _path.Push(property);
        int index = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && TypeOf(item) is { } type && !allowed(type) &&
                Vocabulary.CaseVariantOf(type, Vocabulary.KnownTypes) is null)
            {
                _path.Push(index);
                ReportProperty(rule, "type", $"This list holds {expected}, not a {Show(type)}.");
                _path.Pop();
            }

            index++;
        }

        _path.Pop();
    }

    private void CheckLabelPresent(JsonElement obj, Cls cls, ValidationRule rule)
    {
        if (!obj.TryGetProperty("label", out JsonElement label) ||
            (label.ValueKind == JsonValueKind.Object && !HasAnyText(label)))
        {
            ReportMissing(rule, "label", $"A {Vocabulary.Name(cls)} {(rule.Severity == ValidationSeverity.Error ? "has" : "should have")} a `label` with at least one entry.");
        }
    }

    private static bool HasAnyText(JsonElement languageMap)
    {
        foreach (JsonProperty entry in languageMap.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.String ||
                (entry.Value.ValueKind == JsonValueKind.Array && entry.Value.GetArrayLength() > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>P3-DESC-03: the properties a Collection or Manifest should have.</summary>
    private void CheckRecommended(JsonElement obj, Cls cls)
    {
        foreach (string property in new[] { "metadata", "summary", "provider", "thumbnail" })
        {
            if (!obj.TryGetProperty(property, out _))
            {
                ReportMissing(ValidationRules.Desc03, property, $"A {Vocabulary.Name(cls)} should have `{property}`.");
            }
        }
    }

    /// <summary>P3-BEH-06: time-based behaviors need Canvases with a duration, page-based ones Canvases with a size.</summary>
    private void CheckBehaviorNeeds(JsonElement obj, Cls cls, IEnumerable<CanvasInfo> canvases)
    {
        if (!obj.TryGetProperty("behavior", out JsonElement behaviors))
        {
            return;
        }

        bool anyDuration = false;
        bool anySize = false;
        bool anyCanvas = false;
        foreach (CanvasInfo canvas in canvases)
        {
            anyCanvas = true;
            anyDuration |= canvas.Duration is not null;
            anySize |= canvas.Width is not null && canvas.Height is not null;
        }

        if (!anyCanvas)
        {
            return;
        }

        foreach (JsonElement item in Values(behaviors))
        {
            string? behavior = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (behavior is "auto-advance" or "no-auto-advance" or "repeat" or "no-repeat" && !anyDuration)
            {
                ReportProperty(ValidationRules.Beh06, "behavior", $"\"{behavior}\" is about time-based media, but no Canvas of this {Vocabulary.Name(cls)} has a `duration`.");
            }
            else if (behavior is "continuous" or "paged" or "facing-pages" or "non-paged" && !anySize)
            {
                ReportProperty(ValidationRules.Beh06, "behavior", $"\"{behavior}\" is about images, but no Canvas of this {Vocabulary.Name(cls)} has a `height` and `width`.");
            }
        }
    }

    // ---- Canvas ---------------------------------------------------------------------------------

    /// <summary>P3-DIM-02/03, P3-DESC-02/06, P3-ITEMS-07/08, P3-PH-02.</summary>
    private void CheckCanvas(JsonElement canvas, Role role, Scope scope)
    {
        if (!IsFullCanvas(role) || role is Role.Body or Role.ChoiceItem)
        {
            return;
        }

        bool width = canvas.TryGetProperty("width", out _);
        bool height = canvas.TryGetProperty("height", out _);
        bool duration = canvas.TryGetProperty("duration", out _);
        if (width != height)
        {
            ReportMissing(ValidationRules.Dim02, width ? "height" : "width", "A Canvas gives `height` and `width` together, or neither.");
        }
        else if (!width && !duration)
        {
            ReportMissing(ValidationRules.Dim03, "width", "A Canvas has a size (`height` and `width`), a `duration`, or both.");
        }

        CheckLabelPresent(canvas, Cls.Canvas, ValidationRules.Desc02);

        if (role is Role.PlaceholderCanvas or Role.AccompanyingCanvas || scope.AuxiliaryCanvas)
        {
            foreach (string property in new[] { "placeholderCanvas", "accompanyingCanvas" })
            {
                if (canvas.TryGetProperty(property, out _))
                {
                    ReportProperty(ValidationRules.Ph02, property, $"A placeholder or accompanying Canvas has no `{property}` of its own.");
                }
            }
        }

        if (!canvas.TryGetProperty("items", out JsonElement items) ||
            (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0))
        {
            ReportMissing(ValidationRules.Items07, "items", "A Canvas should have at least one AnnotationPage in `items`, painting its content.");
            return;
        }

        CheckItemTypes(items, "items", ValidationRules.Items08, "AnnotationPages", t => t == "AnnotationPage");

        int painting = 0;
        foreach (JsonElement page in Values(items))
        {
            if (page.ValueKind == JsonValueKind.Object && page.TryGetProperty("items", out JsonElement annotations))
            {
                foreach (JsonElement annotation in Values(annotations))
                {
                    if (annotation.ValueKind == JsonValueKind.Object && HasMotivation(annotation, "painting"))
                    {
                        painting++;
                    }
                }
            }
        }

        if (painting > 1 && !canvas.TryGetProperty("thumbnail", out _))
        {
            ReportMissing(ValidationRules.Desc06, "thumbnail", $"This Canvas paints {painting} resources; give it a `thumbnail` that shows them together.");
        }
    }

    /// <summary>P3-PH-01: <c>placeholderCanvas</c> and <c>accompanyingCanvas</c>.</summary>
    private void CheckAuxiliaryCanvas(JsonElement value, Role role, Scope children)
    {
        string name = role == Role.PlaceholderCanvas ? "placeholderCanvas" : "accompanyingCanvas";
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(ValidationRules.Ph01, $"`{name}` is a Canvas object with `id` and `type`, not {Kind(value.ValueKind)}.");
            }

            return;
        }

        if (IdOf(value) is null || TypeOf(value) != "Canvas")
        {
            Report(ValidationRules.Ph01, $"`{name}` is a Canvas: it has an `id` and \"type\": \"Canvas\".");
        }

        VisitResource(value, role, children);
    }

    // ---- Range and structures -------------------------------------------------------------------

    private void VisitStructures(JsonElement value, Scope children)
    {
        children.TopRange = true;
        ForEachValue(value, item =>
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                VisitResource(item, Role.Structure, children);
            }
            else
            {
                Report(ValidationRules.Str01, $"The entries of `structures` are Range objects, not {Kind(item.ValueKind)}.");
            }
        });
    }

    /// <summary>P3-DESC-02, P3-ITEMS-10, P3-BEH-04/05/06, P3-START-01/02, P3-SUPP-01.</summary>
    private void CheckRange(JsonElement range, Role role, Scope scope)
    {
        bool hasItems = range.TryGetProperty("items", out JsonElement items);
        if (role is Role.Structure or Role.Top || hasItems)
        {
            CheckLabelPresent(range, Cls.Range, ValidationRules.Desc02);
        }

        if (HasBehavior(range, "sequence") && role == Role.RangeItem)
        {
            ReportProperty(ValidationRules.Beh04, "behavior", "A `sequence` Range is listed directly in the Manifest's `structures`, not inside another Range.");
        }

        // A no-nav child is not shown in navigation, so it needs no thumbnail to navigate by.
        if (role == Role.RangeItem && scope.ThumbnailNavParent && !range.TryGetProperty("thumbnail", out _) && !HasBehavior(range, "no-nav"))
        {
            ReportMissing(ValidationRules.Beh05, "thumbnail", "The Ranges inside a `thumbnail-nav` Range have a `thumbnail` to navigate by.");
        }

        if (!hasItems)
        {
            if (role is Role.Top or Role.Structure)
            {
                ReportMissing(ValidationRules.Items10, "items", "A Range in `structures` has `items`: the Canvases, parts of Canvases and Ranges it covers.");
            }

            return;
        }

        if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0)
        {
            ReportProperty(ValidationRules.Items10, "items", "A Range's `items`, when present, are not empty; leave `items` out to make a reference.");
            return;
        }

        _path.Push("items");
        int index = 0;
        var canvases = new List<CanvasInfo>();
        foreach (JsonElement item in Values(items))
        {
            if (items.ValueKind == JsonValueKind.Array)
            {
                _path.Push(index);
            }

            index++;
            if (item.ValueKind == JsonValueKind.Object)
            {
                string? type = TypeOf(item);
                bool canvasSource = type == "SpecificResource" && item.TryGetProperty("source", out JsonElement source) &&
                    (source.ValueKind == JsonValueKind.String || TypeOf(source) is "Canvas" or null);
                if (IdOf(item) is null && type != "SpecificResource")
                {
                    ReportMissing(ValidationRules.Items10, "id", "An item of a Range has an `id` and a `type`.");
                }
                else if (type is not null && type is not ("Range" or "Canvas") && !canvasSource &&
                         Vocabulary.CaseVariantOf(type, Vocabulary.KnownTypes) is null)
                {
                    ReportProperty(ValidationRules.Items10, "type", $"The items of a Range are Canvases, Ranges, and SpecificResources of Canvases, not a {Show(type)}.");
                }

                if (CanvasIdOf(item) is { } canvasId && _canvases is not null)
                {
                    if (_canvases.TryGetValue(canvasId, out CanvasInfo info))
                    {
                        canvases.Add(info);
                    }
                    else if (type != "Range")
                    {
                        Report(ValidationRules.Str02, $"The Canvas {Show(canvasId)} is not one of the Manifest's Canvases.");
                    }
                }
            }

            if (items.ValueKind == JsonValueKind.Array)
            {
                _path.Pop();
            }
        }

        _path.Pop();
        CheckBehaviorNeeds(range, Cls.Range, canvases);
    }

    /// <summary>Returns the Canvas id (without fragment) a Canvas reference or a SpecificResource of a Canvas points at.</summary>
    private static string? CanvasIdOf(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return Uris.WithoutFragment(item.GetString()!);
        }

        string? type = TypeOf(item);
        if (type == "Canvas" || type is null)
        {
            return IdOf(item) is { } id ? Uris.WithoutFragment(id) : null;
        }

        if (type == "SpecificResource" && item.TryGetProperty("source", out JsonElement source))
        {
            return CanvasIdOf(source);
        }

        return null;
    }

    /// <summary>P3-START-01/02.</summary>
    private void CheckStart(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (value.ValueKind != JsonValueKind.Array && value.ValueKind != JsonValueKind.String)
            {
                Report(ValidationRules.Start01, $"`start` is a Canvas, or a SpecificResource of a Canvas, not {Kind(value.ValueKind)}.");
            }

            return;
        }

        string? type = TypeOf(value);
        bool ok = type == "Canvas" ||
            (type == "SpecificResource" && value.TryGetProperty("selector", out _) && value.TryGetProperty("source", out JsonElement source) &&
             (source.ValueKind == JsonValueKind.String || TypeOf(source) == "Canvas"));
        if (!ok)
        {
            Report(ValidationRules.Start01, "`start` is a Canvas (id and type), or a SpecificResource with a `selector` and a Canvas as `source`.");
            return;
        }

        if (CanvasIdOf(value) is { } canvasId && _canvases is not null && !_canvases.ContainsKey(canvasId))
        {
            Report(ValidationRules.Start02, $"`start` points at {Show(canvasId)}, which is not one of the Manifest's Canvases.");
        }

        CheckCanvasReference(value);
    }

    /// <summary>P3-SUPP-01.</summary>
    private void CheckSupplementary(JsonElement value, Scope children)
    {
        if (value.ValueKind != JsonValueKind.Object || TypeOf(value) != "AnnotationCollection")
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(ValidationRules.Supp01, "`supplementary` is one AnnotationCollection object (id and \"type\": \"AnnotationCollection\").");
            }

            return;
        }

        VisitResource(value, Role.Supplementary, children);
    }

    /// <summary>P3-DESC-02 for an AnnotationCollection that is described, not referred to.</summary>
    private void CheckAnnotationCollection(JsonElement collection, Role role)
    {
        if (role == Role.Top || collection.TryGetProperty("first", out _))
        {
            CheckLabelPresent(collection, Cls.AnnotationCollection, ValidationRules.Desc02);
        }
    }

    // ---- annotations ----------------------------------------------------------------------------

    /// <summary>P3-ANNO-01: the pages in <c>annotations</c>; their annotations must not paint and must
    /// target the resource that lists them.</summary>
    private void VisitAnnotations(JsonElement value, Scope children, Cls ownerClass, JsonElement owner)
    {
        string? ownerId = IdOf(owner);
        children.NonPainting = true;
        children.AnnotatedId = ownerId;
        children.AnnotatedServices = ServiceIdsOf(owner);
        children.CanvasId = ownerClass == Cls.Canvas ? ownerId : null;
        ForEachValue(value, item =>
        {
            if (item.ValueKind != JsonValueKind.Object || IdOf(item) is null || TypeOf(item) != "AnnotationPage")
            {
                string found = item.ValueKind == JsonValueKind.Object ? "an object without id and \"type\": \"AnnotationPage\"" : Kind(item.ValueKind);
                Report(ValidationRules.Anno01, $"The entries of `annotations` are AnnotationPage objects with `id` and `type`, not {found}.");
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                VisitResource(item, Role.AnnotationsPage, children);
            }
        });
    }

    /// <summary>P3-ITEMS-07/09, P3-PAINT-01, P3-ANNO-02.</summary>
    private void CheckAnnotationPage(JsonElement page, Role role, Scope scope)
    {
        bool hasItems = page.TryGetProperty("items", out JsonElement items);
        if ((role == Role.Top && !hasItems) || (hasItems && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0))
        {
            ReportMissing(ValidationRules.Items07, "items", "An AnnotationPage should have at least one Annotation in `items`.");
        }

        if (!hasItems)
        {
            return;
        }

        CheckItemTypes(items, "items", ValidationRules.Items09, "Annotations", t => t == "Annotation");
        if (role is not (Role.CanvasPage or Role.AnnotationsPage))
        {
            return;
        }

        _path.Push("items");
        int index = 0;
        foreach (JsonElement annotation in Values(items))
        {
            if (items.ValueKind == JsonValueKind.Array)
            {
                _path.Push(index);
            }

            index++;
            if (annotation.ValueKind == JsonValueKind.Object && annotation.TryGetProperty("motivation", out _))
            {
                bool painting = HasMotivation(annotation, "painting");
                if (role == Role.CanvasPage && !painting)
                {
                    ReportProperty(ValidationRules.Paint01, "motivation", "The Annotations in a Canvas's `items` paint its content: their motivation includes \"painting\". Put other annotations in `annotations`.");
                }
                else if (role == Role.AnnotationsPage && painting)
                {
                    ReportProperty(ValidationRules.Anno02, "motivation", "A page in `annotations` holds no painting Annotation; painting Annotations go in a Canvas's `items`.");
                }
            }

            if (items.ValueKind == JsonValueKind.Array)
            {
                _path.Pop();
            }
        }

        _path.Pop();
    }

    /// <summary>P3-ANNO-03/04, P3-MOT-01, P3-PAINT-02/03.</summary>
    private void CheckAnnotation(JsonElement annotation, Scope scope)
    {
        if (annotation.TryGetProperty("motivation", out JsonElement motivations))
        {
            _path.Push("motivation");
            int index = 0;
            foreach (JsonElement motivation in Values(motivations))
            {
                if (motivations.ValueKind == JsonValueKind.Array)
                {
                    _path.Push(index);
                }

                index++;
                if (motivation.ValueKind == JsonValueKind.String && motivation.GetString() is { } text && !Vocabulary.Motivations.Contains(text))
                {
                    if (Vocabulary.CaseVariantOf(text, Vocabulary.Motivations) is { } variant)
                    {
                        Report(ValidationRules.Json01, $"Motivations are case-sensitive: write \"{variant}\", not \"{text}\".");
                    }
                    else
                    {
                        Report(ValidationRules.Mot01, $"\"{Show(text)}\" is neither painting, supplementing nor a Web Annotation motivation; clients may not know it.");
                    }
                }

                if (motivations.ValueKind == JsonValueKind.Array)
                {
                    _path.Pop();
                }
            }

            _path.Pop();
        }

        if (!annotation.TryGetProperty("target", out JsonElement target))
        {
            ReportMissing(ValidationRules.Anno04, "target", "An Annotation has a `target`: what it is about.");
            return;
        }

        if (scope.NonPainting && scope.AnnotatedId is { } annotated)
        {
            foreach (JsonElement item in Values(target))
            {
                if (CanvasIdOf(item) is { } targetId && !IsPartOf(targetId, annotated, scope.AnnotatedServices))
                {
                    ReportProperty(ValidationRules.Anno03, "target", $"An annotation listed in the `annotations` of {Show(annotated)} targets that resource or a part of it, not {Show(targetId)}.");
                    break;
                }
            }
        }

        if (scope.CanvasId is { } canvasId && !scope.NonPainting && HasMotivation(annotation, "painting"))
        {
            CheckPainting(annotation, target, canvasId, scope);
        }
    }

    /// <summary>Returns whether a target is the annotated resource or a part of it: one of a Manifest's
    /// Canvases, or an image addressed through its image service.</summary>
    private bool IsPartOf(string targetId, string annotated, string[]? services) =>
        targetId == Uris.WithoutFragment(annotated) ||
        (_canvases is not null && _canvases.ContainsKey(targetId) && !_canvases.ContainsKey(Uris.WithoutFragment(annotated))) ||
        (services is not null && Array.IndexOf(services, targetId) >= 0);

    private static string[]? ServiceIdsOf(JsonElement owner)
    {
        if (!owner.TryGetProperty("service", out JsonElement services))
        {
            return null;
        }

        var ids = new List<string>();
        foreach (JsonElement service in Values(services))
        {
            if (IdOf(service) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids.ToArray();
    }

    /// <summary>P3-PAINT-02/03 for a painting annotation of a Canvas.</summary>
    private void CheckPainting(JsonElement annotation, JsonElement target, string canvasId, Scope scope)
    {
        foreach (JsonElement item in Values(target))
        {
            if (CanvasIdOf(item) is not { } targetId || targetId != Uris.WithoutFragment(canvasId) ||
                (item.ValueKind == JsonValueKind.Object && TypeOf(item) is { } type && type is not ("Canvas" or "SpecificResource")))
            {
                ReportProperty(ValidationRules.Paint02, "target", $"A painting Annotation targets its Canvas ({Show(canvasId)}), optionally with a media fragment, or a SpecificResource of it.");
                break;
            }
        }

        if (!annotation.TryGetProperty("body", out JsonElement body))
        {
            return;
        }

        bool canvasSized = scope.CanvasWidth is not null && scope.CanvasHeight is not null;
        bool canvasTimed = scope.CanvasDuration is not null;
        foreach (JsonElement resource in PaintedResources(body))
        {
            string? type = TypeOf(resource);
            bool needsSize = type is "Image" or "Video" || resource.TryGetProperty("width", out _) || resource.TryGetProperty("height", out _);
            bool needsTime = type is "Sound" or "Video" || resource.TryGetProperty("duration", out _);
            if (needsSize && !canvasSized)
            {
                ReportProperty(ValidationRules.Paint03, "body", $"This body has a spatial extent ({type ?? "width/height"}), but the Canvas has no `height` and `width` to paint it on.");
                return;
            }

            if (needsTime && !canvasTimed)
            {
                ReportProperty(ValidationRules.Paint03, "body", $"This body has a duration ({type ?? "duration"}), but the Canvas has no `duration` to paint it on.");
                return;
            }
        }
    }

    /// <summary>Returns the resources a body paints: itself, a Choice's options, a SpecificResource's source.</summary>
    private static IEnumerable<JsonElement> PaintedResources(JsonElement body)
    {
        foreach (JsonElement item in Values(body))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? type = TypeOf(item);
            if (type == "Choice" && item.TryGetProperty("items", out JsonElement options))
            {
                foreach (JsonElement option in PaintedResources(options))
                {
                    yield return option;
                }
            }
            else if (type == "SpecificResource" && item.TryGetProperty("source", out JsonElement source) && source.ValueKind == JsonValueKind.Object)
            {
                yield return source;
            }
            else
            {
                yield return item;
            }
        }
    }

    // ---- targets, sources, selectors, fragments -------------------------------------------------

    private void VisitTargets(JsonElement value, Scope children)
    {
        ForEachValue(value, item =>
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                VisitResource(item, Role.Target, children);
            }

            CheckCanvasReference(item);
        });
    }

    private void VisitSource(JsonElement value, Role role, Scope children)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            VisitResource(value, role is Role.Body or Role.ChoiceItem ? Role.Source : Role.Target, children);
        }
    }

    private void VisitSelectors(JsonElement value)
    {
        ForEachValue(value, selector =>
        {
            if (selector.ValueKind == JsonValueKind.Object && TypeOf(selector) is null)
            {
                ReportMissing(ValidationRules.Type01, "type", "A selector has a `type`, such as FragmentSelector or PointSelector.");
            }
        });
    }

    /// <summary>P3-FRAG-01/02: a media fragment or selector on a Canvas stays inside it.</summary>
    private void CheckCanvasReference(JsonElement reference)
    {
        if (_canvases is null || CanvasIdOf(reference) is not { } canvasId || !_canvases.TryGetValue(canvasId, out CanvasInfo canvas))
        {
            return;
        }

        string? fragment = null;
        if (reference.ValueKind == JsonValueKind.String)
        {
            fragment = Uris.FragmentOf(reference.GetString()!);
        }
        else if (TypeOf(reference) == "SpecificResource")
        {
            if (reference.TryGetProperty("source", out JsonElement source) && IdOf(source) is { } sourceId)
            {
                fragment = Uris.FragmentOf(sourceId);
            }

            if (reference.TryGetProperty("selector", out JsonElement selectors))
            {
                foreach (JsonElement selector in Values(selectors))
                {
                    string? selectorType = TypeOf(selector);
                    if (selectorType == "FragmentSelector" && selector.TryGetProperty("value", out JsonElement value) && value.ValueKind == JsonValueKind.String)
                    {
                        fragment = value.GetString();
                    }
                    else if (selectorType == "PointSelector")
                    {
                        CheckPoint(selector, canvas);
                    }
                }
            }
        }
        else if (IdOf(reference) is { } id)
        {
            fragment = Uris.FragmentOf(id);
        }

        if (string.IsNullOrEmpty(fragment) || !MediaFragments.TryParse(fragment!, out MediaFragments parts))
        {
            return;
        }

        if (parts.TemporalFirst is false && parts.HasTemporal && parts.HasSpatial)
        {
            Report(ValidationRules.Frag02, "In a combined media fragment, t= comes before xywh=.");
        }

        string? problem = null;
        if (parts.HasSpatial)
        {
            if (canvas.Width is null || canvas.Height is null)
            {
                problem = "it selects a region (xywh=) of a Canvas that has no size";
            }
            else if (parts.Percent ? parts.X + parts.W > 100 || parts.Y + parts.H > 100
                                   : parts.X + parts.W > canvas.Width || parts.Y + parts.H > canvas.Height)
            {
                problem = $"the region xywh={(parts.Percent ? "percent:" : string.Empty)}{parts.X},{parts.Y},{parts.W},{parts.H} reaches outside the Canvas ({canvas.Width} × {canvas.Height})";
            }
        }

        if (problem is null && parts.HasTemporal)
        {
            if (canvas.Duration is null)
            {
                problem = "it selects a time (t=) of a Canvas that has no duration";
            }
            else if (parts.Start > canvas.Duration || (parts.End ?? parts.Start) > canvas.Duration)
            {
                problem = $"the time t={parts.Start}{(parts.End is null ? string.Empty : "," + parts.End)} reaches past the Canvas's duration ({canvas.Duration} s)";
            }
        }

        if (problem is not null)
        {
            Report(ValidationRules.Frag01, $"A part of a Canvas stays inside it: {problem}.");
        }
    }

    private void CheckPoint(JsonElement point, CanvasInfo canvas)
    {
        double? x = NumberOrZero(point, "x");
        double? y = NumberOrZero(point, "y");
        double? t = NumberOrZero(point, "t");
        bool outside = (x is not null && (canvas.Width is null || x > canvas.Width)) ||
                       (y is not null && (canvas.Height is null || y > canvas.Height)) ||
                       (t is not null && (canvas.Duration is null || t > canvas.Duration));
        if (outside)
        {
            Report(ValidationRules.Frag01, "A PointSelector's point stays inside the Canvas (within its size and duration).");
        }
    }

    private static double? NumberOrZero(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) ? d : null;
}
