using System.Text;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif content-state encode FILE|- [--compact]</c> and <c>iiif content-state decode STRING|- [--annotation]</c>:
/// turns a content state (IIIF Content State API 1.0) into the encoded form that goes in a URL, and back.
/// </summary>
internal static class ContentStateCommand
{
    private static readonly IiifWriteOptions s_compact = new() { Indented = false };

    public static Command Create(CliConsole console) =>
        new("content-state", "Encode a IIIF content state for a link (Content State API 1.0, section 6), or decode one.")
        {
            CreateEncode(console),
            CreateDecode(console),
        };

    private static Command CreateEncode(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The content state: a JSON file (an Annotation with the contentState motivation, or its target alone) or a file holding a URI; - reads standard input.",
        };
        var compact = new Option<bool>("--compact")
        {
            Description = "Encode the document's compact canonical JSON instead of its text as given: a shorter link.",
        };
        var command = new Command(
            "encode",
            "Print the encoded content state: the UTF-8 text URI-component encoded, then base64url without padding. " +
            "Exit code 0 when it was encoded, 1 when the input is not a content state, 2 for a usage or I/O error.")
        {
            file, compact,
        };
        command.SetAction(parse => Encode(console, parse.GetValue(file)!, parse.GetValue(compact)));
        return command;
    }

    private static Command CreateDecode(CliConsole console)
    {
        var encoded = new Argument<string>("encoded")
        {
            Description = "The encoded content state (base64url, with or without = padding); - reads it from standard input.",
        };
        var annotation = new Option<bool>("--annotation")
        {
            Description = "Print it as an Annotation with the contentState motivation, whatever form was encoded.",
        };
        var command = new Command(
            "decode",
            "Print the content state that was encoded, as canonical indented JSON (a URI as it is). " +
            "Exit code 0 when it was decoded, 1 when the input is not an encoded content state, 2 for a usage or I/O error.")
        {
            encoded, annotation,
        };
        command.SetAction(parse => Decode(console, parse.GetValue(encoded)!, parse.GetValue(annotation)));
        return command;
    }

    private static int Encode(CliConsole console, string path, bool compact)
    {
        if (DocumentLoader.TryReadBytes(console, path, out byte[] bytes) is { } failed)
        {
            return failed;
        }

        if (ReadText(console, path, bytes) is not { } text)
        {
            return ExitCodes.Invalid;
        }

        ContentState state;
        try
        {
            state = ContentState.Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return console.Fail(ExitCodes.Invalid, $"{path}: not a content state: {ex.Message}");
        }

        if (state.WasEncoded)
        {
            return console.Fail(ExitCodes.Invalid, $"{path}: the content state is encoded already; iiif content-state decode shows it.");
        }

        string plain = compact && state.Form != ContentStateForm.Uri
            ? IiifJson.Serialize(IiifJson.Parse(state.Value), s_compact)
            : state.Value;
        console.Out.Write(ContentState.Encode(plain));
        console.Out.Write('\n');
        return ExitCodes.Success;
    }

    private static int Decode(CliConsole console, string argument, bool asAnnotation)
    {
        string source = argument == InputFiles.StandardStream ? "standard input" : "the argument";
        string encoded = argument;
        if (argument == InputFiles.StandardStream)
        {
            if (DocumentLoader.TryReadBytes(console, argument, out byte[] bytes) is { } failed)
            {
                return failed;
            }

            if (ReadText(console, source, bytes) is not { } text)
            {
                return ExitCodes.Invalid;
            }

            encoded = text;
        }

        ContentState state;
        try
        {
            string plain = ContentState.Decode(encoded.Trim());
            state = ContentState.Parse(plain);
        }
        catch (FormatException ex)
        {
            return console.Fail(ExitCodes.Invalid, $"{source} is not an encoded content state: {ex.Message}");
        }
        catch (JsonException ex)
        {
            return console.Fail(ExitCodes.Invalid, $"{source} decodes to JSON that is not a content state: {ex.Message}");
        }

        string output = asAnnotation ? IiifJson.Serialize(state.Annotation)
            : state.Form == ContentStateForm.Uri ? state.Value
            : IiifJson.Serialize(IiifJson.Parse(state.Value));
        console.Out.Write(output);
        console.Out.Write('\n');
        return ExitCodes.Success;
    }

    private static string? ReadText(CliConsole console, string source, byte[] bytes)
    {
        try
        {
            string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF').Trim();
        }
        catch (DecoderFallbackException)
        {
            console.Fail(ExitCodes.Invalid, $"{source}: not UTF-8 text.");
            return null;
        }
    }
}
