using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Iiif.Presentation.Tests.AspNetCore;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a port the system picks, and an <see cref="HttpClient"/> for it.
/// It records every log entry of level Error or above, so that a test can assert that no exception reached
/// the host.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri address, ErrorLog errors)
    {
        _app = app;
        Address = address;
        Errors = errors;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public ErrorLog Errors { get; }

    /// <summary>Starts a server whose services and endpoints the callbacks set up.</summary>
    public static Task<LoopbackServer> StartAsync(Action<IServiceCollection> services, Action<WebApplication> endpoints) =>
        StartAsync(builder =>
        {
            services(builder.Services);
            WebApplication app = builder.Build();
            endpoints(app);
            return app;
        });

    /// <summary>Starts a server that a function builds, given a builder already bound to loopback.</summary>
    public static Task<LoopbackServer> StartAsync(Func<WebApplicationBuilder, WebApplication> build) =>
        StartAppAsync(configure => build(Configure(WebApplication.CreateSlimBuilder(), configure)));

    /// <summary>Starts an app that a function creates; the function must apply the given configuration to its builder.</summary>
    public static async Task<LoopbackServer> StartAppAsync(Func<Action<WebApplicationBuilder>, WebApplication> create)
    {
        var errors = new ErrorLog();
        WebApplication app = create(builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(errors);
        });
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        new Uri(address).Host.Should().Be("127.0.0.1", "traffic stays on loopback");
        return new LoopbackServer(app, new Uri(address), errors);
    }

    private static WebApplicationBuilder Configure(WebApplicationBuilder builder, Action<WebApplicationBuilder> configure)
    {
        configure(builder);
        return builder;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The log entries of level Error and above.</summary>
    public sealed class ErrorLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public string[] Entries => _entries.ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
