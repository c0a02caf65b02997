using System.Text.Json;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Tells what a resource is (its <see cref="Cls"/>, from its <c>type</c> or else its place) and whether
/// it is described where it stands or only referred to, which decides the rules that apply to it.
/// </summary>
internal static class ResourceKinds
{
    /// <summary>Returns the class of a resource from its type, or from its place when the type says nothing.</summary>
    public static Cls ClassOfType(string? type, Role role, out bool wrongCase)
    {
        wrongCase = false;
        if (role is Role.Service)
        {
            return Cls.Service;
        }

        if (type is not null)
        {
            Cls exact = ExactClass(type);
            if (exact != Cls.Unknown)
            {
                return exact;
            }

            string? variant = Vocabulary.CaseVariantOf(type, Vocabulary.KnownTypes);
            if (variant is not null)
            {
                wrongCase = true;
                Cls fixedCase = ExactClass(variant);
                if (fixedCase != Cls.Unknown)
                {
                    return fixedCase;
                }
            }
        }

        return role switch
        {
            Role.Canvas or Role.PlaceholderCanvas or Role.AccompanyingCanvas => Cls.Canvas,
            Role.CanvasPage or Role.AnnotationsPage or Role.PageLink => Cls.AnnotationPage,
            Role.PageAnnotation => Cls.Annotation,
            Role.Structure => Cls.Range,
            Role.Provider => Cls.Agent,
            Role.Supplementary => Cls.AnnotationCollection,
            Role.Top or Role.CollectionItem or Role.RangeItem or Role.Target or Role.Start or Role.Source or Role.PartOf =>
                type is null ? Cls.Unknown : Cls.Content,
            _ => Cls.Content,
        };
    }

    /// <summary>Returns whether a class is one of the IIIF classes of
    /// <see href="https://iiif.io/api/presentation/3.0/#2-resource-type-overview"/>.</summary>
    public static bool IsIiifClass(Cls cls) =>
        cls is Cls.Collection or Cls.Manifest or Cls.Canvas or Cls.Range or Cls.AnnotationPage or Cls.AnnotationCollection or Cls.Annotation;

    /// <summary>Returns whether a resource in this place is a content resource: a body, a thumbnail or a link.</summary>
    public static bool IsContentRole(Role role) =>
        role is Role.Body or Role.ChoiceItem or Role.Thumbnail or Role.Homepage or Role.Logo or Role.Rendering or Role.SeeAlso or Role.Source;

    /// <summary>Returns whether a Canvas in this place is described in full rather than referred to.</summary>
    public static bool IsFullCanvas(Role role) =>
        role is Role.Top or Role.Canvas or Role.PlaceholderCanvas or Role.AccompanyingCanvas or Role.Body or Role.ChoiceItem;

    /// <summary>Returns whether a resource is described here, rather than referred to by id, type and label.</summary>
    public static bool IsFullDescription(Cls cls, Role role, JsonElement obj) => role switch
    {
        Role.Top or Role.Canvas or Role.PlaceholderCanvas or Role.AccompanyingCanvas or Role.PageAnnotation or Role.Structure => true,
        Role.CanvasPage or Role.AnnotationsPage => obj.TryGetProperty("items", out _),
        Role.RangeItem => cls == Cls.Range && obj.TryGetProperty("items", out _),
        Role.CollectionItem => obj.TryGetProperty("items", out _),
        _ => false,
    };

    private static Cls ExactClass(string type) => type switch
    {
        "Collection" => Cls.Collection,
        "Manifest" => Cls.Manifest,
        "Canvas" => Cls.Canvas,
        "Range" => Cls.Range,
        "AnnotationPage" => Cls.AnnotationPage,
        "AnnotationCollection" => Cls.AnnotationCollection,
        "Annotation" => Cls.Annotation,
        "SpecificResource" => Cls.SpecificResource,
        "Choice" => Cls.Choice,
        "TextualBody" => Cls.TextualBody,
        "Agent" => Cls.Agent,
        _ => Cls.Unknown,
    };
}
