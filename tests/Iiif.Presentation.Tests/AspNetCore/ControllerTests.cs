using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Iiif.Presentation.AspNetCore;
using Iiif.Presentation.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Iiif.Presentation.Tests.AspNetCore;

/// <summary>Controllers: <c>AddControllers().AddIiifPresentation()</c> on a real Kestrel server.</summary>
[TestFixture]
public sealed class ControllerTests
{
    private LoopbackServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LoopbackServer.StartAsync(
        services => services.AddControllers().AddApplicationPart(typeof(IiifTestController).Assembly).AddIiifPresentation(o => o.UpgradeFromV2 = true),
        app => app.MapControllers());

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [TearDown]
    public void NoErrorReachedTheHost() => _server.Errors.Entries.Should().BeEmpty();

    [TestCase("/mvc/result")]
    [TestCase("/mvc/returned")]
    public async Task Get_WritesTheDocumentWithTheIiifHeaders(string path)
    {
        using HttpResponseMessage response = await _server.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/ld+json");
        response.Content.Headers.ContentType.Parameters.Should().ContainSingle(p => p.Name == "profile");
        response.Headers.ETag!.IsWeak.Should().BeTrue();
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        (await response.Content.ReadAsStringAsync()).Should().Be(IiifJson.Serialize(IiifTestController.Manifest));

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using HttpResponseMessage notModified = await _server.Client.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Test]
    public async Task Get_ReturnedResourceWithAcceptJson_IsApplicationJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/mvc/returned");
        request.Headers.Accept.ParseAdd("application/json");
        using HttpResponseMessage response = await _server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
    }

    [TestCase("/mvc/manifest")]
    [TestCase("/mvc/body")]
    public async Task Post_ValidManifest_ReachesTheAction(string path)
    {
        (HttpStatusCode status, string body) = await Post(path, IiifJson.Serialize(IiifTestController.Manifest), "application/ld+json");

        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().StartWith("https://example.org/iiif/mvc/manifest");
    }

    [Test]
    public async Task Post_Presentation2Body_IsUpgraded()
    {
        string v2 = File.ReadAllText(RepositoryFiles.Path("fixtures/upgrade/notes/provider-synthesized.json"));

        (HttpStatusCode status, string body) = await Post("/mvc/body", v2, "application/json");

        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().Be("https://example.org/iiif/book1/manifest upgraded=True");
    }

    [TestCase("/mvc/manifest", "{\"a\":", "application/json", 400, IiifProblemTypes.InvalidJson)]
    [TestCase("/mvc/body", "", "application/json", 400, IiifProblemTypes.EmptyBody)]
    [TestCase("/mvc/manifest", "{}", "text/plain", 415, IiifProblemTypes.UnsupportedMediaType)]
    [TestCase("/mvc/body", "[1]", "application/json", 422, IiifProblemTypes.NotIiif)]
    public async Task Post_BadBody_IsTheProblemReportNotTheApiControllerOne(string path, string content, string contentType, int status, string type)
    {
        (HttpStatusCode actual, string body) = await Post(path, content, contentType);

        ((int)actual).Should().Be(status, body);
        using JsonDocument problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("type").GetString().Should().Be(type);
    }

    [Test]
    public async Task Post_InvalidIiif_Is422WithTheFindings()
    {
        string invalid = File.ReadAllText(RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json"));

        (HttpStatusCode status, string body) = await Post("/mvc/manifest", invalid, "application/json");

        ((int)status).Should().Be(422, body);
        using JsonDocument problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidIiif);
        problem.RootElement.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("code").GetString() == "P3-DIM-02");
    }

    private async Task<(HttpStatusCode Status, string Body)> Post(string path, string content, string contentType)
    {
        using var body = new StringContent(content, Encoding.UTF8);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using HttpResponseMessage response = await _server.Client.PostAsync(new Uri(path, UriKind.Relative), body);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

// MVC finds actions among instance methods; these need no state.
#pragma warning disable CA1822

/// <summary>The controller <see cref="ControllerTests"/> call.</summary>
[ApiController]
[Route("mvc")]
public sealed class IiifTestController : ControllerBase
{
    internal static readonly Manifest Manifest = new ManifestBuilder("https://example.org/iiif/mvc/manifest")
        .Label("en", "MVC")
        .Canvas(canvas => canvas.Label("en", "p. 1").Size(800, 600).Paint(IiifContent.ImageFromService("https://example.org/iiif/image/mvc", 800, 600)))
        .Build();

    [HttpGet("result")]
    public IActionResult GetResult() => IiifResults.Iiif(Manifest);

    [HttpGet("returned")]
    public Manifest GetReturned() => Manifest;

    [HttpPost("manifest")]
    public string PostManifest([FromBody] Manifest manifest) => manifest.Id!;

    [HttpPost("body")]
    public string PostBody(IiifBody<Manifest> body) => $"{body.Value.Id} upgraded={body.WasUpgraded}";
}
