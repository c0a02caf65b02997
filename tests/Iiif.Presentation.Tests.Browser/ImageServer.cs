using System;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.AspNetCore;
using Microsoft.AspNetCore.Builder;

namespace Iiif.Presentation.Tests.Browser;

/// <summary>A stand-in image server on 127.0.0.1: <c>/thumb.png</c> is a 1×1 PNG; it counts the requests.</summary>
internal sealed class ImageServer : IAsyncDisposable
{
    // A 1×1 opaque white PNG.
    private static readonly byte[] s_png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    private LoopbackServer _server = null!;
    private int _requests;

    public Uri Url => _server.Address;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ImageServer> StartAsync()
    {
        var images = new ImageServer();
        images._server = await LoopbackServer.StartAsync(_ => { }, app => app.MapGet("/thumb.png", context =>
        {
            Interlocked.Increment(ref images._requests);
            context.Response.ContentType = "image/png";
            return context.Response.Body.WriteAsync(s_png).AsTask();
        }));
        return images;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
