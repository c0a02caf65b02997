using System.Linq;
using Iiif.Presentation.Serialization.Members;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Tells what a resource is (its <see cref="ResourceKind"/>, from its <c>type</c> or else its
/// <see cref="Slot"/>; <see langword="null"/> when neither says), where the resources below it sit, and
/// whether it is described where it stands or only referred to, which decides the rules that apply to it.
/// </summary>
/// <remarks>The kinds, slots and shapes are the core's (<see cref="ResourceShapes"/>, <see cref="Slots"/>);
/// what is decided here is how the rules read them. Thread-safe.</remarks>
internal static class ResourceKinds
{
    private static readonly Slot[] s_slotWherever = IiifProperties.All.Select(CommonSlot).ToArray();

    /// <summary>Returns the kind of a resource from its type, or from its place when the type says nothing;
    /// <see langword="null"/> for an untyped resource whose place does not say.</summary>
    /// <param name="type">The <c>type</c> (or <c>@type</c>), if a string.</param>
    /// <param name="slot">Where the resource sits.</param>
    /// <param name="wrongCase">Set when the type is a known 3.0 type name written in another case.</param>
    public static ResourceKind? KindOf(string? type, Slot slot, out bool wrongCase)
    {
        wrongCase = false;
        if (slot == Slot.Service)
        {
            return ResourceKind.Service;
        }

        if (type is not null)
        {
            IiifType? named = ExactType(type);
            if (named is null && CaseVariants.OfType(type) is { } variant)
            {
                wrongCase = true;
                named = ExactType(variant);
            }

            // A type of a family with one type fixes the kind; content and selector types leave it to the place.
            if (named is not null && IiifTypes.OfKind(named.Kind) is not null)
            {
                return named.Kind;
            }
        }

        // What the place fixes; else content, but an untyped resource only where the place holds content.
        return Slots.FixedKind(slot) ?? (type is not null || HoldsContent(slot) ? ResourceKind.Content : null);
    }

    /// <summary>Returns the type a <c>type</c> string names by exactly its 3.0 name (not a 2.x name, a prefixed
    /// name or another case, which <see cref="IiifTypes.Find(string)"/> also accepts), or <see langword="null"/>.</summary>
    public static IiifType? ExactType(string type) => IiifTypes.Find(type) is { } named && named.Name == type ? named : null;

    /// <summary>Returns whether a kind is one of the IIIF classes of
    /// <see href="https://iiif.io/api/presentation/3.0/#2-resource-type-overview"/>.</summary>
    public static bool IsIiifClass(ResourceKind? kind) => kind is { } known && IiifTypes.OfKind(known) is { IsTopLevel: true };

    /// <summary>Returns whether a resource in this place is a content resource: a body, a thumbnail, a link
    /// to content, or the source of a SpecificResource body.</summary>
    public static bool IsContentSlot(Slot slot) => HoldsContent(slot) || slot == Slot.Source;

    /// <summary>Returns whether a Canvas in this place is described in full rather than referred to.</summary>
    public static bool IsFullCanvas(Slot slot) =>
        slot is Slot.Top or Slot.Canvas or Slot.PlaceholderCanvas or Slot.AccompanyingCanvas or Slot.Body or Slot.ChoiceItem;

    /// <summary>Returns whether a resource is described here, rather than referred to by id, type and label.</summary>
    public static bool IsFullDescription(ResourceKind? kind, Slot slot, JsonElement obj) => slot switch
    {
        Slot.Top or Slot.Canvas or Slot.PlaceholderCanvas or Slot.AccompanyingCanvas or Slot.PageAnnotation or Slot.Structure => true,
        Slot.CanvasPage or Slot.AnnotationsPage => obj.TryGetProperty("items", out _),
        Slot.RangeItem => kind == ResourceKind.Range && obj.TryGetProperty("items", out _),
        Slot.CollectionItem => obj.TryGetProperty("items", out _),
        _ => false,
    };

    /// <summary>Returns the member of a kind's shape that holds a property, or <see langword="null"/> when
    /// the kind holds no such property (or is unknown).</summary>
    public static Member<IiifResource>? MemberOf(ResourceKind? kind, IiifProperty property) =>
        kind is { } known ? ResourceShapes.Of(known)?.For(property) : null;

    /// <summary>Returns where the values of a property sit in every class that holds it, read from the shapes:
    /// <see cref="Slot.Any"/> where the classes differ (<c>items</c>) or the values are no resources.</summary>
    public static Slot SlotWherever(IiifProperty property) => s_slotWherever[property.Index];

    /// <summary>Returns whether a kind is one of Web Annotation's paging classes, whose shapes hold page links
    /// (<c>first</c> and <c>last</c> of a collection, <c>prev</c> and <c>next</c> of a page).</summary>
    public static bool Pages(ResourceKind? kind) =>
        kind is { } known && ResourceShapes.Of(known) is { } shape && shape.Members.Any(m => m.Slot == Slot.PageLink);

    /// <summary>Names a kind for a message: its type, or what its family is called.</summary>
    public static string Name(ResourceKind? kind) => kind switch
    {
        null => "resource",
        ResourceKind.Content => "content resource",
        ResourceKind.Service => "service",
        _ => IiifTypes.OfKind(kind.Value)?.Name ?? "resource",
    };

    /// <summary>Names kinds for a message: "A", "A or B", "A, B or C".</summary>
    public static string Names(IReadOnlyList<ResourceKind> kinds)
    {
        var names = new string[kinds.Count];
        for (int i = 0; i < kinds.Count; i++)
        {
            names[i] = Name(kinds[i]);
        }

        return names.Length == 1 ? names[0] : string.Join(", ", names, 0, names.Length - 1) + " or " + names[names.Length - 1];
    }

    private static Slot CommonSlot(IiifProperty property)
    {
        Slot[] slots = ResourceShapes.All.Select(shape => shape.For(property)).OfType<Member<IiifResource>>().Select(m => m.Slot).Distinct().ToArray();
        return slots.Length == 1 ? slots[0] : Slot.Any;
    }

    /// <summary>Returns whether an untyped resource in this place is content: a body or one of its choices,
    /// or an entry of a property that links to content (<see cref="Slots.Family"/>).</summary>
    private static bool HoldsContent(Slot slot) =>
        slot is Slot.Body or Slot.ChoiceItem || Slots.Family(slot) == ResourceKind.Content;
}
