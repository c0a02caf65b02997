using System.Linq;
using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// The property names of Presentation 2.x and of the 3.0 drafts that 3.0 replaced, each with the 3.0
/// property that replaces it, stated once: the validator reports them (P3-PROP-03) and names the
/// replacement from here.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/change-log/"/> and
/// <see href="https://iiif.io/api/presentation/2.1/#resource-properties"/>; <c>posterCanvas</c> is the 3.0
/// beta's name for <c>placeholderCanvas</c>. None of the names is a Presentation 3.0 or Web Annotation
/// term.</para>
/// <para>Thread-safe: the table is built once and only read.</para>
/// </remarks>
internal static class LegacyProperties
{
    /// <summary>Gets every legacy property, in the order of the 2.x resource properties.</summary>
    public static IReadOnlyList<LegacyProperty> All { get; } =
    [
        new("sequences", P.Items, Remark: "a Manifest lists its Canvases directly"),
        new("viewingHint", P.Behavior),
        new("attribution", P.RequiredStatement),
        new("license", P.Rights),
        new("description", P.Summary, Alternative: P.Metadata),
        new("related", P.Homepage),
        new("within", P.PartOf),
        new("otherContent", P.Annotations),
        new("startCanvas", P.Start),
        new("posterCanvas", P.PlaceholderCanvas),
    ];

    private static readonly Dictionary<string, LegacyProperty> s_byName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Finds a legacy property by its name, or <see langword="null"/>.</summary>
    public static LegacyProperty? Find(string name) => s_byName.TryGetValue(name, out LegacyProperty? property) ? property : null;
}
