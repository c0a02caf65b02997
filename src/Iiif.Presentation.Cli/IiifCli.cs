using System;
using System.CommandLine;
using System.IO;
using Iiif.Presentation.Cli.Commands;

namespace Iiif.Presentation.Cli;

/// <summary>The <c>iiif</c> command line: builds the commands and runs one.</summary>
internal static class IiifCli
{
    /// <summary>Runs the command line with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Read, check and write IIIF Presentation 3.0 documents.")
        {
            ValidateCommand.Create(console),
            FormatCommand.Create(console),
            InfoCommand.Create(console),
            UpgradeCommand.Create(console),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parse.Errors)
            {
                error.WriteLine($"iiif: {parseError.Message}");
            }

            error.WriteLine("Run 'iiif --help' for usage.");
            return ExitCodes.UsageOrIO;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes a message and exit code 3, not a stack dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"iiif: internal error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in iiif; please report it with the command and the input.");
            return ExitCodes.InternalError;
        }
    }
}
