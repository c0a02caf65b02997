using System.Net.Http;
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

        var results = new ValidatedDocument[files.Count];
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
            console.Out.WriteLine(ValidationJson.Write(results, settings.Verbose));
        }
        else
        {
            WriteText(console.Out, results, settings.Verbose);
        }

        // The worst outcome wins: a bug (3), then an unreadable file (2), then an invalid document (1).
        return results.Select(r => r.ExitCode).DefaultIfEmpty(ExitCodes.Success).Max();
    }

    private static Task<IiifValidator?> CreateValidatorAsync(CliConsole console, Settings settings, CancellationToken cancellationToken) =>
        CreateValidatorAsync(console, settings.Schema, settings.SemanticOnly, cancellationToken);

    /// <summary>
    /// Makes the validator of <c>--schema FILE</c> (or the pinned schema, downloaded once and cached), or the
    /// semantic-only one; on failure reports it and returns <see langword="null"/>.
    /// </summary>
    internal static async Task<IiifValidator?> CreateValidatorAsync(CliConsole console, string? schema, bool semanticOnly, CancellationToken cancellationToken)
    {
        if (semanticOnly)
        {
            return new IiifValidator();
        }

        try
        {
            if (schema is not null)
            {
                IiifSchema loaded = IiifSchema.Load(schema);
                if (!loaded.IsPinned)
                {
                    console.Error.WriteLine($"iiif: note: {schema} is not the pinned schema (SHA-256 {loaded.Sha256}); the known schema disagreements were established for the pinned one.");
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

    private static ValidatedDocument ValidateOne(string path, IiifValidator validator, ValidationOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = InputFiles.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ValidatedDocument(path, null, $"cannot read: {ex.Message}", ExitCodes.UsageOrIO);
        }

        return ValidateBytes(path, bytes, validator, options);
    }

    /// <summary>
    /// Validates one document's bytes under the name <paramref name="path"/>; a bug of the validator becomes a
    /// result with exit code 3, never an exception. <c>iiif serve</c> uses it too, so both say the same.
    /// </summary>
    internal static ValidatedDocument ValidateBytes(string path, ReadOnlySpan<byte> bytes, IiifValidator validator, ValidationOptions options)
    {
        try
        {
            ValidationReport report = validator.Validate(bytes, options);
            return new ValidatedDocument(path, report, null, report.IsValid ? ExitCodes.Success : ExitCodes.Invalid);
        }
#pragma warning disable CA1031 // One file that trips a bug must not stop the batch: it is reported, with exit code 3.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new ValidatedDocument(path, null, $"internal error: {ex.GetType().Name}: {ex.Message} (a bug in iiif; please report it with this file).", ExitCodes.InternalError);
        }
    }

    private static void WriteText(TextWriter output, ValidatedDocument[] results, bool verbose)
    {
        foreach (ValidatedDocument result in results)
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

    private sealed record Settings(bool Json, string? Schema, bool SchemaOnly, bool SemanticOnly, bool WarningsAsErrors, bool Verbose);

}
