using System;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Iiif.Presentation.Tests.Cli.Serve;

/// <summary>
/// A web server on 127.0.0.1 for <c>iiif serve</c> to fetch from: <c>/manifest.json</c> (a valid document),
/// <c>/redirect/N</c> (N redirects, then the document), <c>/big/N</c> (N bytes of JSON, with or without a
/// <c>Content-Length</c>), <c>/redirect-to?to=URL</c>, <c>/to-file</c> (a redirect to a <c>file:</c> URL) and <c>/slow</c>.
/// </summary>
internal sealed class FetchTarget : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private FetchTarget(LoopbackServer server) => _server = server;

    public Uri Url => _server.Address;

    public static async Task<FetchTarget> StartAsync(byte[] manifest) =>
        new(await LoopbackServer.StartAsync(_ => { }, app => Map(app, manifest)));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static void Map(WebApplication app, byte[] manifest)
    {
        app.MapGet("/manifest.json", context =>
        {
            context.Response.ContentType = "application/ld+json";
            return context.Response.Body.WriteAsync(manifest).AsTask();
        });
        app.MapGet("/redirect/{n:int}", context =>
        {
            int n = int.Parse((string)context.Request.RouteValues["n"]!, System.Globalization.CultureInfo.InvariantCulture);
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = n <= 1 ? "/manifest.json" : $"/redirect/{n - 1}";
            return Task.CompletedTask;
        });
        app.MapGet("/redirect-to", context =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = context.Request.Query["to"].ToString();
            return Task.CompletedTask;
        });
        app.MapGet("/to-file", context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = "file:///etc/passwd";
            return Task.CompletedTask;
        });
        app.MapGet("/big/{n:int}", async context =>
        {
            int n = int.Parse((string)context.Request.RouteValues["n"]!, System.Globalization.CultureInfo.InvariantCulture);
            byte[] body = new byte[n];
            Array.Fill(body, (byte)' ');
            body[0] = (byte)'[';
            body[^1] = (byte)']';
            if (context.Request.Query.ContainsKey("chunked"))
            {
                await context.Response.Body.WriteAsync(body.AsMemory(0, n / 2));
                await context.Response.Body.FlushAsync();
                await context.Response.Body.WriteAsync(body.AsMemory(n / 2));
            }
            else
            {
                context.Response.ContentLength = n;
                await context.Response.Body.WriteAsync(body);
            }
        });
        app.MapGet("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            await context.Response.WriteAsync("{}", context.RequestAborted);
        });
    }
}
