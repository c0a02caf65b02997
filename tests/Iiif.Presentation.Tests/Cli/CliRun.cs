using System;
using System.IO;
using System.Threading;
using Iiif.Presentation.Cli;

namespace Iiif.Presentation.Tests.Cli;

/// <summary>The result of running the <c>iiif</c> command in process.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => Of(args, null, CancellationToken.None);

    /// <summary>
    /// Runs the command with a token that stands for Ctrl+C, and a callback told each input the command is
    /// done with (called on the thread that did it).
    /// </summary>
    public static CliRun Of(string[] args, Action<string>? fileDone, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        TextWriter syncOutput = TextWriter.Synchronized(output);
        TextWriter syncError = TextWriter.Synchronized(error);
        int exitCode = IiifCli.RunAsync(args, new CliConsole(syncOutput, syncError) { FileDone = fileDone }, cancellationToken)
            .GetAwaiter().GetResult();
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
