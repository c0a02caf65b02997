namespace Iiif.Presentation.Testing;

/// <summary>The exception <see cref="IiifSnapshot"/> throws when the output is not the reviewed snapshot, or
/// when there is no snapshot yet. Its message says what differs, for any test framework to show.</summary>
public sealed class IiifSnapshotMismatchException : Exception
{
    /// <summary>Initializes an exception with no details.</summary>
    public IiifSnapshotMismatchException()
        : this("The output does not match its snapshot.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What differs.</param>
    public IiifSnapshotMismatchException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What differs.</param>
    /// <param name="innerException">The cause.</param>
    public IiifSnapshotMismatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
        VerifiedPath = string.Empty;
    }

    /// <summary>Initializes an exception for a snapshot that does not match.</summary>
    /// <param name="message">What differs.</param>
    /// <param name="verifiedPath">The path of the <c>.verified.json</c> file.</param>
    /// <param name="receivedPath">The path of the <c>.received.json</c> file written, or <see langword="null"/>.</param>
    /// <param name="differences">The semantic differences, or <see langword="null"/> when there was nothing to compare.</param>
    public IiifSnapshotMismatchException(string message, string verifiedPath, string? receivedPath, IiifDiffResult? differences)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
        Differences = differences;
    }

    /// <summary>Gets the path of the reviewed <c>.verified.json</c> file, which may not exist yet.</summary>
    public string VerifiedPath { get; }

    /// <summary>Gets the path of the <c>.received.json</c> file written for review, or <see langword="null"/>
    /// when none was written (a continuous integration build).</summary>
    public string? ReceivedPath { get; }

    /// <summary>Gets the semantic differences between the snapshot and the output; <see langword="null"/> when
    /// the snapshot is missing or either text is not JSON. Empty when only key order or formatting differs.</summary>
    public IiifDiffResult? Differences { get; }

    /// <summary>Gets whether the snapshot file was missing.</summary>
    public bool IsMissing { get; internal set; }
}
