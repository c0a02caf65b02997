namespace Iiif.Presentation;

/// <summary>
/// Thrown by a builder's <c>Build()</c> when the document it would make is not valid 3.0 in a way that
/// only the whole shows (a Canvas without a size, a Manifest without canvases): every problem is listed,
/// each with where it is.
/// </summary>
/// <remarks>What a single call can check (a negative width, a behavior the resource may not have) is
/// refused by that call, with an <see cref="ArgumentException"/>.</remarks>
public sealed class IiifBuildException : InvalidOperationException
{
    /// <summary>Initializes an exception with no details.</summary>
    public IiifBuildException()
        : this([])
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public IiifBuildException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IiifBuildException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Initializes an exception listing problems.</summary>
    /// <param name="problems">Each problem, with where it is.</param>
    public IiifBuildException(IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? "The document is not valid." : "The document is not valid: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets each problem, with where it is (<c>items[2]: …</c>).</summary>
    public IReadOnlyList<string> Problems { get; }
}
