using System.Linq;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>
/// Finds the term a name means but for its case (P3-JSON-01: property names, types and enumerated values
/// are case-sensitive), among the terms the core declares.
/// </summary>
/// <remarks>The terms are <see cref="IiifProperties"/>, <see cref="IiifTypes"/> and the known values of the
/// vocabularies; nothing is listed here. Thread-safe.</remarks>
internal static class CaseVariants
{
    /// <summary>The 3.0 names of every type but the services', which the rules check as services.</summary>
    private static readonly string[] s_typeNames =
        IiifTypes.All.Where(t => t.Kind != ResourceKind.Service).Select(t => t.Name).ToArray();

    /// <summary>The properties Presentation 3.0 defines, then the other Web Annotation ones.</summary>
    private static readonly string[] s_propertyNames = IiifProperties.All.Where(p => p.Has(PropertyFacts.Presentation3))
        .Concat(IiifProperties.All.Where(p => p.Has(PropertyFacts.WebAnnotation) && !p.Has(PropertyFacts.Presentation3)))
        .Select(p => p.Name).ToArray();

    /// <summary>Returns the term equal to a name but for case, or <see langword="null"/>.</summary>
    public static string? Of(string name, IEnumerable<string> terms)
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

    /// <summary>Returns the type name a <c>type</c> means but for case, or <see langword="null"/>.</summary>
    public static string? OfType(string type) => Of(type, s_typeNames);

    /// <summary>Returns the Presentation 3.0 or Web Annotation property a name means but for case, or <see langword="null"/>.</summary>
    public static string? OfProperty(string name) => Of(name, s_propertyNames);
}
