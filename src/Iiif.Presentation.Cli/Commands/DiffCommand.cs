using System.Text;
using System.Text.Encodings.Web;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif diff A B [--json] [--ignore PATTERN]... [--unordered PATTERN]... [--upgrade]</c>: lists where two
/// documents differ as JSON, key order and layout aside.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var expected = new Argument<string>("a") { Description = "The first document (the one expected); - reads standard input." };
        var actual = new Argument<string>("b") { Description = "The second document, compared with the first; - reads standard input." };
        var json = new Option<bool>("--json") { Description = "Print the differences as a JSON array." };
        var ignore = new Option<string[]>("--ignore")
        {
            Description = "Leave out the values at a JSON Pointer pattern: * is any one key or index, ** any number of them (/items/*/id, **/created). Can be repeated.",
        };
        var unordered = new Option<string[]>("--unordered")
        {
            Description = "Compare the arrays at a JSON Pointer pattern as sets, so their order does not count. Can be repeated.",
        };
        var upgrade = new Option<bool>("--upgrade") { Description = "Upgrade a Presentation 2.x document to 3.0 before comparing; without it documents are compared as given." };

        var command = new Command(
            "diff",
            "Compare two documents as JSON: key order, layout and the text of equal numbers do not count. " +
            "Exit code 0 when they are the same, 1 when they differ, 2 for a usage or read error.")
        {
            expected, actual, json, ignore, unordered, upgrade,
        };
        command.SetAction(parse =>
        {
            var options = new IiifDiffOptions();
            foreach (string pattern in parse.GetValue(ignore) ?? [])
            {
                options.Ignore.Add(pattern);
            }

            foreach (string pattern in parse.GetValue(unordered) ?? [])
            {
                options.UnorderedArrays.Add(pattern);
            }

            return Run(console, parse.GetValue(expected)!, parse.GetValue(actual)!, options, parse.GetValue(json), parse.GetValue(upgrade));
        });
        return command;
    }

    private static int Run(CliConsole console, string expectedPath, string actualPath, IiifDiffOptions options, bool json, bool upgrade)
    {
        if (Load(console, expectedPath, upgrade, out byte[] expected) is { } failedExpected)
        {
            return failedExpected;
        }

        if (Load(console, actualPath, upgrade, out byte[] actual) is { } failedActual)
        {
            return failedActual;
        }

        IiifDiffResult result;
        try
        {
            result = IiifDiff.Compare(expected, actual, options);
        }
        catch (ArgumentException ex)
        {
            return console.Fail(ExitCodes.UsageOrIO, ex.Message);
        }
        catch (IiifJsonException ex)
        {
            // The exception does not say which text it is about: the first one, if it fails on its own.
            string path = Fails(expected) ? expectedPath : actualPath;
            return console.Fail(ExitCodes.UsageOrIO, $"{path}: {ex.Message}");
        }

        if (json)
        {
            console.Out.WriteLine(ToJson(result));
        }
        else
        {
            foreach (IiifDifference difference in result.Differences)
            {
                console.Out.WriteLine(difference.ToString());
            }
        }

        return result.IsSame ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>Reads a document, upgraded when asked and it is 2.x; on failure reports it and returns the exit code.</summary>
    private static int? Load(CliConsole console, string path, bool upgrade, out byte[] bytes)
    {
        int? failed = DocumentLoader.TryReadBytes(console, path, out bytes);
        if (failed is not null || !upgrade)
        {
            return failed;
        }

        try
        {
            UpgradeResult upgraded = IiifUpgrader.Upgrade(bytes);
            if (!upgraded.Notes.Any(n => n.Code is UpgradeNoteCodes.AlreadyV3 or UpgradeNoteCodes.NotV2))
            {
                bytes = IiifJson.SerializeToUtf8Bytes(upgraded.Resource);
            }

            return null;
        }
        catch (IiifJsonException ex)
        {
            return console.Fail(ExitCodes.UsageOrIO, $"{path}: {ex.Message}");
        }
    }

    private static bool Fails(byte[] document)
    {
        try
        {
            _ = IiifDiff.Compare(document, document);
            return false;
        }
        catch (IiifJsonException)
        {
            return true;
        }
    }

    private static string ToJson(IiifDiffResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (IiifDifference difference in result.Differences)
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(difference.Kind.ToString()));
                w.WriteString("pointer", difference.Pointer);
                WriteValue(w, "expected", difference.Expected);
                WriteValue(w, "actual", difference.Actual);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter w, string name, JsonElement? value)
    {
        if (value is { } element)
        {
            w.WritePropertyName(name);
            element.WriteTo(w);
        }
    }
}
