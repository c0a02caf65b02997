using System.Collections.Generic;
using System.Linq;

namespace Iiif.Presentation.Cli;

/// <summary>What <c>iiif info</c> reports about a document.</summary>
internal sealed class DocumentSummary
{

    public required string Type { get; init; }

    public required string Version { get; init; }

    public string? Id { get; init; }

    public string? Label { get; init; }

    public string? LabelLanguage { get; init; }

    public int Canvases { get; init; }

    public int Ranges { get; init; }

    public int AnnotationPages { get; init; }

    public int Annotations { get; init; }

    public int Manifests { get; init; }

    public int Collections { get; init; }

    public double? Duration { get; init; }

    /// <summary>Gets the number of image services by Image API version (1, 2, 3).</summary>
    public required IReadOnlyDictionary<int, int> ImageServices { get; init; }

    public static DocumentSummary Describe(IiifResource root)
    {
        var all = new List<IiifResource>();
        // The model's own traversal: every resource the root holds, in document order, each object once.
        all.AddRange(root.EnumerateResources().Select(e => e.Resource).Distinct(ReferenceEqualityComparer.Instance).Cast<IiifResource>());

        List<Canvas> canvases = root switch
        {
            Manifest manifest => manifest.Items.ToList(),
            Canvas canvas => [canvas],
            _ => [],
        };
        List<double> durations = canvases.Where(c => c.Duration is not null).Select(c => c.Duration!.Value).ToList();
        (string? label, string? language) = PickLabel(root.Label);

        return new DocumentSummary
        {
            Type = root.Type ?? root.GetType().Name,
            Version = root.Context.Contains(IiifContexts.Presentation3) || root.Context.Count == 0 ? "3" : "3 (other @context)",
            Id = root.Id,
            Label = label,
            LabelLanguage = language,
            Canvases = canvases.Count,
            Ranges = root is Manifest m ? CountRanges(m.Structures) : root is IiifRange r ? 1 + CountRanges(r.Items.OfType<IiifRange>()) : 0,
            AnnotationPages = all.OfType<AnnotationPage>().Count(),
            Annotations = all.OfType<Annotation>().Count(),
            Manifests = root is Collection ? all.OfType<Manifest>().Count() : 0,
            Collections = root is Collection ? all.OfType<Collection>().Count(c => !ReferenceEquals(c, root)) : 0,
            Duration = durations.Count == 0 ? null : durations.Sum(),
            ImageServices = all.OfType<ImageService>()
                .GroupBy(s => s.ApiVersion)
                .OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static int CountRanges(IEnumerable<IiifRange> ranges) =>
        ranges.Sum(r => 1 + CountRanges(r.Items.OfType<IiifRange>()));

    private static (string? Text, string? Language) PickLabel(LanguageMap? label)
    {
        if (label is null || label.Count == 0)
        {
            return (null, null);
        }

        foreach (string preferred in new[] { "en", LanguageMap.NoLanguage })
        {
            if (label.TryGetValue(preferred, out IList<string>? values) && values.Count > 0)
            {
                return (string.Join(" ", values), preferred);
            }
        }

        KeyValuePair<string, IList<string>> first = label.First();
        return (string.Join(" ", first.Value), first.Key);
    }
}
