using System;
using System.Collections.Generic;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>The terms of Presentation 3.0 and Web Annotation that the rules look up (SPEC.md §1–2).</summary>
internal static class Vocabulary
{

    /// <summary>Properties defined by Presentation 3.0.</summary>
    public static readonly HashSet<string> Presentation3Properties = new(StringComparer.Ordinal)
    {
        "@context", "id", "type", "label", "metadata", "summary", "requiredStatement", "rights", "navDate", "navPlace",
        "provider", "thumbnail", "placeholderCanvas", "accompanyingCanvas", "language", "format", "profile", "height",
        "width", "duration", "viewingDirection", "behavior", "timeMode", "homepage", "logo", "rendering", "service",
        "services", "seeAlso", "partOf", "start", "supplementary", "items", "structures", "annotations",
    };

    /// <summary>Properties defined by the Web Annotation model (and the IIIF selector annex), which
    /// Presentation 3.0 documents use on annotations, pages, collections, bodies, targets and selectors.</summary>
    public static readonly HashSet<string> WebAnnotationProperties = new(StringComparer.Ordinal)
    {
        "motivation", "body", "target", "bodyValue", "created", "modified", "generated", "creator", "generator",
        "audience", "canonical", "via", "stylesheet", "accessibility", "purpose", "value", "processingLanguage",
        "textDirection", "source", "selector", "state", "styleClass", "renderedVia", "scope", "first", "last",
        "total", "next", "prev", "startIndex", "conformsTo", "refinedBy", "exact", "prefix", "suffix", "start",
        "end", "startSelector", "endSelector", "sourceDate", "sourceDateStart", "sourceDateEnd", "cached", "name",
        "nickname", "email", "email_sha1", "x", "y", "t", "region", "size", "rotation", "quality", "items", "rights",
    };

    /// <summary>Names from Presentation 2.x and 3.0 drafts, with the 3.0 term that replaces each.</summary>
    public static readonly Dictionary<string, string> LegacyProperties = new(StringComparer.Ordinal)
    {
        ["sequences"] = "`items` (a Manifest lists its Canvases directly)",
        ["viewingHint"] = "`behavior`",
        ["attribution"] = "`requiredStatement`",
        ["license"] = "`rights`",
        ["description"] = "`summary` (or `metadata`)",
        ["related"] = "`homepage`",
        ["within"] = "`partOf`",
        ["otherContent"] = "`annotations`",
        ["startCanvas"] = "`start`",
        ["posterCanvas"] = "`placeholderCanvas`",
    };

    /// <summary>Properties whose value must be an array, even for one value (P3-JSON-02).</summary>
    public static readonly HashSet<string> ArrayProperties = new(StringComparer.Ordinal)
    {
        "behavior", "metadata", "thumbnail", "provider", "homepage", "logo", "rendering", "seeAlso", "partOf",
        "service", "services", "items", "structures", "annotations", "language",
    };

    /// <summary>Properties whose value must not be an array (P3-JSON-04).</summary>
    public static readonly HashSet<string> SingleProperties = new(StringComparer.Ordinal)
    {
        "type", "format", "profile", "rights", "navDate", "viewingDirection", "timeMode", "requiredStatement",
        "start", "supplementary", "placeholderCanvas", "accompanyingCanvas",
    };

    /// <summary>Properties whose values link to resources, and so are objects with <c>id</c> and
    /// <c>type</c> rather than URI strings (P3-JSON-03); annotation bodies and targets and a specific
    /// resource's source are exempt.</summary>
    public static readonly HashSet<string> LinkProperties = new(StringComparer.Ordinal)
    {
        "thumbnail", "homepage", "logo", "rendering", "seeAlso", "partOf", "provider", "service", "services",
        "start", "placeholderCanvas", "accompanyingCanvas", "supplementary", "first", "last", "next", "prev",
        "items", "structures",
    };

    /// <summary>Content resource types of the specification (P3-TYPE-02).</summary>
    public static readonly HashSet<string> ContentTypes = new(StringComparer.Ordinal)
    {
        "Dataset", "Image", "Model", "Sound", "Text", "Video",
    };

    /// <summary>Every class and resource type the rules know, for finding ones written in the wrong case.</summary>
    public static readonly string[] KnownTypes =
    [
        "Collection", "Manifest", "Canvas", "Range", "AnnotationPage", "AnnotationCollection", "Annotation",
        "SpecificResource", "Choice", "TextualBody", "Agent", "Dataset", "Image", "Model", "Sound", "Text", "Video",
        "FragmentSelector", "SvgSelector", "PointSelector", "ImageApiSelector",
    ];

    public static readonly HashSet<string> Motivations = new(StringComparer.Ordinal)
    {
        "painting", "supplementing", "assessing", "bookmarking", "classifying", "commenting", "describing",
        "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
        "contentState",
    };

