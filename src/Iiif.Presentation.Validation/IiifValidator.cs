using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Serialization.Reading;
using Iiif.Presentation.Validation.Schema;
using Iiif.Presentation.Validation.Semantic;

namespace Iiif.Presentation.Validation;

/// <summary>
/// Validates IIIF Presentation 3.0 documents: the official JSON schema, and the rules of the
/// specification (<see href="https://iiif.io/api/presentation/3.0/"/>) that a schema cannot express, each
/// finding with a stable code (listed in <c>docs/rules.md</c>), a JSON Pointer, a message and the spec section.
/// </summary>
/// <remarks>
/// <para>
/// Create one and reuse it: it is thread-safe, and building the schema is the expensive part. Documents
/// that cannot be read (not JSON, not UTF-8, empty) and Presentation 2 documents get one error finding
/// each, never an exception, so a batch goes on.
/// </para>
/// <para>
/// With <see cref="ValidationLayers.Schema"/> alone, the verdict is the official validator's. With both
/// layers, the places where the schema is known to be wrong (<c>docs/rules.md</c>) are adjusted, and a schema
/// finding that a semantic rule also reports on the same property is reported once, under the
/// semantic code.
/// </para>
/// </remarks>
public sealed class IiifValidator
{
    /// <summary>How deeply a document may nest: as deeply as <see cref="IiifJson"/> reads by default.</summary>
    internal const int MaxDepth = 256;

    /// <summary>Documents above this size (bytes) run the two layers on two threads.</summary>
    private const int ParallelLayersAbove = 1 << 20;

    private readonly SchemaLayer? _schema;

