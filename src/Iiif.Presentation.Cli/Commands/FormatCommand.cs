using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace Iiif.Presentation.Cli.Commands;

/// <summary><c>iiif format FILE [-o OUT] [--compact]</c>: writes a document as canonical JSON.</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The JSON document to format, or - for standard input.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (whole or not at all) instead of standard output.",
        };
        var compact = new Option<bool>("--compact")
        {
            Description = "Write on one line, without indentation.",
        };

        var command = new Command(
            "format",
            "Write a document as canonical JSON: a fixed property order, unknown properties kept in their order, " +
            "two-space indentation. Values are never changed.")
        {
            file,
            output,
            compact,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(compact)));
        return command;
    }

    private static int Run(CliConsole console, string path, string? outputPath, bool compact)
    {
        if (outputPath is not null && InputFiles.SameFile(path, outputPath))
        {
            return console.Fail(ExitCodes.UsageOrIO, $"{outputPath}: refusing to overwrite the input; write to another file.");
        }

        if (DocumentLoader.TryLoad(console, path, out IiifResource? resource) is { } failed)
        {
            return failed;
        }

        byte[] json = IiifJson.SerializeToUtf8Bytes(resource!, new IiifWriteOptions { Indented = !compact });
        if (outputPath is null)
        {
            console.Out.Write(Encoding.UTF8.GetString(json));
            console.Out.Write('\n');
            return ExitCodes.Success;
        }

        try
        {
            // A text file ends with a line end.
            byte[] withNewLine = new byte[json.Length + 1];
            json.CopyTo(withNewLine, 0);
            withNewLine[json.Length] = (byte)'\n';
            InputFiles.WriteAllBytesAtomically(outputPath, withNewLine);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.Fail(ExitCodes.UsageOrIO, $"{outputPath}: cannot write: {ex.Message}");
        }
    }
}
