using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Cli.Commands;

namespace Iiif.Presentation.Cli;

/// <summary>The <c>iiif</c> command line: builds the commands and runs one.</summary>
internal static class IiifCli
{
    /// <summary>Runs the command line with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, new CliConsole(output, error), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the command line; returns the exit code. When <paramref name="cancellationToken"/> is cancelled,
    /// the command stops before its next file, so every output written is whole, and the exit code is
    /// <see cref="ExitCodes.Interrupted"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Read, check and write IIIF Presentation 3.0 documents.")
        {
            ValidateCommand.Create(console),
            FormatCommand.Create(console),
            InfoCommand.Create(console),
            UpgradeCommand.Create(console),
            DiffCommand.Create(console),
            ContentStateCommand.Create(console),
            ServeCommand.Create(console),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parse.Errors)
            {
                console.Error.WriteLine($"iiif: {parseError.Message}");
            }

            console.Error.WriteLine("Run 'iiif --help' for usage.");
            return ExitCodes.UsageOrIO;
        }

        try
        {
            int exitCode = await parse.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = console.Out,
                    Error = console.Error,
                    EnableDefaultExceptionHandler = false,

                    // Program handles Ctrl+C and SIGTERM itself: System.CommandLine would give up on the command
                    // after a timeout and end the process, perhaps in the middle of writing a file.
                    ProcessTerminationTimeout = null,
                },
                cancellationToken).ConfigureAwait(false);
            return exitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Interrupted(console);
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes a message and exit code 3, not a stack dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"iiif: internal error: {ex.GetType().Name}: {ex.Message}");
            console.Error.WriteLine("This is a bug in iiif; please report it with the command and the input.");
            return ExitCodes.InternalError;
        }
    }

    private static int Interrupted(CliConsole console)
    {
        console.Error.WriteLine("iiif: interrupted; the outputs written so far are complete, and no file is half-written.");
        return ExitCodes.Interrupted;
    }
}
