using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif format PATH... [-o OUT | --output-dir DIR | --in-place] [--compact]</c>: writes documents as
/// canonical JSON.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders to format; folders are searched for *.json. - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the one document to this file (whole or not at all) instead of standard output.",
        };
        var outputDir = new Option<string?>("--output-dir")
        {
            Description = "Write each document under this folder, keeping its path relative to the folder given.",
        };
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Write each document back over its input (whole or not at all). Without it an input is never overwritten.",
        };
        var compact = new Option<bool>("--compact")
        {
            Description = "Write on one line, without indentation.",
        };

        var command = new Command(
            "format",
            "Write documents as canonical JSON: a fixed property order, unknown properties kept in their order, " +
            "two-space indentation. Values are never changed. " +
            "Exit code 0 when every document was written, 1 when one is not JSON or not IIIF, 2 for a usage or I/O error, 130 when interrupted.")
        {
            paths, output, outputDir, inPlace, compact,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            console,
            parse.GetValue(paths)!,
            new OutputTargets(parse.GetValue(output), parse.GetValue(outputDir), parse.GetValue(inPlace)),
            parse.GetValue(compact),
            cancellationToken)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, OutputTargets targets, bool compact, CancellationToken cancellationToken)
    {
        List<FileJob>? jobs = FileBatch.Plan(console, paths, targets);
        if (jobs is null)
        {
            return ExitCodes.UsageOrIO;
        }

        var writeOptions = new IiifWriteOptions { Indented = !compact };
        return FileBatch.Run(console, jobs, "formatted", job => FormatOne(console, job, writeOptions), cancellationToken);
    }

    private static int FormatOne(CliConsole console, FileJob job, IiifWriteOptions writeOptions)
    {
        if (DocumentLoader.TryLoad(console, job.Path, out IiifResource? resource) is { } failed)
        {
            return failed;
        }

        byte[] json = IiifJson.SerializeToUtf8Bytes(resource!, writeOptions);
        if (job.Target is null)
        {
            console.Out.Write(Encoding.UTF8.GetString(json));
            console.Out.Write('\n');
            return ExitCodes.Success;
        }

        return FileBatch.Write(console, job, json);
    }
}
