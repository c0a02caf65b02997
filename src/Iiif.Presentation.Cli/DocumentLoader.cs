namespace Iiif.Presentation.Cli;

/// <summary>Reads a document for a command, turning each kind of failure into its message and exit code.</summary>
internal static class DocumentLoader
{
    // format and info show the document as it is; iiif upgrade is the explicit step to 3.0.
    private static readonly IiifReadOptions s_noUpgrade = new() { UpgradeFromV2 = false };

    /// <summary>Reads a file's bytes; on failure reports it and returns the exit code to end with.</summary>
    public static int? TryReadBytes(CliConsole console, string path, out byte[] bytes)
    {
        try
        {
            bytes = InputFiles.ReadAllBytes(path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            return console.Fail(ExitCodes.UsageOrIO, $"{path}: cannot read: {ex.Message}");
        }
    }

    /// <summary>Reads and parses a document; on failure reports it and returns the exit code to end with.</summary>
    public static int? TryLoad(CliConsole console, string path, out IiifResource? resource)
    {
        resource = null;
        if (TryReadBytes(console, path, out byte[] bytes) is { } failed)
        {
            return failed;
        }

        try
        {
            resource = IiifJson.Parse(bytes, s_noUpgrade);
            return null;
        }
        catch (IiifJsonException ex)
        {
            string message = ex.Message.StartsWith("The document is IIIF Presentation 2", StringComparison.Ordinal)
                ? "the document is IIIF Presentation 2; iiif upgrade turns it into 3.0."
                : ex.Message;
            return console.Fail(ExitCodes.Invalid, $"{path}: {message}");
        }
    }
}
