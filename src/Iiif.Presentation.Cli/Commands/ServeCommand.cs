using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Cli.Serve;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Cli.Commands;

/// <summary>
/// <c>iiif serve [--port N] [--allow-fetch] [--allow-private-addresses]</c>: a local validator service on
/// 127.0.0.1, with a page and a JSON API compatible with the official validator's.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on at 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => 8080 };
        var allowFetch = new Option<bool>("--allow-fetch") { Description = "Let the page and the API fetch documents by URL (http and https, public addresses only)." };
        var allowPrivate = new Option<bool>("--allow-private-addresses")
        {
            Description = "With --allow-fetch, also fetch from loopback, private, link-local, unique-local and multicast addresses.",
        };
        var maxSize = new Option<int>("--max-size") { Description = "The largest document received or fetched, in MB.", DefaultValueFactory = _ => 50 };
        var timeout = new Option<int>("--fetch-timeout") { Description = "How long a fetch may take, in seconds.", DefaultValueFactory = _ => 30 };
        var schema = new Option<string?>("--schema")
        {
            Description = "The official schema iiif_3_0.json to use; without it the pinned version is downloaded once and cached.",
        };
        var semanticOnly = new Option<bool>("--semantic-only") { Description = "Run only the specification's semantic rules." };

        var command = new Command(
            "serve",
            "Run a local validator: a page to paste, drop or fetch documents, and a JSON API compatible with the official " +
            "IIIF presentation validator's (/validate) plus the report of iiif validate --json (/api/validate). Stop it with Ctrl+C.")
        {
            port, allowFetch, allowPrivate, maxSize, timeout, schema, semanticOnly,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            int portValue = parse.GetValue(port);
            int maxMegabytes = parse.GetValue(maxSize);
            int seconds = parse.GetValue(timeout);
            if (portValue is < 0 or > 65535)
            {
                return console.Fail(ExitCodes.UsageOrIO, $"--port {portValue} is not a port (0 to 65535).");
            }

            if (maxMegabytes < 1 || seconds < 1)
            {
                return console.Fail(ExitCodes.UsageOrIO, "--max-size and --fetch-timeout must be at least 1.");
            }

            bool fetch = parse.GetValue(allowFetch);
            bool privateAddresses = parse.GetValue(allowPrivate);
            if (privateAddresses && !fetch)
            {
                return console.Fail(ExitCodes.UsageOrIO, "--allow-private-addresses needs --allow-fetch.");
            }

            bool semantic = parse.GetValue(semanticOnly);
            IiifValidator? validator = await ValidateCommand.CreateValidatorAsync(console, parse.GetValue(schema), semantic, cancellationToken).ConfigureAwait(false);
            if (validator is null)
            {
                return ExitCodes.UsageOrIO;
            }

            var settings = new ServeSettings(
                portValue,
                fetch,
                new FetchSettings(privateAddresses, maxMegabytes * 1024L * 1024L, TimeSpan.FromSeconds(seconds)),
                new ValidationOptions { Layers = semantic ? ValidationLayers.Semantic : ValidationLayers.All });
            return await RunAsync(console, settings, validator, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ServeSettings settings, IiifValidator validator, CancellationToken cancellationToken)
    {
        ValidatorServer server;
        try
        {
            server = await ValidatorServer.StartAsync(settings, validator, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            return console.Fail(ExitCodes.UsageOrIO, $"cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}");
        }

        await using (server.ConfigureAwait(false))
        {
            console.Out.WriteLine($"iiif serve: listening at {server.Url}");
            console.Out.WriteLine(settings.AllowFetch
                ? $"Fetching URLs is on{(settings.Fetch.AllowPrivateAddresses ? ", private addresses included" : ", public addresses only")}."
                : "Fetching URLs is off (--allow-fetch turns it on).");
            console.Out.WriteLine("Press Ctrl+C to stop.");
            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await server.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        console.Error.WriteLine("iiif serve: stopped.");
        return ExitCodes.Success;
    }
}
