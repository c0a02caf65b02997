using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Iiif.Presentation.Cli.Commands;

/// <summary><c>iiif info FILE [--json]</c>: what a document is and what it holds.</summary>
internal static class InfoCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The JSON document to describe, or - for standard input.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object instead of text.",
        };

        var command = new Command(
            "info",
            "Describe a document: type, version, id, label, how many canvases, ranges, annotation pages and " +
            "annotations it has, its total duration and its image services.")
        {
            file,
            json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string path, bool asJson)
    {
        if (DocumentLoader.TryLoad(console, path, out IiifResource? resource) is { } failed)
        {
            return failed;
        }

        DocumentSummary summary = DocumentSummary.Describe(resource!);
        if (asJson)
        {
            console.Out.WriteLine(ToJson(path, summary));
        }
        else
        {
            WriteText(console.Out, path, summary);
        }

        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, string path, DocumentSummary s)
    {
        var rows = new List<(string Name, string Value)>
        {
            ("File", path),
            ("Type", s.Type),
            ("Version", s.Version),
            ("Id", s.Id ?? "(none)"),
            ("Label", s.Label is null ? "(none)" : $"{s.Label} [{s.LabelLanguage}]"),
        };

        if (s.Type is "Collection")
        {
            rows.Add(("Manifests", Count(s.Manifests)));
            rows.Add(("Collections", Count(s.Collections)));
        }

        rows.Add(("Canvases", Count(s.Canvases)));
        rows.Add(("Ranges", Count(s.Ranges)));
        rows.Add(("Annotation pages", Count(s.AnnotationPages)));
        rows.Add(("Annotations", Count(s.Annotations)));
        rows.Add(("Duration", s.Duration is { } d ? $"{d.ToString("0.###", CultureInfo.InvariantCulture)} s" : "(none)"));
        rows.Add(("Image services", s.ImageServices.Count == 0
            ? "(none)"
            : string.Join(", ", s.ImageServices.Select(p => $"{Count(p.Value)} × Image API {p.Key}"))));

        int width = rows.Max(r => r.Name.Length) + 2;
        foreach ((string name, string value) in rows)
        {
            output.WriteLine($"{(name + ":").PadRight(width)}{value}");
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string ToJson(string path, DocumentSummary s)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("path", path);
            w.WriteString("type", s.Type);
            w.WriteString("version", s.Version);
            WriteStringOrNull(w, "id", s.Id);
            WriteStringOrNull(w, "label", s.Label);
            WriteStringOrNull(w, "labelLanguage", s.LabelLanguage);
            w.WriteStartObject("counts");
            if (s.Type is "Collection")
            {
                w.WriteNumber("manifests", s.Manifests);
                w.WriteNumber("collections", s.Collections);
            }

            w.WriteNumber("canvases", s.Canvases);
            w.WriteNumber("ranges", s.Ranges);
            w.WriteNumber("annotationPages", s.AnnotationPages);
            w.WriteNumber("annotations", s.Annotations);
            w.WriteEndObject();
            if (s.Duration is { } duration)
            {
                w.WriteNumber("duration", duration);
            }
            else
            {
                w.WriteNull("duration");
            }

            w.WriteStartObject("imageServices");
            w.WriteNumber("total", s.ImageServices.Values.Sum());
            w.WriteStartObject("byVersion");
            foreach (KeyValuePair<int, int> pair in s.ImageServices)
            {
                w.WriteNumber(pair.Key.ToString(CultureInfo.InvariantCulture), pair.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
