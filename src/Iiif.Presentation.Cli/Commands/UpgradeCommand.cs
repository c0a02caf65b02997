using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif upgrade PATH... [-o OUT | --output-dir DIR | --in-place] [--notes] [--compact] [--strict-schema]</c>: upgrades
/// Presentation 2.x documents to 3.0.
/// </summary>
internal static class UpgradeCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders to upgrade; folders are searched for *.json. - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the one upgraded document to this file (whole or not at all) instead of standard output.",
        };
        var outputDir = new Option<string?>("--output-dir")
        {
            Description = "Write each upgraded document under this folder, keeping its path relative to the folder given.",
        };
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Write each upgraded document back over its input (whole or not at all). Without it an input is never overwritten.",
        };
        var notes = new Option<bool>("--notes") { Description = "List on standard error every place where the upgrade could not carry a value over exactly." };
        var compact = new Option<bool>("--compact") { Description = "Write on one line, without indentation." };
        var strict = new Option<bool>("--strict-schema")
        {
            Description = "Move properties the schema forbids on a Manifest or AnnotationPage into the notes instead of keeping them.",
        };

        var command = new Command(
            "upgrade",
            "Upgrade IIIF Presentation 2.x documents to 3.0: valid where the input allows, nothing dropped silently. " +
            "Exit code 0 when every document upgraded to valid 3.0, 1 when one could not be read or has error notes, 2 for a usage or I/O error, 130 when interrupted.")
        {
            paths, output, outputDir, inPlace, notes, compact, strict,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            console,
            parse.GetValue(paths)!,
            new Settings(
                new OutputTargets(parse.GetValue(output), parse.GetValue(outputDir), parse.GetValue(inPlace)),
                parse.GetValue(notes),
                parse.GetValue(compact),
                parse.GetValue(strict)),
            cancellationToken)));
        return command;
    }

    private sealed record Settings(OutputTargets Targets, bool Notes, bool Compact, bool StrictSchema);

    private static int Run(CliConsole console, string[] paths, Settings settings, CancellationToken cancellationToken)
    {
        List<FileJob>? jobs = FileBatch.Plan(console, paths, settings.Targets);
        if (jobs is null)
        {
            return ExitCodes.UsageOrIO;
        }

        var options = new UpgradeOptions { StrictSchema = settings.StrictSchema };
        var writeOptions = new IiifWriteOptions { Indented = !settings.Compact };
        return FileBatch.Run(
            console, jobs, "upgraded", job => UpgradeOne(console, job, options, writeOptions, settings.Notes), cancellationToken);
    }

    private static int UpgradeOne(CliConsole console, FileJob job, UpgradeOptions options, IiifWriteOptions writeOptions, bool listNotes)
    {
        string path = job.Path;
        if (DocumentLoader.TryReadBytes(console, path, out byte[] bytes) is { } unreadable)
        {
            return unreadable;
        }

        UpgradeResult result;
        try
        {
            result = IiifUpgrader.Upgrade(bytes, options);
        }
        catch (IiifJsonException ex)
        {
            return console.Fail(ExitCodes.Invalid, $"{path}: {ex.Message}");
        }

        if (listNotes)
        {
            foreach (UpgradeNote note in result.Notes)
            {
                console.Error.WriteLine($"{path}: {note}");
            }
        }

        int errors = result.Notes.Count(n => n.Severity == UpgradeNoteSeverity.Error);
        if (errors > 0)
        {
            console.Error.WriteLine($"{path}: {errors} error note{(errors == 1 ? string.Empty : "s")}: the output is not valid 3.0 there" +
                (listNotes ? "." : " (--notes lists them)."));
        }

        byte[] json = IiifJson.SerializeToUtf8Bytes(result.Resource, writeOptions);
        int written;
        if (job.Target is null)
        {
            console.Out.Write(Encoding.UTF8.GetString(json));
            console.Out.Write('\n');
            written = ExitCodes.Success;
        }
        else
        {
            written = FileBatch.Write(console, job, json);
        }

        return written != ExitCodes.Success ? written : errors > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }
}
