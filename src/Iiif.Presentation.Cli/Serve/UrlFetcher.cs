using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>
/// Fetches a document for <c>iiif serve --allow-fetch</c>: http and https only; every connection checks the
/// addresses its host resolves to (so the first request and every redirect are checked after DNS, and a name
/// cannot resolve differently between the check and the connection); redirects followed by hand, at most
/// <see cref="FetchSettings.MaxRedirects"/>; a size cap and a timeout. Each refusal is a
/// <see cref="FetchRefusedException"/> with a message saying why. Thread-safe.
/// </summary>
internal sealed class UrlFetcher : IDisposable
{
    private readonly FetchSettings _settings;
    private readonly HttpClient _client;

    /// <summary>Initializes a new instance of the <see cref="UrlFetcher"/> class.</summary>
    public UrlFetcher(FetchSettings settings)
    {
        _settings = settings;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,

            // A proxy would be the address connected to, and the target's would go unchecked.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("iiif-serve", "1.0"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"");
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/json;q=0.9");
        _client.DefaultRequestHeaders.Accept.ParseAdd("*/*;q=0.1");
    }

    /// <summary>Fetches the document at <paramref name="address"/>; returns its bytes and the address it was found at.</summary>
    /// <exception cref="FetchRefusedException">The address, a redirect, the size or the time was refused, or the server failed.</exception>
    public async Task<(byte[] Bytes, Uri FinalUrl)> FetchAsync(string address, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? url))
        {
            throw new FetchRefusedException(400, $"'{address}' is not an absolute URL.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.Timeout);
        try
        {
            for (int redirects = 0; ; redirects++)
            {
                CheckScheme(url);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using HttpResponseMessage response = await SendAsync(request, url, timeout.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    Uri? location = response.Headers.Location;
                    if (location is null)
                    {
                        throw new FetchRefusedException(502, $"{url} answered {(int)response.StatusCode} without a Location to go to.");
                    }

                    if (redirects == _settings.MaxRedirects)
                    {
                        throw new FetchRefusedException(502, $"Too many redirects: {address} still redirects after {_settings.MaxRedirects}; iiif serve follows at most {_settings.MaxRedirects}.");
                    }

                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FetchRefusedException(502, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }

                return (await ReadCappedAsync(response, url, timeout.Token).ConfigureAwait(false), url);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchRefusedException(504, $"{url} did not answer within {_settings.Timeout.TotalSeconds:0.#} s.");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    private static void CheckScheme(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchRefusedException(400, $"Only http and https URLs are fetched, not {url.Scheme} ({url}).");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            // A refusal of the connect callback arrives wrapped.
            for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
            {
                if (inner is FetchRefusedException refused)
                {
                    throw new FetchRefusedException(refused.StatusCode, refused.Message);
                }
            }

            throw new FetchRefusedException(502, $"Cannot fetch {url}: {ex.Message}");
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        long max = _settings.MaxBytes;
        if (response.Content.Headers.ContentLength is long length && length > max)
        {
            throw new FetchRefusedException(413, $"{url} is {length} bytes, more than the limit of {max} bytes.");
        }

        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await BoundedReader.ReadAsync(body, max, cancellationToken).ConfigureAwait(false)
                ?? throw new FetchRefusedException(413, $"{url} is more than the limit of {max} bytes.");
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out IPAddress? literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new FetchRefusedException(502, $"Cannot resolve {host}: {ex.Message}");
            }
        }

        if (!_settings.AllowPrivateAddresses)
        {
            foreach (IPAddress address in addresses)
            {
                if ((_settings.Classify ?? AddressPolicy.NonPublicKind)(address) is { } kind)
                {
                    throw new FetchRefusedException(403,
                        $"Refused to fetch from {host}{(host == address.ToString() ? string.Empty : $" ({address})")}: a {kind} address. " +
                        "iiif serve fetches only from public addresses unless started with --allow-private-addresses.");
                }
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
