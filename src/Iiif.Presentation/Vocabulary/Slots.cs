namespace Iiif.Presentation.Vocabulary;

/// <summary>What each position in a document says about the class of the resource there.</summary>
/// <remarks>Spec: the <c>items</c>, <c>structures</c>, <c>annotations</c> and linking properties of
/// <see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>. Thread-safe.</remarks>
internal static class Slots
{
    /// <summary>Returns the class a position fixes whatever the <c>type</c> says (a Manifest's <c>items</c> are
    /// Canvases), or <see langword="null"/> where the type chooses.</summary>
    public static ResourceKind? FixedKind(Slot slot) => slot switch
    {
        Slot.Canvas or Slot.PlaceholderCanvas or Slot.AccompanyingCanvas => ResourceKind.Canvas,
        Slot.CanvasPage or Slot.AnnotationsPage or Slot.PageLink => ResourceKind.AnnotationPage,
        Slot.PageAnnotation => ResourceKind.Annotation,
        Slot.Structure => ResourceKind.Range,
        Slot.Provider => ResourceKind.Agent,
        Slot.Supplementary => ResourceKind.AnnotationCollection,
        _ => null,
    };

    /// <summary>Returns the family a typed resource at a position must be read as: content resources for the
    /// links to content (<c>thumbnail</c>, <c>homepage</c>, <c>logo</c>, <c>rendering</c>, <c>seeAlso</c>),
    /// services for <c>service</c>; <see langword="null"/> elsewhere.</summary>
    public static ResourceKind? Family(Slot slot) => slot switch
    {
        Slot.Thumbnail or Slot.Homepage or Slot.Logo or Slot.Rendering or Slot.SeeAlso => ResourceKind.Content,
        Slot.Service => ResourceKind.Service,
        _ => null,
    };

    /// <summary>Returns the class a resource without a <c>type</c> is read as at a position: what the position
    /// fixes, a Manifest among a Collection's items, a Canvas where Canvases are targeted; a content resource
    /// (<see langword="null"/>) elsewhere.</summary>
    public static ResourceKind? UntypedKind(Slot slot) => FixedKind(slot) ?? slot switch
    {
        Slot.CollectionItem => ResourceKind.Manifest,
        Slot.RangeItem or Slot.Target or Slot.Start => ResourceKind.Canvas,
        _ => null,
    };

    /// <summary>Returns whether resources at a position are parts of Canvases (targets), which decides what a
    /// SpecificResource's <c>source</c> there is.</summary>
    public static bool Targets(Slot slot) => slot is Slot.Target or Slot.Start or Slot.RangeItem;
}
