namespace Iiif.Presentation.Cli;

/// <summary>What <c>iiif info</c> reports about a document.</summary>
/// <param name="Type">The root's <c>type</c>, or its class when it has none.</param>
/// <param name="Version">The Presentation version its <c>@context</c> says.</param>
/// <param name="Id">The root's <c>id</c>.</param>
/// <param name="Label">The label shown: English, else language-neutral, else the first language.</param>
/// <param name="LabelLanguage">The language of <paramref name="Label"/>.</param>
/// <param name="Canvases">The number of Canvases of a Manifest (1 for a Canvas).</param>
/// <param name="Ranges">The number of Ranges, nested ones included.</param>
/// <param name="AnnotationPages">The number of AnnotationPages.</param>
/// <param name="Annotations">The number of Annotations.</param>
/// <param name="Manifests">The number of Manifests of a Collection.</param>
/// <param name="Collections">The number of Collections inside a Collection.</param>
/// <param name="Duration">The sum of the Canvases' durations, if any has one.</param>
/// <param name="ImageServices">The number of image services by Image API version (1, 2, 3).</param>
internal sealed record DocumentSummary(
    string Type,
    string Version,
    string? Id,
    string? Label,
    string? LabelLanguage,
    int Canvases,
    int Ranges,
    int AnnotationPages,
    int Annotations,
    int Manifests,
    int Collections,
    double? Duration,
    IReadOnlyDictionary<int, int> ImageServices)
{
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

        return new DocumentSummary(
            Type: root.Type ?? root.GetType().Name,
            Version: root.Context.Contains(IiifContexts.Presentation3) || root.Context.Count == 0 ? "3" : "3 (other @context)",
            Id: root.Id,
            Label: label,
            LabelLanguage: language,
            Canvases: canvases.Count,
            Ranges: root is Manifest m ? CountRanges(m.Structures) : root is IiifRange r ? 1 + CountRanges(r.Items.OfType<IiifRange>()) : 0,
            AnnotationPages: all.OfType<AnnotationPage>().Count(),
            Annotations: all.OfType<Annotation>().Count(),
            Manifests: root is Collection ? all.OfType<Manifest>().Count() : 0,
            Collections: root is Collection ? all.OfType<Collection>().Count(c => !ReferenceEquals(c, root)) : 0,
            Duration: durations.Count == 0 ? null : durations.Sum(),
            ImageServices: all.OfType<ImageService>()
                .GroupBy(s => s.ApiVersion)
                .OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Count()));
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
