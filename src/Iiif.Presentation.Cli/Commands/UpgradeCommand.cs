using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif upgrade PATH... [-o OUT | --output-dir DIR] [--notes] [--compact] [--strict-schema]</c>: upgrades
/// Presentation 2.x documents to 3.0.
/// </summary>
internal static class UpgradeCommand
{
    private const int ProgressAbove = 5;

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
        var notes = new Option<bool>("--notes") { Description = "List on standard error every place where the upgrade could not carry a value over exactly." };
        var compact = new Option<bool>("--compact") { Description = "Write on one line, without indentation." };
        var strict = new Option<bool>("--strict-schema")
        {
            Description = "Move properties the schema forbids on a Manifest or AnnotationPage into the notes instead of keeping them.",
        };

        var command = new Command(
            "upgrade",
            "Upgrade IIIF Presentation 2.x documents to 3.0: valid where the input allows, nothing dropped silently. " +
            "Exit code 0 when every document upgraded to valid 3.0, 1 when one could not be read or has error notes, 2 for a usage or I/O error.")
        {
            paths, output, outputDir, notes, compact, strict,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(paths)!,
            new Settings(parse.GetValue(output), parse.GetValue(outputDir), parse.GetValue(notes), parse.GetValue(compact), parse.GetValue(strict))));
        return command;
    }

    private sealed record Settings(string? Output, string? OutputDir, bool Notes, bool Compact, bool StrictSchema);

    /// <summary>A file to upgrade and where its output goes, relative to the output folder.</summary>
    private sealed record Job(string Path, string RelativeOutput);

    private static int Run(CliConsole console, string[] paths, Settings settings)
    {
        if (settings.Output is not null && settings.OutputDir is not null)
        {
            return console.Fail(ExitCodes.UsageOrIO, "--output and --output-dir exclude each other.");
        }

        List<Job>? jobs = InputFiles.Expand(console, paths)?.Select(f => new Job(f.Path, f.Relative)).ToList();
        if (jobs is null)
        {
            return ExitCodes.UsageOrIO;
        }

        bool single = paths.Length == 1 && (paths[0] == InputFiles.StandardStream || File.Exists(paths[0]));
        if (settings.OutputDir is null && !single)
        {
            return console.Fail(ExitCodes.UsageOrIO, "Several documents (or a folder) need --output-dir DIR.");
        }

        var options = new UpgradeOptions { StrictSchema = settings.StrictSchema };
        var writeOptions = new IiifWriteOptions { Indented = !settings.Compact };
        if (settings.OutputDir is null)
        {
            return UpgradeOne(console, jobs[0].Path, settings.Output, options, writeOptions, settings.Notes);
        }

        int exit = ExitCodes.Success;
        int done = 0;
        int failed = 0;
        foreach (Job job in jobs)
        {
            string target = Path.Combine(settings.OutputDir, job.RelativeOutput);
            int result = UpgradeOne(console, job.Path, target, options, writeOptions, settings.Notes);
            if (result != ExitCodes.Success)
            {
                failed++;
            }

            exit = Math.Max(exit, result);
            done++;
            if (jobs.Count > ProgressAbove && (done % Math.Max(1, jobs.Count / 20) == 0 || done == jobs.Count))
            {
                console.Error.WriteLine($"iiif: upgraded {done}/{jobs.Count}");
            }
        }

        if (jobs.Count > 1)
        {
            console.Error.WriteLine($"iiif: {jobs.Count} documents: {jobs.Count - failed} upgraded to valid 3.0, {failed} not.");
        }

        return exit;
    }

    private static int UpgradeOne(CliConsole console, string path, string? outputPath, UpgradeOptions options, IiifWriteOptions writeOptions, bool listNotes)
    {
        if (outputPath is not null && path != InputFiles.StandardStream && InputFiles.SameFile(path, outputPath))
        {
            return console.Fail(ExitCodes.UsageOrIO, $"{outputPath}: refusing to overwrite the input; write to another file.");
        }

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
        if (outputPath is null)
        {
            console.Out.Write(Encoding.UTF8.GetString(json));
            console.Out.Write('\n');
            return errors > 0 ? ExitCodes.Invalid : ExitCodes.Success;
        }

        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            byte[] withNewLine = new byte[json.Length + 1];
            json.CopyTo(withNewLine, 0);
            withNewLine[json.Length] = (byte)'\n';
            InputFiles.WriteAllBytesAtomically(outputPath, withNewLine);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.Fail(ExitCodes.UsageOrIO, $"{outputPath}: cannot write: {ex.Message}");
        }

        return errors > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }
}
