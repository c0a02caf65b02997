using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Iiif.Presentation.Validation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Iiif.Presentation.AspNetCore.Internal;

/// <summary>
/// Reads a request body as a IIIF document of type <typeparamref name="T"/>: size, content type, JSON,
/// version, type, upgrade and validation, in that order, each failure a problem report. Never throws.
/// </summary>
internal static class RequestBodyReader<T>
    where T : IiifResource
{
    private static readonly IiifReadOptions s_withoutUpgrade = new() { UpgradeFromV2 = false };
    private static readonly IiifValidator s_semanticValidator = new();
    private static readonly Action<ILogger, Exception?> s_logFailure = LoggerMessage.Define(
        LogLevel.Error, new EventId(1, "IiifBodyFailed"), "Reading a IIIF request body failed unexpectedly.");

    public static async Task<IiifBody<T>> ReadAsync(HttpContext context)
    {
        IiifPresentationOptions options = OptionsAccess.Get(context);
        byte[]? rented = null;
        try
        {
            if (CheckHeaders(context.Request, options) is { } refused)
            {
                return new IiifBody<T>(refused);
            }

            (rented, int length, IiifProblemResult? unread) = await ReadBodyAsync(context, options).ConfigureAwait(false);
            return unread is not null ? new IiifBody<T>(unread) : Process(context, options, rented.AsSpan(0, length));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            if (context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Iiif.Presentation.AspNetCore") is { } logger)
            {
                s_logFailure(logger, exception);
            }

            return new IiifBody<T>(new IiifProblemResult(
                StatusCodes.Status500InternalServerError,
                IiifProblemTypes.InternalError,
                "The request body could not be processed",
                "Reading or validating the body failed unexpectedly; the server's log has the details."));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static IiifProblemResult? CheckHeaders(HttpRequest request, IiifPresentationOptions options)
    {
        if (request.ContentLength == 0)
        {
            return Empty();
        }

        if (request.ContentLength > options.MaxRequestBodySize)
        {
            return TooLarge(options, request.ContentLength.Value);
        }

        string? contentType = request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType))
        {
            return UnsupportedMediaType(contentType);
        }

        bool json = mediaType.MediaType.Equals(IiifMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Equals(IiifMediaTypes.JsonLd, StringComparison.OrdinalIgnoreCase)
            || (mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) && mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase));
        if (!json)
        {
            return UnsupportedMediaType(contentType);
        }

        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new IiifProblemResult(
                StatusCodes.Status415UnsupportedMediaType,
                IiifProblemTypes.UnsupportedMediaType,
                "The request body is not JSON",
                $"The body is declared in the character set \"{mediaType.Charset}\"; JSON is read in UTF-8 only (RFC 8259, section 8.1).");
        }

        return null;
    }

    private static async Task<(byte[]? Buffer, int Length, IiifProblemResult? Problem)> ReadBodyAsync(HttpContext context, IiifPresentationOptions options)
    {
        long limit = options.MaxRequestBodySize;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            // One more byte than allowed, so that an oversized body shows here as a body past the limit.
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        int capacity = (int)Math.Min(context.Request.ContentLength ?? 16 * 1024, Math.Min(limit + 1, Array.MaxLength));
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
        int length = 0;
        Stream body = context.Request.Body;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return (buffer, length, TooLarge(options, null));
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await body.ReadAsync(buffer.AsMemory(length), context.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return (buffer, length, TooLarge(options, null));
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (buffer, length, TooLarge(options, null));
        }
        catch (Exception exception) when (exception is BadHttpRequestException or IOException or OperationCanceledException)
        {
            return (buffer, length, new IiifProblemResult(
                StatusCodes.Status400BadRequest,
                IiifProblemTypes.InvalidJson,
                "The request body could not be read",
                $"Reading the body stopped after {length} byte(s): {exception.Message}"));
        }

        return (buffer, length, null);
    }

    private static IiifBody<T> Process(HttpContext context, IiifPresentationOptions options, ReadOnlySpan<byte> utf8)
    {
        int bom = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        utf8 = utf8[bom..];
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new IiifBody<T>(Empty());
        }

        if (!Utf8.IsValid(utf8))
        {
            return new IiifBody<T>(NotUtf8(utf8, bom));
        }

        JsonScan scan = JsonScan.Run(utf8, IiifReadOptions.DefaultMaxDepth, bom);
        if (scan.Problem is { } invalid)
        {
            return new IiifBody<T>(invalid);
        }

        if (scan.FirstToken != JsonTokenType.StartObject)
        {
            return new IiifBody<T>(NotIiif($"The body is JSON, but {Describe(scan.FirstToken)} rather than an object: a IIIF document is a JSON object."));
        }

        T resource;
        IReadOnlyList<UpgradeNote> notes = [];
        if (scan.IsPresentation2)
        {
            if (!options.UpgradeFromV2)
            {
                return new IiifBody<T>(new IiifProblemResult(
                    StatusCodes.Status422UnprocessableEntity,
                    IiifProblemTypes.Presentation2,
                    "Presentation 2 documents are not accepted",
                    $"The document's @context names IIIF Presentation 2 ({IiifContexts.Presentation2}); this endpoint takes Presentation 3 documents only. Upgrade it first (the iiif tool: iiif upgrade FILE)."));
            }

            UpgradeResult upgrade;
            try
            {
                upgrade = IiifUpgrader.Upgrade(utf8, options.UpgradeOptions);
            }
            catch (JsonException exception)
            {
                return new IiifBody<T>(NotIiif(exception));
            }

            notes = upgrade.Notes;
            if (upgrade.HasErrors)
            {
                return new IiifBody<T>(new IiifProblemResult(
                    StatusCodes.Status422UnprocessableEntity,
                    IiifProblemTypes.UpgradeFailed,
                    "The Presentation 2 document could not be upgraded",
                    $"Upgrading the document to Presentation 3 reported {upgrade.Notes.Count(n => n.Severity == UpgradeNoteSeverity.Error)} error(s).",
                    upgrade.Notes.Select(n => new ProblemFinding(n.Code, n.InputPointer, IiifProblemResult.SeverityName(n.Severity), n.Message, null)).ToArray()));
            }

            if (upgrade.Resource is not T upgraded)
            {
                return new IiifBody<T>(WrongType(upgrade.Resource.Type));
            }

            resource = upgraded;
        }
        else
        {
            try
            {
                resource = IiifJson.Deserialize<T>(utf8, s_withoutUpgrade);
            }
            catch (JsonException exception)
            {
                return new IiifBody<T>(NotIiif(exception));
            }
        }

        ValidationReport? report = null;
        if (options.ValidateRequestBodies)
        {
            IiifValidator validator = options.Validator ?? context.RequestServices?.GetService<IiifValidator>() ?? s_semanticValidator;
            ValidationOptions? validationOptions = options.ValidationOptions;
            if (validator.Schema is null)
            {
                validationOptions = new ValidationOptions
                {
                    Layers = ValidationLayers.Semantic,
                    TreatWarningsAsErrors = validationOptions?.TreatWarningsAsErrors ?? false,
                    SourceUri = validationOptions?.SourceUri,
                };
            }

            // A 3.0 body is validated as it came, so that the schema sees what the client sent; an upgraded
            // one as the model it became.
            report = scan.IsPresentation2 ? validator.Validate(resource, validationOptions) : validator.Validate(utf8, validationOptions);
            if (!report.IsValid)
            {
                return new IiifBody<T>(IiifProblemResult.FromReport(report));
            }
        }

        return new IiifBody<T>(resource, report, scan.IsPresentation2, notes);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private static IiifProblemResult NotUtf8(ReadOnlySpan<byte> utf8, int bom)
    {
        int index = 0;
        while (index < utf8.Length && Rune.DecodeFromUtf8(utf8[index..], out _, out int consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        ReadOnlySpan<byte> before = utf8[..index];
        long line = before.Count((byte)'\n');
        long byteInLine = index - (before.LastIndexOf((byte)'\n') + 1) + (line == 0 ? bom : 0);
        return new IiifProblemResult(
            StatusCodes.Status400BadRequest,
            IiifProblemTypes.InvalidJson,
            "The request body is not JSON",
            $"The body is not UTF-8 text: byte 0x{utf8[index]:X2} at line {line + 1}, byte {byteInLine + 1} of that line (byte {index + bom} of the body) begins no character. JSON is read in UTF-8 only (RFC 8259, section 8.1).")
        {
            LineNumber = line,
            BytePositionInLine = byteInLine,
        };
    }

    private static IiifProblemResult Empty() => new(
        StatusCodes.Status400BadRequest,
        IiifProblemTypes.EmptyBody,
        "The request body is empty",
        "The request has no body; send the IIIF document as JSON.");

    private static IiifProblemResult TooLarge(IiifPresentationOptions options, long? declared) => new(
        StatusCodes.Status413PayloadTooLarge,
        IiifProblemTypes.TooLarge,
        "The request body is too large",
        declared is { } size
            ? $"The body is {size} bytes, and this endpoint reads at most {options.MaxRequestBodySize} bytes."
            : $"The body is larger than the {options.MaxRequestBodySize} bytes this endpoint reads.");

    private static IiifProblemResult UnsupportedMediaType(string? contentType) => new(
        StatusCodes.Status415UnsupportedMediaType,
        IiifProblemTypes.UnsupportedMediaType,
        "The request body is not JSON",
        contentType is null
            ? "The request has no Content-Type; send the document as application/ld+json or application/json."
            : $"The body is declared as \"{contentType}\"; send the document as application/ld+json or application/json.");

    private static IiifProblemResult NotIiif(string detail) => new(
        StatusCodes.Status422UnprocessableEntity,
        IiifProblemTypes.NotIiif,
        "The body is not a IIIF document of the expected type",
        detail);

    private static IiifProblemResult NotIiif(JsonException exception) => new(
        StatusCodes.Status422UnprocessableEntity,
        IiifProblemTypes.NotIiif,
        "The body is not a IIIF document of the expected type",
        exception.Message)
    {
        LineNumber = exception.LineNumber,
        BytePositionInLine = exception.BytePositionInLine,
        Path = exception.Path,
    };

    private static IiifProblemResult WrongType(string? type) => NotIiif(
        $"The document is {(type is null ? "a resource without a type" : "a " + type)}, and this endpoint takes {(typeof(T) == typeof(IiifResource) ? "a IIIF resource" : "a " + typeof(T).Name)}.");
}
