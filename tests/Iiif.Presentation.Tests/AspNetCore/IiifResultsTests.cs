using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using Iiif.Presentation.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Iiif.Presentation.Tests.AspNetCore;

/// <summary>Serving: <see cref="IiifResults"/> on a real Kestrel server, requested with <see cref="HttpClient"/>.</summary>
[TestFixture]
public sealed class IiifResultsTests
{
    private const string Presentation3 = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";
    private const string Presentation2 = "application/ld+json;profile=\"http://iiif.io/api/presentation/2/context.json\"";

    private static readonly Manifest s_manifest = new ManifestBuilder("https://example.org/iiif/book1/manifest")
        .Label("en", "Book 1")
        .Canvas(canvas => canvas.Label("en", "p. 1").Size(1200, 1800).Paint(IiifContent.ImageFromService("https://example.org/iiif/image/p1", 1200, 1800)))
        .Build();

    private static readonly Manifest s_other = new ManifestBuilder("https://example.org/iiif/book2/manifest")
        .Label("en", "Book 2")
        .Canvas(canvas => canvas.Label("en", "p. 1").Size(1000, 1500).Paint(IiifContent.ImageFromService("https://example.org/iiif/image/b2", 1000, 1500)))
        .Build();

    private LoopbackServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LoopbackServer.StartAsync(
        services => services.AddIiifPresentation(),
        app =>
        {
            app.MapMethods("/manifest", ["GET", "HEAD"], () => IiifResults.Iiif(s_manifest));
            app.MapGet("/other", () => Results.Extensions.Iiif(s_other));
        });

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [TearDown]
    public void NoErrorReachedTheHost() => _server.Errors.Entries.Should().BeEmpty();

    [Test]
    public async Task Get_WithoutAccept_WritesCanonicalJsonWithTheProfileMediaTypeCorsAndVary()
    {
        using HttpResponseMessage response = await _server.Client.GetAsync(new Uri("/manifest", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal).Should().Be(Presentation3);
        response.Content.Headers.ContentType.Parameters.Should().ContainSingle(p => p.Name == "profile" && p.Value == "\"http://iiif.io/api/presentation/3/context.json\"");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.Vary.Should().Contain("Accept");
        response.Headers.ETag!.IsWeak.Should().BeTrue();
        response.Headers.ETag.Tag.Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Be(IiifJson.Serialize(s_manifest), "the body is the canonical JSON");
        response.Content.Headers.ContentLength.Should().Be(System.Text.Encoding.UTF8.GetByteCount(body));
    }

    [TestCase("application/json", "application/json")]
    [TestCase("application/ld+json", Presentation3)]
    [TestCase(Presentation3, Presentation3)]
    [TestCase("*/*", Presentation3)]
    [TestCase("text/html", Presentation3)]
    [TestCase("application/json, */*;q=0.1", "application/json")]
    [TestCase("application/json;q=0.5, application/ld+json;q=0.9", Presentation3)]
    [TestCase("application/ld+json;q=0.5, application/json", "application/json")]
    [TestCase("application/json, " + Presentation3, Presentation3)]
    [TestCase(Presentation2 + ", application/json;q=0.2", "application/json")]
    [TestCase(Presentation2 + ", */*;q=0.1", Presentation3)]
    [TestCase("application/ld+json;profile=\"http://iiif.io/api/presentation/2/context.json http://iiif.io/api/presentation/3/context.json\"", Presentation3)]
    public async Task Get_Accept_ChoosesTheMediaTypeByQuality(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest");
        request.Headers.TryAddWithoutValidation("Accept", accept).Should().BeTrue();
        using HttpResponseMessage response = await _server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, accept);
        response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal).Should().Be(expected, accept);
        (await response.Content.ReadAsStringAsync()).Should().Be(IiifJson.Serialize(s_manifest));
    }

    [TestCase(Presentation2)]
    [TestCase(Presentation2 + ", application/json;q=0")]
    [TestCase("application/ld+json; profile=http://iiif.io/api/presentation/2/context.json")]
    public async Task Get_AcceptOnlyPresentation2_Is406WithAProblemSayingWhy(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest");
        request.Headers.TryAddWithoutValidation("Accept", accept).Should().BeTrue();
        using HttpResponseMessage response = await _server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("type").GetString().Should().Be(IiifProblemTypes.NotAcceptable);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(406);
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("Presentation 2").And.Contain("http://iiif.io/api/presentation/3/context.json");
    }

    [Test]
    public async Task Get_IfNoneMatchWithTheETag_Is304WithoutABody()
    {
        EntityTagHeaderValue etag = await ETagOf("/manifest");

        foreach (string ifNoneMatch in new[] { etag.ToString(), etag.Tag, $"\"other\", {etag}", "*" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest");
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch).Should().BeTrue();
            using HttpResponseMessage response = await _server.Client.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.NotModified, ifNoneMatch);
            response.Headers.ETag.Should().Be(etag);
            response.Headers.Vary.Should().Contain("Accept");
            (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        }
    }

    [Test]
    public async Task Get_IfNoneMatchWithAnotherETag_Is200()
    {
        EntityTagHeaderValue other = await ETagOf("/other");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest");
        request.Headers.IfNoneMatch.Add(other);
        using HttpResponseMessage response = await _server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().NotBe(other);
        (await response.Content.ReadAsStringAsync()).Should().Be(IiifJson.Serialize(s_manifest));
    }

    [Test]
    public async Task ETag_IsStableForADocumentAndDiffersBetweenDocuments()
    {
        EntityTagHeaderValue first = await ETagOf("/manifest");
        EntityTagHeaderValue second = await ETagOf("/manifest");
        EntityTagHeaderValue other = await ETagOf("/other");

        second.Should().Be(first);
        other.Should().NotBe(first);
    }

    [Test]
    public async Task Head_GivesTheHeadersOfGetWithoutTheBody()
    {
        using HttpResponseMessage get = await _server.Client.GetAsync(new Uri("/manifest", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, "/manifest");
        using HttpResponseMessage head = await _server.Client.SendAsync(request);

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType.Should().Be(get.Content.Headers.ContentType);
        head.Content.Headers.ContentLength.Should().Be(get.Content.Headers.ContentLength).And.BePositive();
        head.Headers.ETag.Should().Be(get.Headers.ETag);
        head.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [TestCase("https://viewer.example.org", "https://viewer.example.org")]
    [TestCase(null, null)]
    public async Task AllowOrigin_IsConfigurable(string? allowOrigin, string? expected)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            services => services.AddIiifPresentation(o =>
            {
                o.AllowOrigin = allowOrigin;
                o.CacheControl = "public, max-age=60";
                o.WriteOptions = new IiifWriteOptions { Indented = false };
            }),
            app => app.MapGet("/manifest", () => IiifResults.Iiif(s_manifest)));
        using HttpResponseMessage response = await server.Client.GetAsync(new Uri("/manifest", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null).Should().Be(expected);
        response.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        (await response.Content.ReadAsStringAsync()).Should().Be(IiifJson.Serialize(s_manifest, new IiifWriteOptions { Indented = false }));
    }

    private async Task<EntityTagHeaderValue> ETagOf(string path)
    {
        using HttpResponseMessage response = await _server.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.ETag!;
    }
}