    public static readonly HashSet<string> ViewingDirections = new(StringComparer.Ordinal)
    {
        "left-to-right", "right-to-left", "top-to-bottom", "bottom-to-top",
    };

    public static readonly HashSet<string> TimeModes = new(StringComparer.Ordinal) { "trim", "scale", "loop" };

    /// <summary>The behavior values and the classes that may carry each (SPEC.md §2).</summary>
    public static readonly Dictionary<string, Cls[]> Behaviors = new(StringComparer.Ordinal)
    {
        ["auto-advance"] = [Cls.Collection, Cls.Manifest, Cls.Canvas, Cls.Range],
        ["no-auto-advance"] = [Cls.Collection, Cls.Manifest, Cls.Canvas, Cls.Range],
        ["repeat"] = [Cls.Collection, Cls.Manifest],
        ["no-repeat"] = [Cls.Collection, Cls.Manifest],
        ["unordered"] = [Cls.Collection, Cls.Manifest, Cls.Range],
        ["individuals"] = [Cls.Collection, Cls.Manifest, Cls.Range],
        ["continuous"] = [Cls.Collection, Cls.Manifest, Cls.Range],
        ["paged"] = [Cls.Collection, Cls.Manifest, Cls.Range],
        ["facing-pages"] = [Cls.Canvas],
        ["non-paged"] = [Cls.Canvas],
        ["multi-part"] = [Cls.Collection],
        ["together"] = [Cls.Collection],
        ["sequence"] = [Cls.Range],
        ["thumbnail-nav"] = [Cls.Range],
        ["no-nav"] = [Cls.Range],
        ["hidden"] = [Cls.AnnotationCollection, Cls.AnnotationPage, Cls.Annotation, Cls.SpecificResource, Cls.Choice],
    };

    /// <summary>Sets of behaviors of which one resource may hold at most one value (SPEC.md §2).</summary>
    public static readonly string[][] DisjointBehaviors = Array.ConvertAll(BehaviorRules.Disjoint, set => Array.ConvertAll(set, b => b.Value));

    /// <summary>Returns the known term equal to a name but for case, or <see langword="null"/>.</summary>
    public static string? CaseVariantOf(string name, IEnumerable<string> terms)
    {
        foreach (string term in terms)
        {
            if (!string.Equals(term, name, StringComparison.Ordinal) && string.Equals(term, name, StringComparison.OrdinalIgnoreCase))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>Returns the classes a Presentation 3.0 property is allowed on, for the properties §1 marks
    /// "–" on some classes; <see langword="null"/> for properties allowed on every class.</summary>
    public static Cls[]? AllowedOn(string property) => property switch
    {
        "navDate" => [Cls.Collection, Cls.Manifest, Cls.Canvas, Cls.Range],
        "placeholderCanvas" or "accompanyingCanvas" => [Cls.Collection, Cls.Manifest, Cls.Canvas, Cls.Range],
        "language" or "format" => [Cls.Content],
        "height" or "width" or "duration" => [Cls.Canvas, Cls.Content],
        "viewingDirection" => [Cls.Collection, Cls.Manifest, Cls.Range],
        "timeMode" => [Cls.Annotation],
        "start" => [Cls.Manifest, Cls.Range],
        "supplementary" => [Cls.Range],
        "services" => [Cls.Collection, Cls.Manifest],
        "items" => [Cls.Collection, Cls.Manifest, Cls.Canvas, Cls.AnnotationPage, Cls.Range, Cls.Choice],
        "structures" => [Cls.Manifest],
        "annotations" => [Cls.Collection, Cls.Manifest, Cls.Canvas, Cls.Range, Cls.Content],
        _ => null,
    };

    public static string Name(Cls cls) => cls switch
    {
        Cls.Collection => "Collection",
        Cls.Manifest => "Manifest",
        Cls.Canvas => "Canvas",
        Cls.Range => "Range",
        Cls.AnnotationPage => "AnnotationPage",
        Cls.AnnotationCollection => "AnnotationCollection",
        Cls.Annotation => "Annotation",
        Cls.SpecificResource => "SpecificResource",
        Cls.Choice => "Choice",
        Cls.TextualBody => "TextualBody",
        Cls.Agent => "Agent",
        Cls.Service => "service",
        Cls.Content => "content resource",
        _ => "resource",
    };

    public static string Names(Cls[] classes)
    {
        var names = new string[classes.Length];
        for (int i = 0; i < classes.Length; i++)
        {
            names[i] = Name(classes[i]);
        }

        return names.Length == 1 ? names[0] : string.Join(", ", names, 0, names.Length - 1) + " or " + names[names.Length - 1];
    }
}

/// <summary>The classes the rules tell apart.</summary>
internal enum Cls
{
    Unknown,
    Collection,
    Manifest,
    Canvas,
    Range,
    AnnotationPage,
    AnnotationCollection,
    Annotation,
    SpecificResource,
    Choice,
    TextualBody,
    Agent,
    Content,
    Service,
}
