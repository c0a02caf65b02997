using System.Linq;

namespace Iiif.Presentation.Vocabulary;

/// <summary>Which behaviors 3.0 allows on which resources, and which exclude each other: the one rule the
/// builder, the upgrader and the validator apply.</summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#behavior"/>. Which kinds each value is
/// allowed on is declared with the value itself (<see cref="Behavior"/>). Thread-safe.</remarks>
internal static class BehaviorRules
{
    /// <summary>The layout behaviors, of which a resource holds at most one; a Range's overrides its Manifest's.</summary>
    public static readonly Behavior[] Layouts = [Behavior.Unordered, Behavior.Individuals, Behavior.Continuous, Behavior.Paged];

    /// <summary>Sets of behaviors of which one resource may hold at most one.</summary>
    public static readonly Behavior[][] Disjoint =
    [
        [Behavior.AutoAdvance, Behavior.NoAutoAdvance],
        [Behavior.Repeat, Behavior.NoRepeat],
        Layouts,
        [Behavior.Paged, Behavior.FacingPages, Behavior.NonPaged],
        [Behavior.MultiPart, Behavior.Together],
        [Behavior.Sequence, Behavior.ThumbnailNav, Behavior.NoNav],
    ];

    /// <summary>Whether a known behavior is allowed on a kind of resource; unknown ones (extensions) are.</summary>
    public static bool IsAllowed(string behavior, ResourceKind kind) =>
        Behavior.AllowedOn(behavior) is not { } kinds || Array.IndexOf(kinds, kind) >= 0;

    /// <summary>Whether a behavior is one the specification defines.</summary>
    public static bool IsKnown(string behavior) => Behavior.AllowedOn(behavior) is not null;

    /// <summary>The behavior among <paramref name="present"/> that excludes <paramref name="behavior"/>, if any.</summary>
    public static string? Conflict(string behavior, IEnumerable<string> present) =>
        Disjoint.Where(set => set.Any(b => b.Value == behavior))
            .SelectMany(set => set)
            .Select(b => b.Value)
            .FirstOrDefault(other => other != behavior && present.Contains(other));
}
