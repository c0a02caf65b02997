using System;
using System.Collections.Generic;
using System.Linq;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation;

/// <summary>Which behaviors 3.0 allows on which resources, and which exclude each other
/// (<see href="https://iiif.io/api/presentation/3.0/#behavior"/>).</summary>
internal static class BehaviorRules
{
    private static readonly ResourceKind[] s_temporal = [ResourceKind.Collection, ResourceKind.Manifest, ResourceKind.Canvas, ResourceKind.Range];
    private static readonly ResourceKind[] s_layout = [ResourceKind.Collection, ResourceKind.Manifest, ResourceKind.Range];

    private static readonly Dictionary<string, ResourceKind[]> s_allowed = new(StringComparer.Ordinal)
    {
        ["auto-advance"] = s_temporal,
        ["no-auto-advance"] = s_temporal,
        ["repeat"] = [ResourceKind.Collection, ResourceKind.Manifest],
        ["no-repeat"] = [ResourceKind.Collection, ResourceKind.Manifest],
        ["unordered"] = s_layout,
        ["individuals"] = s_layout,
        ["continuous"] = s_layout,
        ["paged"] = s_layout,
        ["facing-pages"] = [ResourceKind.Canvas],
        ["non-paged"] = [ResourceKind.Canvas],
        ["multi-part"] = [ResourceKind.Collection],
        ["together"] = [ResourceKind.Collection],
        ["sequence"] = [ResourceKind.Range],
        ["thumbnail-nav"] = [ResourceKind.Range],
        ["no-nav"] = [ResourceKind.Range],
        ["hidden"] = [ResourceKind.AnnotationCollection, ResourceKind.AnnotationPage, ResourceKind.Annotation,
            ResourceKind.SpecificResource, ResourceKind.Choice],
    };

    /// <summary>Sets of behaviors of which one resource may hold at most one (shared with the validator).</summary>
    public static readonly string[][] Disjoint =
    [
        ["auto-advance", "no-auto-advance"],
        ["repeat", "no-repeat"],
        ["unordered", "individuals", "continuous", "paged"],
        ["paged", "facing-pages", "non-paged"],
        ["multi-part", "together"],
        ["sequence", "thumbnail-nav", "no-nav"],
    ];

    /// <summary>Whether a known behavior is allowed on a kind of resource; unknown ones (extensions) are.</summary>
    public static bool IsAllowed(string behavior, ResourceKind kind) =>
        !s_allowed.TryGetValue(behavior, out ResourceKind[]? kinds) || Array.IndexOf(kinds, kind) >= 0;

    /// <summary>Whether a behavior is one the specification defines.</summary>
    public static bool IsKnown(string behavior) => s_allowed.ContainsKey(behavior);

    /// <summary>The behavior among <paramref name="present"/> that excludes <paramref name="behavior"/>, if any.</summary>
    public static string? Conflict(string behavior, IEnumerable<string> present) =>
        Disjoint.Where(set => Array.IndexOf(set, behavior) >= 0)
            .SelectMany(set => set)
            .FirstOrDefault(other => other != behavior && present.Contains(other));
}
