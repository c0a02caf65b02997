using System.Globalization;
using System.Text;

namespace Iiif.Presentation;

/// <summary>The differences <see cref="IiifDiff"/> found between two documents.</summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed class IiifDiffResult
{
    internal IiifDiffResult(IReadOnlyList<IiifDifference> differences)
    {
        Differences = differences;
    }

    /// <summary>Gets whether the documents are the same: no differences were found.</summary>
    public bool IsSame => Differences.Count == 0;

    /// <summary>Gets the differences, in document order of the expected document (added values where the
    /// actual document has them).</summary>
    public IReadOnlyList<IiifDifference> Differences { get; }

    /// <summary>Lists the differences, one a line, after a line that counts them; what a failing test shows.</summary>
    /// <returns>The list, with <c>\n</c> line ends; or a line that says the documents are the same.</returns>
    public override string ToString()
    {
        if (IsSame)
        {
            return "The documents are the same.";
        }

        var text = new StringBuilder();
        text.Append(Differences.Count.ToString(CultureInfo.InvariantCulture))
            .Append(Differences.Count == 1 ? " difference:" : " differences:");
        foreach (IiifDifference difference in Differences)
        {
            text.Append("\n  ").Append(difference);
        }

        return text.ToString();
    }
}
