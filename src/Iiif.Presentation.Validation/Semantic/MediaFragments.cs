namespace Iiif.Presentation.Validation.Semantic;

/// <summary>The <c>xywh=</c> and <c>t=</c> parts of a W3C media fragment, as IIIF uses them.</summary>
internal readonly struct MediaFragments
{
    public bool HasSpatial { get; init; }

    public bool Percent { get; init; }

    public double X { get; init; }

    public double Y { get; init; }

    public double W { get; init; }

    public double H { get; init; }

    public bool HasTemporal { get; init; }

    public double Start { get; init; }

    public double? End { get; init; }

    /// <summary>Gets whether <c>t=</c> came before <c>xywh=</c>, as the spec asks when both are given.</summary>
    public bool TemporalFirst { get; init; }

    /// <summary>Parses <c>xywh=…</c> and <c>t=…</c> out of a fragment (without <c>#</c>) as the model's
    /// <see cref="CanvasTarget"/> does; other parts are ignored. Returns <see langword="false"/> if either
    /// is malformed or given twice.</summary>
    public static bool TryParse(string fragment, out MediaFragments value)
    {
        value = default;
        if (!global::Iiif.Presentation.MediaFragments.TryParse(fragment, out CanvasRegion? region, out TimeInterval? time))
        {
            return false;
        }

        bool temporalFirst = false;
        foreach (string part in fragment.Split('&'))
        {
            if (part.StartsWith("xywh=", StringComparison.Ordinal) || part.StartsWith("t=", StringComparison.Ordinal))
            {
                temporalFirst = part[0] == 't';
                break;
            }
        }

        value = new MediaFragments
        {
            HasSpatial = region is not null,
            Percent = region?.Unit == MediaFragmentUnit.Percent,
            X = region?.X ?? 0,
            Y = region?.Y ?? 0,
            W = region?.W ?? 0,
            H = region?.H ?? 0,
            HasTemporal = time is not null,
            Start = time?.Start ?? 0,
            End = time?.End,
            TemporalFirst = region is not null && time is not null && temporalFirst,
        };
        return true;
    }
}
