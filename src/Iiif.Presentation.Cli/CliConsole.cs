using System.IO;

namespace Iiif.Presentation.Cli;

/// <summary>Where a command writes: its results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Reports a problem with one file and returns the exit code that goes with it.</summary>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"iiif: {message}");
        return exitCode;
    }
}
