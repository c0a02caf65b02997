using System.Buffers;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Cli.Commands;
using Iiif.Presentation.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>
/// The web service of <c>iiif serve</c>, on Kestrel at 127.0.0.1: the page (<c>/</c>, <c>/app.js</c>,
/// <c>/app.css</c>), <c>/validate</c> in the official validator's shape, <c>/api/validate</c> with the report of
/// <c>iiif validate --json</c>, <c>/api/fetch</c> (the page's way to load a URL) and <c>/api/rules</c>.
/// Every answer to bad input is a 4xx or 5xx with a message; no exception reaches Kestrel.
/// </summary>
internal sealed class ValidatorServer : IAsyncDisposable
{
    private const string JsonType = "application/json; charset=utf-8";
    private readonly WebApplication _app;
    private readonly UrlFetcher _fetcher;

    private ValidatorServer(WebApplication app, UrlFetcher fetcher, Uri url)
    {
        _app = app;
        _fetcher = fetcher;
        Url = url;
    }

    /// <summary>Gets the address the service listens at, such as <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Url { get; }

    /// <summary>Starts the service; returns once it listens.</summary>
    public static async Task<ValidatorServer> StartAsync(ServeSettings settings, IiifValidator validator, CancellationToken cancellationToken)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, settings.Port);
            kestrel.AddServerHeader = false;

            // The endpoints read bodies with their own cap, so that the answer to a large one is in their format.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Services.AddRoutingCore();
        WebApplication app = builder.Build();
        var fetcher = new UrlFetcher(settings.Fetch);
        var endpoints = new Endpoints(settings, validator, fetcher);
        endpoints.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            fetcher.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ValidatorServer(app, fetcher, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled, then stops.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _fetcher.Dispose();
    }

    private sealed class Endpoints(ServeSettings settings, IiifValidator validator, UrlFetcher fetcher)
    {
        public void Map(WebApplication app)
        {
            // A page elsewhere could point a name of its own at 127.0.0.1 (DNS rebinding); only requests naming this
            // machine are answered.
            app.Use(async (context, next) =>
            {
                string host = context.Request.Host.Host;
                if (host is "127.0.0.1" or "localhost" or "[::1]")
                {
                    await next(context).ConfigureAwait(false);
                    return;
                }

                await WriteJson(context, 421, w => WriteError(w, $"iiif serve answers requests to 127.0.0.1 or localhost only, not to {host}.")).ConfigureAwait(false);
            });

            foreach ((string path, (byte[] bytes, string contentType)) in PageAssets.All)
            {
                app.MapGet(path, context => Asset(context, bytes, contentType));
            }

            app.MapGet("/api/rules", Rules);
            app.MapGet("/api/config", Config);
            app.MapGet("/api/fetch", Guarded(FetchRaw));
            app.MapGet("/api/validate", Guarded(context => ValidateOurs(context, fromUrl: true)));
            app.MapPost("/api/validate", Guarded(context => ValidateOurs(context, fromUrl: false)));
            app.MapGet("/validate", Guarded(context => ValidateOfficial(context, fromUrl: true)));
            app.MapPost("/validate", Guarded(context => ValidateOfficial(context, fromUrl: false)));
        }

        private static Task Asset(HttpContext context, byte[] bytes, string contentType)
        {
            context.Response.ContentType = contentType;
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers.XContentTypeOptions = "nosniff";

            // Scripts and styles from this service only; thumbnails may come from any image server.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src * data:; object-src 'none'; base-uri 'none'";
            context.Response.ContentLength = bytes.Length;
            return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
        }

        private static RequestDelegate Guarded(RequestDelegate handler) => async context =>
        {
            try
            {
                await handler(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away: nobody to answer.
            }
            catch (BadHttpRequestException ex)
            {
                await WriteJson(context, ex.StatusCode, w => WriteError(w, $"The request could not be read: {ex.Message}")).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The last line of defence: a bug becomes an answer that says so, not a dropped connection.
            catch (Exception ex) when (ex is not OutOfMemoryException && !context.Response.HasStarted)
#pragma warning restore CA1031
            {
                await WriteJson(context, 500, w => WriteError(w,
                    $"internal error: {ex.GetType().Name}: {ex.Message} (a bug in iiif serve; please report it with the document).")).ConfigureAwait(false);
            }
        };

        private static Task Rules(HttpContext context) => WriteJson(context, 200, w =>
        {
            w.WriteStartArray();
            foreach (ValidationRule rule in ValidationRules.All)
            {
                w.WriteStartObject();
                w.WriteString("code", rule.Code);
                w.WriteString("severity", rule.Severity.ToString().ToLowerInvariant());
                w.WriteString("section", rule.Section);
                w.WriteString("summary", rule.Summary);
                w.WriteStartArray("links");
                foreach ((string part, string? url) in SpecSections.Links(rule.Section))
                {
                    w.WriteStartObject();
                    w.WriteString("text", part);
                    w.WriteString("url", url ?? SpecSections.SpecUrl);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

        private Task Config(HttpContext context) => WriteJson(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("allowFetch", settings.AllowFetch);
            w.WriteBoolean("allowPrivateAddresses", settings.Fetch.AllowPrivateAddresses);
            w.WriteNumber("maxBytes", settings.Fetch.MaxBytes);
            w.WriteEndObject();
        });

        private async Task FetchRaw(HttpContext context)
        {
            Input input = await ReadInputAsync(context, fromUrl: true).ConfigureAwait(false);
            if (input.Failure is { } failure)
            {
                await WriteJson(context, input.Status, w => WriteError(w, failure)).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = JsonType;
            context.Response.Headers["X-Fetched-From"] = input.Name;
            context.Response.ContentLength = input.Bytes.Length;
            await context.Response.Body.WriteAsync(input.Bytes, context.RequestAborted).ConfigureAwait(false);
        }

        private async Task ValidateOurs(HttpContext context, bool fromUrl)
        {
            Input input = await ReadInputAsync(context, fromUrl).ConfigureAwait(false);
            if (input.Failure is { } failure)
            {
                await WriteJson(context, input.Status, w => WriteError(w, failure)).ConfigureAwait(false);
                return;
            }

            ValidatedDocument result = ValidateCommand.ValidateBytes(input.Name, input.Bytes, validator, settings.Options);
            byte[] body = System.Text.Encoding.UTF8.GetBytes(ValidationJson.Write([result], verbose: false) + "\n");
            context.Response.StatusCode = 200;
            context.Response.ContentType = JsonType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }

        private async Task ValidateOfficial(HttpContext context, bool fromUrl)
        {
            string url = fromUrl ? context.Request.Query["url"].ToString() : string.Empty;
            string version = context.Request.Query["version"].ToString();
            if (version.Length > 0 && version != "3.0" && version != "3")
            {
                await WriteJson(context, 400, w => OfficialAnswer.WriteFailure(w,
                    $"iiif serve validates IIIF Presentation 3.0 only, not version {version}; iiif upgrade turns 2.x documents into 3.0.", url)).ConfigureAwait(false);
                return;
            }

            Input input = await ReadInputAsync(context, fromUrl).ConfigureAwait(false);
            if (input.Failure is { } failure)
            {
                await WriteJson(context, input.Status, w => OfficialAnswer.WriteFailure(w, failure, url)).ConfigureAwait(false);
                return;
            }

            ValidatedDocument result = ValidateCommand.ValidateBytes(input.Name, input.Bytes, validator, settings.Options);
            await WriteJson(context, 200, w => OfficialAnswer.Write(w, result, input.Bytes, url)).ConfigureAwait(false);
        }

        /// <summary>Reads the document to validate: the request body, or the document at <c>?url=</c>.</summary>
        private async Task<Input> ReadInputAsync(HttpContext context, bool fromUrl)
        {
            long max = settings.Fetch.MaxBytes;
            if (fromUrl)
            {
                string url = context.Request.Query["url"].ToString();
                if (url.Length == 0)
                {
                    return Input.Fail(400, "Give the document's address as ?url=…, or POST the document itself.");
                }

                if (!settings.AllowFetch)
                {
                    return Input.Fail(403, "Fetching URLs is off: start iiif serve with --allow-fetch to validate documents by URL, or POST the document itself.");
                }

                try
                {
                    (byte[] bytes, Uri finalUrl) = await fetcher.FetchAsync(url, context.RequestAborted).ConfigureAwait(false);
                    return new Input(finalUrl.ToString(), bytes, 200, null);
                }
                catch (FetchRefusedException ex)
                {
                    return Input.Fail(ex.StatusCode, ex.Message);
                }
            }

            if (context.Request.ContentLength is long length && length > max)
            {
                return Input.Fail(413, $"The document is {length} bytes, more than the limit of {max} bytes.");
            }

            byte[]? body = await BoundedReader.ReadAsync(context.Request.Body, max, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                return Input.Fail(413, $"The document is more than the limit of {max} bytes.");
            }

            if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            {
                return Input.Fail(400, "The request body is empty: send the JSON document to validate as the body.");
            }

            string name = context.Request.Query["name"].ToString();
            return new Input(name.Length == 0 ? InputFiles.StandardStream : name, body, 200, null);
        }

        private static void WriteError(Utf8JsonWriter w, string message)
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }

        private static async Task WriteJson(HttpContext context, int status, Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(w);
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = JsonType;
            context.Response.ContentLength = buffer.WrittenCount;
            await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private sealed record Input(string Name, byte[] Bytes, int Status, string? Failure)
    {
        public static Input Fail(int status, string message) => new(string.Empty, [], status, message);
    }
}
