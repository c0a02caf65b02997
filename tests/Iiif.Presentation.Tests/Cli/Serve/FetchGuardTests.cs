using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Iiif.Presentation.Tests.Cli.Serve;

/// <summary>
/// The fetch guard of <c>iiif serve --allow-fetch</c>, against a real target on 127.0.0.1: loopback is refused
/// unless <c>--allow-private-addresses</c>, only http and https, at most 5 redirects, the size cap, the timeout.
/// </summary>
[TestFixture]
public sealed class FetchGuardTests
{
    private FetchTarget _target = null!;
    private byte[] _manifest = null!;

    [OneTimeSetUp]
    public async Task StartTarget()
    {
        _manifest = await File.ReadAllBytesAsync(ServeTests.Fixture("P3-CTX-01/pass-1.json"));
        _target = await FetchTarget.StartAsync(_manifest);
    }

    [OneTimeTearDown]
    public async Task StopTarget() => await _target.DisposeAsync();

    [TestCase("/api/validate")]
    [TestCase("/validate")]
    [TestCase("/api/fetch")]
    public async Task Fetch_LoopbackWithoutTheFlag_IsRefused(string endpoint)
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true);

        (HttpStatusCode status, string body) = await Fetch(host, endpoint, "manifest.json");

        status.Should().Be(HttpStatusCode.Forbidden);
        body.Should().Contain("a loopback address").And.Contain("--allow-private-addresses");
    }

    [Test]
    public async Task Fetch_LocalhostByName_IsRefusedAfterResolving()
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true);
        string url = $"http://localhost:{_target.Url.Port}/manifest.json";

        using HttpResponseMessage response = await host.Client.GetAsync(new Uri($"/api/fetch?url={Uri.EscapeDataString(url)}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Refused to fetch from localhost (");
    }

    [Test]
    public async Task Fetch_LoopbackWithTheFlag_IsAllowed()
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true);

        (HttpStatusCode status, string body) = await Fetch(host, "/api/fetch", "manifest.json");
        (HttpStatusCode validateStatus, string report) = await Fetch(host, "/api/validate", "manifest.json");

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Be(System.Text.Encoding.UTF8.GetString(_manifest));
        validateStatus.Should().Be(HttpStatusCode.OK);
        using JsonDocument json = JsonDocument.Parse(report);
        json.RootElement.GetProperty("documents")[0].GetProperty("valid").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("documents")[0].GetProperty("path").GetString().Should().Be(new Uri(_target.Url, "manifest.json").ToString());
    }

    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://example.org/manifest.json")]
    [TestCase("gopher://example.org/")]
    public async Task Fetch_NonHttpScheme_IsRefused(string url)
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true);

        using HttpResponseMessage response = await host.Client.GetAsync(new Uri($"/api/fetch?url={Uri.EscapeDataString(url)}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Only http and https URLs are fetched");
    }

    [Test]
    public async Task Fetch_RedirectToFileScheme_IsRefused()
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true);

        (HttpStatusCode status, string body) = await Fetch(host, "/api/fetch", "to-file");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.Should().Contain("not file");
    }

    [Test]
    public async Task Fetch_FiveRedirects_AreFollowed()
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true);

        (HttpStatusCode status, string body) = await Fetch(host, "/api/fetch", "redirect/5");

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Be(System.Text.Encoding.UTF8.GetString(_manifest));
    }

    [Test]
    public async Task Fetch_SixRedirects_AreRefused()
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true);

        (HttpStatusCode status, string body) = await Fetch(host, "/validate", "redirect/6");

        status.Should().Be(HttpStatusCode.BadGateway);
        body.Should().Contain("Too many redirects");
    }

    [Test]
    public async Task Fetch_RedirectToAPrivateAddress_IsCheckedAgainAtTheHop()
    {
        // 127.0.0.1 stands in for a public server here; 127.0.0.2 is what it redirects to, and stays loopback.
        await using ServeHost host = await ServeHost.StartAsync(
            allowFetch: true,
            classify: address => address.Equals(IPAddress.Loopback) ? null : Iiif.Presentation.Cli.Serve.AddressPolicy.NonPublicKind(address));
        string hop = $"http://127.0.0.2:{_target.Url.Port}/manifest.json";

        (HttpStatusCode direct, _) = await Fetch(host, "/api/fetch", "manifest.json");
        (HttpStatusCode status, string body) = await Fetch(host, "/api/fetch", $"redirect-to?to={Uri.EscapeDataString(hop)}");

        direct.Should().Be(HttpStatusCode.OK);
        status.Should().Be(HttpStatusCode.Forbidden);
        body.Should().Contain("Refused to fetch from 127.0.0.2: a loopback address");
    }

    [TestCase("big/3000")]
    [TestCase("big/3000?chunked=1")]
    public async Task Fetch_LargerThanTheCap_IsRefused(string path)
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true, maxBytes: 2048);

        (HttpStatusCode status, string body) = await Fetch(host, "/api/validate", path);
        (HttpStatusCode smallStatus, _) = await Fetch(host, "/api/fetch", "big/2000");

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        body.Should().Contain("more than the limit of 2048 bytes");
        smallStatus.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Fetch_SlowerThanTheTimeout_IsRefused()
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true, timeout: TimeSpan.FromSeconds(1));

        (HttpStatusCode status, string body) = await Fetch(host, "/api/fetch", "slow");

        status.Should().Be(HttpStatusCode.GatewayTimeout);
        body.Should().Contain("did not answer within 1 s");
    }

    [TestCase("not a url", HttpStatusCode.BadRequest, "is not an absolute URL")]
    [TestCase("http://nonexistent.invalid/manifest.json", HttpStatusCode.BadGateway, "Cannot resolve nonexistent.invalid")]
    public async Task Fetch_BadUrl_IsRefusedClearly(string url, HttpStatusCode expected, string says)
    {
        await using ServeHost host = await ServeHost.StartAsync(allowFetch: true);

        using HttpResponseMessage response = await host.Client.GetAsync(new Uri($"/validate?url={Uri.EscapeDataString(url)}", UriKind.Relative));

        response.StatusCode.Should().Be(expected);
        (await response.Content.ReadAsStringAsync()).Should().Contain(says);
    }

    private async Task<(HttpStatusCode Status, string Body)> Fetch(ServeHost host, string endpoint, string targetPath)
    {
        string url = new Uri(_target.Url, targetPath).ToString();
        using HttpResponseMessage response = await host.Client.GetAsync(new Uri($"{endpoint}?url={Uri.EscapeDataString(url)}", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
