using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Cli;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli.Serve;

[TestFixture]
public sealed class ServeTests
{
    private ServeHost _host = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _host = await ServeHost.StartAsync(maxBytes: 64 * 1024);

    [OneTimeTearDown]
    public async Task StopServer() => await _host.DisposeAsync();

    [TestCase("/", "text/html; charset=utf-8", "<script src=\"app.js\"")]
    [TestCase("/app.js", "text/javascript; charset=utf-8", "api/validate")]
    [TestCase("/app.css", "text/css; charset=utf-8", "#findings")]
    public async Task Page_Asset_IsServedWithItsContentType(string path, string contentType, string contains)
    {
        using HttpResponseMessage response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(contentType);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await response.Content.ReadAsStringAsync()).Should().Contain(contains);
    }

    [Test]
    public async Task Page_Html_LoadsNothingFromElsewhere()
    {
        string html = await _host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        string script = await _host.Client.GetStringAsync(new Uri("/app.js", UriKind.Relative));

        html.Should().NotMatchRegex(@"(src|href)\s*=\s*""(https?:)?//");
        script.Should().NotContainAny("http://", "https://", "import ");
    }

    [Test]
    public async Task ApiValidate_Post_AnswersWhatIiifValidateJsonPrints()
    {
        string path = Fixture("P3-DIM-02/fail-1.json");
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));

        using HttpResponseMessage response = await _host.Client.PostAsync(new Uri($"/api/validate?name={Uri.EscapeDataString(path)}", UriKind.Relative), content);
        string body = await response.Content.ReadAsStringAsync();
        CliRun run = CliRun.Of("validate", "--json", "--semantic-only", path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        run.ExitCode.Should().Be(1);
        body.Should().Be(run.Output);
        body.Should().Contain("\"code\": \"P3-DIM-02\"");
    }

    [Test]
    public async Task ApiValidate_PostWithoutName_ReportsTheDocumentAsStandardInput()
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("P3-CTX-01/pass-1.json")));

        using HttpResponseMessage response = await _host.Client.PostAsync(new Uri("/api/validate", UriKind.Relative), content);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        JsonElement document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("path").GetString().Should().Be("-");
        document.GetProperty("valid").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task ApiRules_EveryRule_HasItsSpecLinks()
    {
        using JsonDocument json = JsonDocument.Parse(await _host.Client.GetStringAsync(new Uri("/api/rules", UriKind.Relative)));

        JsonElement rule = json.RootElement.EnumerateArray().Should().Contain(r => r.GetProperty("code").GetString() == "P3-DIM-02").Subject;
        rule.GetProperty("links")[0].GetProperty("url").GetString().Should().Be("https://iiif.io/api/presentation/3.0/#height");
        json.RootElement.GetArrayLength().Should().Be(Iiif.Presentation.Validation.ValidationRules.All.Count);
    }

    // Every bad body gets a clear answer in the endpoint's own format, never a 500.
    [TestCase("/validate", "", 400, "The request body is empty")]
    [TestCase("/validate", "  \n ", 400, "The request body is empty")]
    [TestCase("/validate", "not json", 200, "The document is not JSON")]
    [TestCase("/validate", "{\"type\": ", 200, "P3-JSON-00")]
    [TestCase("/validate", "[]", 200, "error")]
    [TestCase("/validate", "null", 200, "error")]
    [TestCase("/validate", "{\"a\":1,\"a\":2}", 200, "P3-JSON-00")]
    [TestCase("/validate?version=2.1", "{}", 400, "3.0 only")]
    [TestCase("/api/validate", "", 400, "The request body is empty")]
    [TestCase("/api/validate", "not json", 200, "The document is not JSON")]
    [TestCase("/api/validate", "\"just a string\"", 200, "P3-")]
    public async Task Post_BadBody_AnswersClearlyWithoutA500(string path, string body, int status, string says)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await _host.Client.PostAsync(new Uri(path, UriKind.Relative), content);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(status, text);
        text.Should().Contain(says);
        using JsonDocument json = JsonDocument.Parse(text);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Test]
    public async Task Post_DeeplyNestedOrBrokenUtf8_AnswersWithoutA500()
    {
        foreach (byte[] body in new[] { Encoding.ASCII.GetBytes(new string('[', 5000) + new string(']', 5000)), new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D }, new byte[] { 0xEF, 0xBB, 0xBF } })
        {
            foreach (string path in new[] { "/validate", "/api/validate" })
            {
                using var content = new ByteArrayContent(body);
                using HttpResponseMessage response = await _host.Client.PostAsync(new Uri(path, UriKind.Relative), content);
                string text = await response.Content.ReadAsStringAsync();

                ((int)response.StatusCode).Should().BeLessThan(500, text);
                JsonDocument.Parse(text).Dispose();
            }
        }
    }

    [TestCase("/validate")]
    [TestCase("/api/validate")]
    public async Task Post_LargerThanTheLimit_Is413(string path)
    {
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes("[" + new string(' ', 70 * 1024) + "]"));

        using HttpResponseMessage response = await _host.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("more than the limit of 65536 bytes");
    }

    [Test]
    public async Task Post_LargerThanTheLimitWithoutContentLength_Is413()
    {
        using var content = new StreamContent(new MemoryStream(new byte[70 * 1024]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/validate", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase("/validate", "Give the document's address")]
    [TestCase("/validate?url=https%3A%2F%2Fexample.org%2Fm.json", "Fetching URLs is off")]
    [TestCase("/api/validate?url=https%3A%2F%2Fexample.org%2Fm.json", "--allow-fetch")]
    [TestCase("/api/fetch?url=https%3A%2F%2Fexample.org%2Fm.json", "--allow-fetch")]
    public async Task Get_WithoutUrlOrWithFetchOff_IsRefused(string path, string says)
    {
        using HttpResponseMessage response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        ((int)response.StatusCode).Should().BeOneOf(400, 403);
        (await response.Content.ReadAsStringAsync()).Should().Contain(says);
    }

    [Test]
    public async Task Request_ForAnotherHostName_Is421()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(421);
    }

    [Test]
    public async Task ServeCommand_Started_PrintsTheUrlAndServesUntilInterrupted()
    {
        using var output = new StringWriter();
        TextWriter syncOutput = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource();
        Task<int> run = IiifCli.RunAsync(["serve", "--port", "0", "--semantic-only"], new CliConsole(syncOutput, TextWriter.Null), stop.Token);

        string? url = null;
        for (int i = 0; i < 200 && url is null; i++)
        {
            await Task.Delay(50);
            System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"listening at (http://127\.0\.0\.1:\d+/)");
            url = match.Success ? match.Groups[1].Value : null;
        }

        url.Should().NotBeNull(output.ToString());
        output.ToString().Should().Contain("Fetching URLs is off");
        using (var client = new HttpClient())
        {
            (await client.GetStringAsync(new Uri(url!))).Should().Contain("IIIF Presentation 3.0 validator");
        }

        await stop.CancelAsync();
        (await run.WaitAsync(TimeSpan.FromSeconds(30))).Should().Be(0);
    }

    [Test]
    public void ServeCommand_PrivateAddressesWithoutFetch_IsAUsageError()
    {
        CliRun run = CliRun.Of("serve", "--allow-private-addresses", "--semantic-only");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--allow-private-addresses needs --allow-fetch");
    }

    internal static string Fixture(string relative) => RepositoryFiles.Path($"fixtures/validation/{relative}");
}
