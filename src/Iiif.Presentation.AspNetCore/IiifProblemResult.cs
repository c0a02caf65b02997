using System.IO;
using System.Linq;
using System.Text.Json;
using Iiif.Presentation.AspNetCore.Internal;
using Iiif.Presentation.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Iiif.Presentation.AspNetCore;

/// <summary>
/// An RFC 9457 problem report (<c>application/problem+json</c>) about a IIIF request: its
/// <see cref="Type"/> is one of <see cref="IiifProblemTypes"/>, and a report on a document lists each
/// finding with its code, JSON Pointer, severity and message.
/// </summary>
/// <remarks>
/// <para>Works as a minimal API <see cref="IResult"/> and as a controller <see cref="IActionResult"/>. The
/// report carries the IIIF response headers too (<c>Access-Control-Allow-Origin</c>), so that a viewer in
/// another origin can read why its request failed.</para>
/// <para>The body's members: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>; <c>findings</c> (each
/// with <c>code</c>, <c>pointer</c>, <c>severity</c>, <c>message</c> and, for a validator finding, <c>section</c>)
/// for a report on a document; <c>lineNumber</c>, <c>bytePositionInLine</c> (both counting from 0, as
/// <see cref="JsonException"/> does) and <c>path</c> where reading stopped, when known.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IiifProblemResult : IResult, IActionResult
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Indented = true };

    private readonly IReadOnlyList<ProblemFinding> _findings;

    internal IiifProblemResult(int status, string type, string title, string detail, IReadOnlyList<ProblemFinding>? findings = null)
    {
        StatusCode = status;
        Type = type;
        Title = title;
        Detail = detail;
        _findings = findings ?? [];
    }

    /// <summary>Gets the HTTP status code: 400, 406, 413, 415 or 422.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the problem type URI, one of <see cref="IiifProblemTypes"/>.</summary>
    public string Type { get; }

    /// <summary>Gets a short summary of the problem type, the same for every report of that type.</summary>
    public string Title { get; }

    /// <summary>Gets what went wrong with this request, for a person to read.</summary>
    public string Detail { get; }

    /// <summary>Gets the line where reading the body stopped, counting from 0, when known.</summary>
    public long? LineNumber { get; internal init; }

    /// <summary>Gets the byte in that line where reading the body stopped, counting from 0, when known.</summary>
    public long? BytePositionInLine { get; internal init; }

    /// <summary>Gets the JSON path where reading the body stopped (such as <c>$.items[0]</c>), when known.</summary>
    public string? Path { get; internal init; }

    /// <summary>Gets the number of findings the report lists.</summary>
    public int FindingCount => _findings.Count;

    /// <summary>Writes the report as the response.</summary>
    /// <param name="httpContext">The request's context.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="httpContext"/> is <see langword="null"/>.</exception>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        IiifPresentationOptions options = OptionsAccess.Get(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = IiifMediaTypes.ProblemJson;
        if (!string.IsNullOrEmpty(options.AllowOrigin))
        {
            response.Headers.AccessControlAllowOrigin = options.AllowOrigin;
        }

        using var buffer = new PooledBufferStream();
        Write(buffer);
        response.ContentLength = buffer.Length;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes the report as the response of a controller action.</summary>
    /// <param name="context">The action's context.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    /// <summary>Returns the report as JSON text, as it is written to the response.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString()
    {
        using var buffer = new PooledBufferStream();
        Write(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenMemory.Span);
    }

    private void Write(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, s_writerOptions);
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        writer.WriteString("title", Title);
        writer.WriteNumber("status", StatusCode);
        writer.WriteString("detail", Detail);
        if (LineNumber is { } line)
        {
            writer.WriteNumber("lineNumber", line);
        }

        if (BytePositionInLine is { } byteInLine)
        {
            writer.WriteNumber("bytePositionInLine", byteInLine);
        }

        if (Path is not null)
        {
            writer.WriteString("path", Path);
        }

        if (_findings.Count > 0 || Type is IiifProblemTypes.InvalidIiif or IiifProblemTypes.UpgradeFailed)
        {
            writer.WriteStartArray("findings");
            foreach (ProblemFinding finding in _findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", finding.Code);
                writer.WriteString("pointer", finding.Pointer);
                writer.WriteString("severity", finding.Severity);
                writer.WriteString("message", finding.Message);
                if (finding.Section is not null)
                {
                    writer.WriteString("section", finding.Section);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    internal static IiifProblemResult FromReport(ValidationReport report) => new(
        StatusCodes.Status422UnprocessableEntity,
        IiifProblemTypes.InvalidIiif,
        "The document is not valid IIIF",
        $"The validator found {report.ErrorCount} error(s) and {report.WarningCount} warning(s) in the document.",
        report.Findings.Select(f => new ProblemFinding(f.Code, f.Pointer, SeverityName(f.Severity), f.Message, f.Section)).ToArray());

    internal static string SeverityName(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "info",
    };

    internal static string SeverityName(UpgradeNoteSeverity severity) => severity switch
    {
        UpgradeNoteSeverity.Error => "error",
        UpgradeNoteSeverity.Warning => "warning",
        _ => "info",
    };

    internal static IiifProblemResult NotAcceptable() => new(
        StatusCodes.Status406NotAcceptable,
        IiifProblemTypes.NotAcceptable,
        "Only Presentation 3 documents are served",
        "The Accept header asks only for a IIIF Presentation 2 document (profile \"" + IiifContexts.Presentation2 + "\"), and this server "
        + "serves Presentation 3: accept application/ld+json;profile=\"" + IiifContexts.Presentation3 + "\" or application/json.");
}
