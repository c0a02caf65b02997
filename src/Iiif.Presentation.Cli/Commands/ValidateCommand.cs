using System.Net.Http;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif validate PATH... [--json] [--schema FILE] [--schema-only|--semantic-only] [--warnings-as-errors]</c>:
/// validates files and folders of documents, each to its own verdict.
/// </summary>
internal static class ValidateCommand
{
    private const int ProgressAbove = 5;

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders to validate; folders are searched for *.json. - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every document's findings." };
        var schema = new Option<string?>("--schema")
        {
            Description = "The official schema iiif_3_0.json to use; without it the pinned version is downloaded once and cached.",
        };
        var schemaOnly = new Option<bool>("--schema-only") { Description = "Run only the official JSON schema, with the official validator's verdict." };
        var semanticOnly = new Option<bool>("--semantic-only") { Description = "Run only the specification's semantic rules." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Count warnings as errors: a document with warnings is invalid." };
        var verbose = new Option<bool>("--verbose") { Description = "Also list schema findings left out because the schema is known to be wrong there." };

        var command = new Command(
            "validate",
            "Validate documents against the official IIIF Presentation 3.0 schema and the specification's rules. " +
            "Exit code 0 when every document is valid, 1 when some are not, 2 for a usage or I/O error, 130 when interrupted.")
        {
            paths, json, schema, schemaOnly, semanticOnly, warningsAsErrors, verbose,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            parse.GetValue(paths)!,
            new Settings(parse.GetValue(json), parse.GetValue(schema), parse.GetValue(schemaOnly), parse.GetValue(semanticOnly),
                parse.GetValue(warningsAsErrors), parse.GetValue(verbose)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.SchemaOnly && settings.SemanticOnly)
        {
            return console.Fail(ExitCodes.UsageOrIO, "--schema-only and --semantic-only exclude each other.");
        }

        List<string>? files = InputFiles.Expand(console, paths)?.Select(f => f.Path).ToList();
        if (files is null)
        {
            return ExitCodes.UsageOrIO;
        }

        IiifValidator? validator = await CreateValidatorAsync(console, settings, cancellationToken).ConfigureAwait(false);
        if (validator is null)
        {
            return ExitCodes.UsageOrIO;
        }

        var options = new ValidationOptions
        {
            Layers = settings.SchemaOnly ? ValidationLayers.Schema : settings.SemanticOnly ? ValidationLayers.Semantic : ValidationLayers.All,
            TreatWarningsAsErrors = settings.WarningsAsErrors,
        };

        var results = new Result[files.Count];
        int done = 0;
        int step = Math.Max(1, files.Count / 20);
        var progressLock = new object();
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            results[i] = ValidateOne(files[i], validator, options);
            console.Done(files[i]);
            int finished = Interlocked.Increment(ref done);
            if (files.Count > ProgressAbove && (finished % step == 0 || finished == files.Count))
            {
                lock (progressLock)
                {
                    console.Error.WriteLine($"iiif: validated {finished}/{files.Count}");
                }
            }
        });

        if (settings.Json)
        {
            console.Out.WriteLine(ToJson(results, settings.Verbose));
        }
        else
        {
            WriteText(console.Out, results, settings.Verbose);
        }

