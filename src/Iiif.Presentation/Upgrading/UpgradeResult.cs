using System.Linq;
using Iiif.Presentation.Upgrading;

namespace Iiif.Presentation;

/// <summary>What <see cref="IiifUpgrader"/> made of a document: the 3.0 resource and its notes.</summary>
public sealed class UpgradeResult
{
    internal UpgradeResult(IiifResource resource, IReadOnlyList<UpgradeNote> notes)
    {
        Resource = resource;
        Notes = notes;
    }

    /// <summary>Gets the Presentation 3.0 resource.</summary>
    public IiifResource Resource { get; }

    /// <summary>Gets the notes, in input order: every place where information could not carry over exactly.</summary>
    public IReadOnlyList<UpgradeNote> Notes { get; }

    /// <summary>Gets whether any note is an <see cref="UpgradeNoteSeverity.Error"/>: the output is not
    /// valid 3.0 (or the input was not Presentation 2).</summary>
    public bool HasErrors => Notes is UpgradeNotes notes ? notes.HasErrors : Notes.Any(n => n.Severity == UpgradeNoteSeverity.Error);
}
