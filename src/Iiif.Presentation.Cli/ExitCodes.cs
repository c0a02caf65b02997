namespace Iiif.Presentation.Cli;

/// <summary>
/// The exit codes of the <c>iiif</c> command (<c>docs/design-notes.md</c>, "The iiif tool's exit codes"). A batch ends with the highest code of its
/// files, so the worst outcome wins; an interruption ends it with <see cref="Interrupted"/>.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Success = 0;

    /// <summary>A document is invalid, or could not be read or converted.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or a file could not be read or written.</summary>
    public const int UsageOrIO = 2;

    /// <summary>The command failed in a way it should not have: a bug to report.</summary>
    public const int InternalError = 3;

    /// <summary>The command was interrupted (Ctrl+C, SIGINT or SIGTERM): 128 + SIGINT, as shells expect.</summary>
    public const int Interrupted = 130;
}
