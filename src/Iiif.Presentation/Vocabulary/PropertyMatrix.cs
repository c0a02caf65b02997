using System.Linq;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// The specification's summary of property requirements: which classes its tables cover, in their order,
/// and on which of them each Presentation 3.0 property may be given, read from the shapes.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#a-summary-of-property-requirements"/>. The
/// tables have a row for the seven IIIF classes and one for content resources; a class's shape
/// (<see cref="ResourceShapes"/>) holds a property exactly where the tables mark it required, recommended or
/// optional, so what a class may carry is stated once, in its shape, and only derived here. The tables say
/// nothing of SpecificResource, Choice, TextualBody, Agent and services, which hold what the Web Annotation
/// model and the service APIs define.</para>
/// <para>Thread-safe: built once and only read.</para>
/// </remarks>
internal static class PropertyMatrix
{
    // Declared before the tables derived from it.
    private static readonly ResourceKind[] s_classes =
    [
        ResourceKind.Collection, ResourceKind.Manifest, ResourceKind.Canvas, ResourceKind.Annotation,
        ResourceKind.AnnotationPage, ResourceKind.Range, ResourceKind.AnnotationCollection, ResourceKind.Content,
    ];

    private static readonly bool[] s_covers = Enumerable.Range(0, (int)ResourceKind.Selector + 1)
        .Select(kind => System.Array.IndexOf(s_classes, (ResourceKind)kind) >= 0).ToArray();

    private static readonly ResourceKind[]?[] s_allowedOn = IiifProperties.All.Select(Derive).ToArray();

    /// <summary>Gets the classes the tables have a row for, in the tables' order.</summary>
    public static IReadOnlyList<ResourceKind> Classes => s_classes;

    /// <summary>Returns whether the tables have a row for a class.</summary>
    public static bool Covers(ResourceKind kind) => s_covers[(int)kind];

    /// <summary>Returns the classes of the tables that may carry a Presentation 3.0 property, in the tables'
    /// order, for a property that some of them may carry and some may not; <see langword="null"/> for a
    /// property every class of the tables may carry, for one none of them holds (such as <c>navPlace</c>,
    /// an extension's term, or an Agent's <c>logo</c>), and for a property Presentation 3.0 does not define.</summary>
    public static ResourceKind[]? AllowedOn(IiifProperty property) => s_allowedOn[property.Index];

    private static ResourceKind[]? Derive(IiifProperty property)
    {
        // An extension's property (navPlace) is placed by its extension (P3-EXT-01), not by these tables.
        if (!property.Has(PropertyFacts.Presentation3) || property.Has(PropertyFacts.Extension))
        {
            return null;
        }

        ResourceKind[] holders = s_classes.Where(kind => ResourceShapes.Of(kind)!.For(property) is not null).ToArray();
        return holders.Length == 0 || holders.Length == s_classes.Length ? null : holders;
    }
}
