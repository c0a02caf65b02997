namespace Iiif.Presentation.Upgrading;

/// <summary>
/// What a Manifest requires (<see href="https://iiif.io/api/presentation/3.0/#52-manifest"/>): its Canvases from
/// the sequences, its structures, a <c>start</c> that is one of its Canvases, at least one Canvas, a label.
/// </summary>
internal sealed class ManifestTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    public void Require(in Frame frame)
    {
        var manifest = (Manifest)frame.Resource;
        if (frame.Reference)
        {
            _context.Resources.RequireLabel(manifest, frame.Input, manifest.Id ?? string.Empty);
            return;
        }

        _context.Sequences.Translate(frame);
        _context.Ranges.Structures(frame);
        StartInItems(frame, manifest);
        if (manifest.Items.Count == 0)
        {
            _context.Note(UpgradeNoteCodes.OutputInvalid, frame.Input, OutputPlace.Of(manifest, "items"),
                "The Manifest has no canvases to carry over, and a 3.0 Manifest needs at least one.");
        }

        _context.Resources.RequireLabel(manifest, frame.Input, string.Empty);
    }

    /// <summary>A Manifest's <c>start</c> is one of its Canvases; one that is not is left out, into a note.</summary>
    private void StartInItems(in Frame frame, Manifest manifest)
    {
        if (manifest.Start is not { } start || manifest.Items.Count == 0)
        {
            return;
        }

        string? canvas = start is Canvas { Id: { } id } ? id : (start as SpecificResource)?.Source?.Id;
        if (canvas is not null)
        {
            foreach (Canvas item in manifest.Items)
            {
                if (string.Equals(item.Id, canvas, StringComparison.Ordinal))
                {
                    return;
                }
            }
        }

        manifest.Start = null;
        _context.Note(UpgradeNoteCodes.ValueDropped, _context.Sequences.StartInput ?? frame.Input.Key("startCanvas"),
            $"The start canvas {canvas} is not a Canvas of this Manifest; 3.0 start must be one. It is kept in this note.",
            JsonValues.String(canvas ?? string.Empty));
    }
}
