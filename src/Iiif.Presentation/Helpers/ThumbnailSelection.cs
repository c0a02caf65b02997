namespace Iiif.Presentation;

/// <summary>The thumbnail chosen for a box, with every candidate considered and why the one chosen won.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class ThumbnailSelection
{
    internal ThumbnailSelection(ThumbnailCandidate? chosen, IReadOnlyList<ThumbnailCandidate> candidates, string reason, IReadOnlyList<string> notes)
    {
        Chosen = chosen;
        Candidates = candidates;
        Reason = reason;
        Notes = notes;
    }

    /// <summary>Gets the candidate chosen, or <see langword="null"/> when the resource has no thumbnail and no image to
    /// make one.</summary>
    public ThumbnailCandidate? Chosen { get; }

    /// <summary>Gets the URL of the candidate chosen, or <see langword="null"/>.</summary>
    public string? Url => Chosen?.Url;

    /// <summary>Gets the candidates considered, in document order: those of the first place that offered any (the
    /// resource's <c>thumbnail</c>, else its Canvas's, else its painted image).</summary>
    public IReadOnlyList<ThumbnailCandidate> Candidates { get; }

    /// <summary>Gets why the chosen candidate won, in English: the smallest at least the size asked, the largest when
    /// none is, or the first when none has a known size.</summary>
    public string Reason { get; }

    /// <summary>Gets what else was found on the way, in English: places without a thumbnail, a level 0 service that
    /// cannot serve a region, an <c>info.json</c> that could not be fetched or read (with the error).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc/>
    public override string ToString() => Url ?? "(none)";
}