        // The worst outcome wins: a bug (3), then an unreadable file (2), then an invalid document (1).
        return results.Select(r => r.ExitCode).DefaultIfEmpty(ExitCodes.Success).Max();
    }

    private static async Task<IiifValidator?> CreateValidatorAsync(CliConsole console, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.SemanticOnly)
        {
            return new IiifValidator();
        }

        try
        {
            if (settings.Schema is not null)
            {
                IiifSchema loaded = IiifSchema.Load(settings.Schema);
                if (!loaded.IsPinned)
                {
                    console.Error.WriteLine($"iiif: note: {settings.Schema} is not the pinned schema (SHA-256 {loaded.Sha256}); the known schema disagreements were established for the pinned one.");
                }

                return new IiifValidator(loaded);
            }

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            return new IiifValidator(await IiifSchema.DownloadPinnedAsync(client, cancellationToken: cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (
            ex is IOException or UnauthorizedAccessException or InvalidDataException or HttpRequestException or TaskCanceledException &&
            !cancellationToken.IsCancellationRequested)
        {
            console.Fail(ExitCodes.UsageOrIO, $"cannot get the schema: {ex.Message} Give it with --schema FILE, or use --semantic-only.");
            return null;
        }
    }

    private static Result ValidateOne(string path, IiifValidator validator, ValidationOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = InputFiles.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Result(path, null, $"cannot read: {ex.Message}", ExitCodes.UsageOrIO);
        }

        try
        {
            ValidationReport report = validator.Validate(bytes, options);
            return new Result(path, report, null, report.IsValid ? ExitCodes.Success : ExitCodes.Invalid);
        }
#pragma warning disable CA1031 // One file that trips a bug must not stop the batch: it is reported, with exit code 3.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Result(path, null, $"internal error: {ex.GetType().Name}: {ex.Message} (a bug in iiif; please report it with this file).", ExitCodes.InternalError);
        }
    }

    private static void WriteText(TextWriter output, Result[] results, bool verbose)
    {
        foreach (Result result in results)
        {
            if (result.Error is not null)
            {
                output.WriteLine($"{result.Path}: {result.Error}");
                continue;
            }

            ValidationReport report = result.Report!;
            output.WriteLine($"{result.Path}: {(report.IsValid ? "valid" : "INVALID")} ({Count(report.ErrorCount, "error")}, {Count(report.WarningCount, "warning")})");
            foreach (ValidationFinding finding in report.Findings)
            {
                WriteFinding(output, finding, string.Empty);
            }

            if (verbose)
            {
                foreach (ValidationFinding finding in report.Suppressed)
                {
                    WriteFinding(output, finding, "(suppressed) ");
                }
            }
        }

        int valid = results.Count(r => r.Report is { IsValid: true });
        output.WriteLine(
            $"{Count(results.Length, "document")}: {valid} valid, {results.Length - valid} not; " +
            $"{Count(results.Sum(r => r.Report?.ErrorCount ?? 0), "error")}, {Count(results.Sum(r => r.Report?.WarningCount ?? 0), "warning")}.");
    }

    private static void WriteFinding(TextWriter output, ValidationFinding finding, string prefix) =>
        output.WriteLine($"  {prefix}{finding.Severity.ToString().ToLowerInvariant()} {finding.Code} at {(finding.Pointer.Length == 0 ? "/" : finding.Pointer)}: {finding.Message} [§ {finding.Section}]");

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";

    private static string ToJson(Result[] results, bool verbose)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (Result result in results)
            {
                w.WriteStartObject();
                w.WriteString("path", result.Path);
                w.WriteBoolean("valid", result.Report?.IsValid ?? false);
                WriteStringOrNull(w, "version", result.Report?.Version);
                WriteStringOrNull(w, "type", result.Report?.Type);
                if (result.Error is not null)
                {
                    w.WriteString("error", result.Error);
                }

                w.WriteStartArray("findings");
                foreach (ValidationFinding finding in result.Report?.Findings ?? [])
                {
                    WriteFinding(w, finding);
                }

                w.WriteEndArray();
                if (verbose && result.Report is { } report)
                {
                    w.WriteStartArray("suppressed");
                    foreach (ValidationFinding finding in report.Suppressed)
                    {
                        WriteFinding(w, finding);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            int valid = results.Count(r => r.Report is { IsValid: true });
            w.WriteStartObject("summary");
            w.WriteNumber("documents", results.Length);
            w.WriteNumber("valid", valid);
            w.WriteNumber("invalid", results.Length - valid);
            w.WriteNumber("errors", results.Sum(r => r.Report?.ErrorCount ?? 0));
            w.WriteNumber("warnings", results.Sum(r => r.Report?.WarningCount ?? 0));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFinding(Utf8JsonWriter w, ValidationFinding finding)
    {
        w.WriteStartObject();
        w.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        w.WriteString("code", finding.Code);
        w.WriteString("layer", finding.Layer.ToString().ToLowerInvariant());
        w.WriteString("pointer", finding.Pointer);
        w.WriteString("message", finding.Message);
        w.WriteString("section", finding.Section);
        w.WriteEndObject();
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

    private sealed record Settings(bool Json, string? Schema, bool SchemaOnly, bool SemanticOnly, bool WarningsAsErrors, bool Verbose);

    private sealed record Result(string Path, ValidationReport? Report, string? Error, int ExitCode);
}
