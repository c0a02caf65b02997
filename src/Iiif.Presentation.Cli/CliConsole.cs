namespace Iiif.Presentation.Cli;

/// <summary>Where a command writes: its results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>
    /// Gets a callback told the path of each input once it is done with (its output written or its failure
    /// reported); tests use it to interrupt a batch at a known point. Called on the thread that did the file.
    /// </summary>
    public Action<string>? FileDone { get; init; }

    /// <summary>Reports a problem with one file and returns the exit code that goes with it.</summary>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"iiif: {message}");
        return exitCode;
    }

    /// <summary>Tells <see cref="FileDone"/>, if any, that an input is done with.</summary>
    public void Done(string path) => FileDone?.Invoke(path);
}
