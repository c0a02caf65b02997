namespace Iiif.Presentation;

/// <summary>
/// The exception thrown when JSON cannot be read into the model: it is not JSON, not UTF-8, nests too
/// deeply, repeats a key, or is not an object where a resource must be. It says where, as a JSON path
/// and a position.
/// </summary>
/// <remarks>
/// <para>
/// Violations of the IIIF specification that the model can hold (a missing label, a wrong behavior)
/// never throw: reading keeps them and the validator reports them (<c>docs/design-notes.md</c>, principle 1).
/// </para>
/// <para>
/// Derives from <see cref="JsonException"/>, so code that already handles System.Text.Json errors
/// handles these. As there, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> count from 0; positions are in bytes of the UTF-8
/// text, including any byte order mark.
/// </para>
/// </remarks>
public sealed class IiifJsonException : JsonException
{
    /// <summary>Initializes an exception with no details.</summary>
    public IiifJsonException()
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public IiifJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IiifJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception with a message and where it happened.</summary>
    /// <param name="message">What went wrong, without the position; the position is appended.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.items[3].label</c>.</param>
    /// <param name="lineNumber">The line, counting from 0.</param>
    /// <param name="bytePositionInLine">The byte in the line, counting from 0.</param>
    /// <param name="bytePosition">The byte in the whole text, counting from 0.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public IiifJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, long? bytePosition, Exception? innerException)
        : base(Describe(message, path, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
    {
        BytePosition = bytePosition;
    }

    /// <summary>Gets the position in bytes from the start of the UTF-8 text, counting from 0, when known.</summary>
    public long? BytePosition { get; }

    private static string Describe(string message, string? path, long? line, long? byteInLine)
    {
        if (path is null && line is null)
        {
            return message;
        }

        string where = path is null ? string.Empty : $" Path: {path}";
        if (line is not null)
        {
            where += $"{(where.Length == 0 ? " " : " | ")}LineNumber: {line} | BytePositionInLine: {byteInLine}";
        }

        return message.TrimEnd() + where + ".";
    }
}
