using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Cli.Serve;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Cli.Serve;

/// <summary>A real <c>iiif serve</c> on Kestrel at 127.0.0.1 with a free port, and a client for it.</summary>
internal sealed class ServeHost : IAsyncDisposable
{
    private ServeHost(ValidatorServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public ValidatorServer Server { get; }

    public HttpClient Client { get; }

    public Uri Url => Server.Url;

    /// <summary>Starts the service with the semantic validator (the rules the fixtures test need no schema).</summary>
    public static async Task<ServeHost> StartAsync(bool allowFetch = false, bool allowPrivateAddresses = false, long maxBytes = ServeSettings.DefaultMaxBytes, TimeSpan? timeout = null, Func<System.Net.IPAddress, string?>? classify = null)
    {
        var settings = new ServeSettings(
            0,
            allowFetch,
            new FetchSettings(allowPrivateAddresses, maxBytes, timeout ?? TimeSpan.FromSeconds(20), Classify: classify),
            new ValidationOptions { Layers = ValidationLayers.Semantic });
        return new ServeHost(await ValidatorServer.StartAsync(settings, new IiifValidator(), CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