    /// <summary>Initializes a validator with both layers.</summary>
    /// <param name="schema">The official schema; see <see cref="IiifSchema"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is <see langword="null"/>.</exception>
    public IiifValidator(IiifSchema schema)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _schema = new SchemaLayer(schema);
    }

    /// <summary>Initializes a validator without a schema: only <see cref="ValidationLayers.Semantic"/> can run.</summary>
    public IiifValidator()
    {
    }

    /// <summary>Gets the schema, or <see langword="null"/> for a validator of the semantic rules only.</summary>
    public IiifSchema? Schema { get; }

    /// <summary>Validates a JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Options, or <see langword="null"/> for both layers.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The schema layer is asked for, and this validator has no schema.</exception>
    public ValidationReport Validate(string json, ValidationOptions? options = null)
    {
        Guard.NotNull(json);

        // Encoding replaces lone surrogates, which the checks below would then never see.
        byte[] utf8;
        try
        {
            utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            return Unreadable(options, $"The text holds a lone surrogate at character {ex.Index}, which is not text.", string.Empty);
        }

        return Validate(utf8.AsSpan(), options);
    }

    /// <summary>Validates a content state as a viewer receives it (IIIF Content State API 1.0): encoded, or plain
    /// JSON, or a URI.</summary>
    /// <param name="value">The content state: its encoded form (such as the value of an <c>iiif-content</c> link
    /// parameter), an Annotation with the <c>contentState</c> motivation, its target alone, or a URI.</param>
    /// <param name="options">Options, or <see langword="null"/> for both layers.</param>
    /// <returns>The report: P3-EXT-07 when the encoding is not the one section 6 prescribes (padding, the standard
    /// base64 alphabet, text that was not URI-component encoded first); P3-EXT-06 when a Canvas or Range given alone
    /// does not name its Manifest with <c>partOf</c>; and for an Annotation, every finding of <see cref="Validate(string, ValidationOptions?)"/>.
    /// A target given alone is a reference, so the document rules (a Canvas's size and items) do not apply to it,
    /// and a URI gets no finding: what it names is only known by fetching it.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>. <see cref="ContentState"/> reads the
    /// same forms into the model.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The schema layer is asked for, and this validator has no schema.</exception>
    public ValidationReport ValidateContentState(string value, ValidationOptions? options = null)
    {
        Guard.NotNull(value);
        return ContentStateValidation.Validate(this, value, options ?? ValidationOptions.Default);
    }

    /// <summary>Validates UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document; a byte order mark is skipped.</param>
    /// <param name="options">Options, or <see langword="null"/> for both layers.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">The schema layer is asked for, and this validator has no schema.</exception>
    public ValidationReport Validate(ReadOnlySpan<byte> utf8Json, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        if ((options.Layers & ValidationLayers.Schema) != 0 && _schema is null)
        {
            throw new InvalidOperationException("This validator has no schema; create it with an IiifSchema, or validate with ValidationLayers.Semantic.");
        }

        ReadOnlySpan<byte> json = utf8Json.StartsWith(Utf8Bom) ? utf8Json.Slice(Utf8Bom.Length) : utf8Json;
        int invalid = InputChecks.FindInvalid(json, out string problem);
        if (invalid >= 0)
        {
            return Unreadable(options, $"{problem} ({Position(json, invalid)}).", JsonLocation.FindPointer(json, invalid, MaxDepth));
        }

        if (IsWhitespace(json))
        {
            return Unreadable(options, "The document is empty: it holds no JSON value.", string.Empty);
        }

        // The document reads the copy in place and is disposed before the copy goes back to the pool.
        byte[] copy = ArrayPool<byte>.Shared.Rent(json.Length);
        try
        {
            json.CopyTo(copy);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(copy.AsMemory(0, json.Length), new JsonDocumentOptions { MaxDepth = MaxDepth });
            }
            catch (JsonException ex)
            {
                return NotJson(json, ex, options);
            }

            using (document)
            {
                List<DuplicateKey>? duplicates = (options.Layers & ValidationLayers.Semantic) != 0 ? DuplicateKeys.FindAll(json, MaxDepth) : null;
                return Validate(document.RootElement, json.Length, duplicates, options);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>The report on a document that System.Text.Json cannot parse, located where it stopped.</summary>
    private static ValidationReport NotJson(ReadOnlySpan<byte> json, JsonException ex, ValidationOptions options)
    {
        long offset = ex.LineNumber is { } line && ex.BytePositionInLine is { } column ? JsonLocation.Offset(json, line, column) : 0;
        string message = ex.Message;
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = at < 0 ? message : message.Substring(0, at);
        return Unreadable(options, $"The document is not JSON: {message} ({Position(json, offset)}).", JsonLocation.FindPointer(json, offset, MaxDepth));
    }

    /// <summary>Validates a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">Options, or <see langword="null"/> for both layers.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The schema layer is asked for, and this validator has no schema.</exception>
    public ValidationReport Validate(Stream utf8Json, ValidationOptions? options = null)
    {
        Guard.NotNull(utf8Json);

        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Validate(new ReadOnlySpan<byte>(copy.GetBuffer(), 0, (int)copy.Length), options);
    }

    /// <summary>Validates a stream of UTF-8 JSON, reading it asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">Options, or <see langword="null"/> for both layers.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The schema layer is asked for, and this validator has no schema.</exception>
    public async Task<ValidationReport> ValidateAsync(Stream utf8Json, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);

        using var copy = new MemoryStream();
        await utf8Json.CopyToAsync(copy, 81920, cancellationToken).ConfigureAwait(false);
        return Validate(new ReadOnlySpan<byte>(copy.GetBuffer(), 0, (int)copy.Length), options);
    }

    /// <summary>Validates a model: what it would be written as, which is what clients will read.</summary>
    /// <param name="resource">The resource, usually the top of a document.</param>
    /// <param name="options">Options, or <see langword="null"/> for both layers.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The schema layer is asked for, and this validator has no schema.</exception>
    public ValidationReport Validate(IiifResource resource, ValidationOptions? options = null)
    {
        Guard.NotNull(resource);

        return Validate(IiifJson.SerializeToUtf8Bytes(resource, new IiifWriteOptions { Indented = false }).AsSpan(), options);
    }

    private ValidationReport Validate(JsonElement root, int length, List<DuplicateKey>? duplicates, ValidationOptions options)
    {
        var findings = new List<ValidationFinding>();
        var suppressed = new List<ValidationFinding>();
        string? type = JsonValues.TypeOf(root);
        string? version = VersionOf(root);

        if (root.ValueKind != JsonValueKind.Object)
        {
            findings.Add(Finding(ValidationRules.Json00, string.Empty,
                $"The document's JSON value is {JsonKinds.Describe(root.ValueKind)}; a IIIF document is a JSON object."));
            return Report(findings, suppressed, version, type, options);
        }

        if (version == "2")
        {
            findings.Add(Finding(ValidationRules.Ctx03, root.TryGetProperty("@context", out _) ? "/@context" : string.Empty,
                "This is a IIIF Presentation 2 document; this validator checks Presentation 3.0. " +
                "Run 'iiif upgrade' to convert it, then validate the result."));
            return Report(findings, suppressed, version, type, options);
        }

        bool schemaLayer = (options.Layers & ValidationLayers.Schema) != 0;
        bool semanticLayer = (options.Layers & ValidationLayers.Semantic) != 0;
        var schemaErrors = new List<SchemaError>();
        var semantic = new List<ValidationFinding>();

        // The layers read the same immutable document; for a large one, they run side by side.
        Task? semanticTask = semanticLayer && schemaLayer && length > ParallelLayersAbove
            ? Task.Run(() => SemanticValidator.Validate(root, duplicates, semantic, options))
            : null;

        if (schemaLayer)
        {
            if (semanticLayer && type is "Canvas" or "Range")
            {
                // SCHEMA-10: the schema has no top-level Canvas or Range, though the spec allows one.
                findings.Add(Finding(ValidationRules.Schema10, string.Empty,
                    $"The official schema has no top-level {type}; the schema layer was skipped and the semantic rules apply.")
                    .WithSeverity(ValidationSeverity.Info));
            }
            else
            {
                try
                {
                    _schema!.Evaluate(root, schemaErrors);
                }
                catch (JsonException)
                {
                    // JsonSchema.Net writes some values (enum, const) with System.Text.Json's default depth
                    // of 64; a value nested deeper cannot be checked against the schema.
                    schemaErrors.Clear();
                    findings.Add(Finding(ValidationRules.Json00, string.Empty,
                        "A value nests more than 64 levels deep, deeper than the official schema can be checked; flatten it."));
                }
            }
        }

        if (semanticLayer)
        {
            if (semanticTask is null)
            {
                SemanticValidator.Validate(root, duplicates, semantic, options);
            }
            else
            {
                semanticTask.GetAwaiter().GetResult();
            }

            if (schemaLayer)
            {
                SchemaAdjustments.Apply(root, schemaErrors, semantic, findings, suppressed);
            }

            findings.AddRange(semantic);
        }
        else
        {
            foreach (SchemaError error in schemaErrors)
            {
                findings.Add(SchemaAdjustments.ToFinding(ValidationRules.Schema00, error));
            }
        }

        return Report(findings, suppressed, version, type, options);
    }

    private static ValidationReport Report(List<ValidationFinding> findings, List<ValidationFinding> suppressed, string? version, string? type, ValidationOptions options)
    {
        if (options.TreatWarningsAsErrors)
        {
            for (int i = 0; i < findings.Count; i++)
            {
                if (findings[i].Severity == ValidationSeverity.Warning)
                {
                    findings[i] = findings[i].WithSeverity(ValidationSeverity.Error);
                }
            }
        }

        return new ValidationReport(findings, suppressed, version, type, options.Layers);
    }

    private static ValidationReport Unreadable(ValidationOptions? options, string message, string pointer)
    {
        options ??= ValidationOptions.Default;
        return new ValidationReport([Finding(ValidationRules.Json00, pointer, message)], [], null, null, options.Layers);
    }

    internal static ValidationFinding Finding(ValidationRule rule, string pointer, string message) =>
        new(rule.Severity, rule.Code, rule.Layer, pointer, message, rule.Section);

    /// <summary>Returns the Presentation version the document declares ("2" or "3"), or <see langword="null"/>.</summary>
    internal static string? VersionOf(JsonElement root) => PresentationVersions.Detect(root) switch
    {
        PresentationVersion.V2 or PresentationVersion.V2ByType => "2",
        PresentationVersion.V3 => "3",
        _ => null,
    };

    private static string Position(ReadOnlySpan<byte> json, long offset)
    {
        (long line, long column) = JsonLocation.LineAndColumn(json, offset);
        return $"line {line + 1}, byte {column + 1}";
    }

    private static bool IsWhitespace(ReadOnlySpan<byte> json)
    {
        foreach (byte b in json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
