using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Iiif.Presentation.AspNetCore;
using Iiif.Presentation.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Iiif.Presentation.Tests.AspNetCore;

/// <summary>
/// Receiving: <see cref="IiifBody{T}"/> on a real Kestrel server. Every bad body gets its problem report
/// (RFC 9457) with the status and type URI that say what is wrong, and none makes an exception reach the host.
/// </summary>
[TestFixture]
public sealed class IiifBodyTests
{
    private const long Limit = 64 * 1024;

    private static readonly string s_valid = IiifJson.Serialize(new ManifestBuilder("https://example.org/iiif/book1/manifest")
        .Label("en", "Book 1")
        .Canvas(canvas => canvas.Label("en", "p. 1").Size(1200, 1800).Paint(IiifContent.ImageFromService("https://example.org/iiif/image/p1", 1200, 1800)))
        .Build());

    private LoopbackServer _strict = null!;
    private LoopbackServer _upgrading = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        _strict = await Start(upgrade: false);
        _upgrading = await Start(upgrade: true);

        static Task<LoopbackServer> Start(bool upgrade) => LoopbackServer.StartAsync(
            services => services.AddIiifPresentation(o =>
            {
                o.UpgradeFromV2 = upgrade;
                o.MaxRequestBodySize = Limit;
            }),
            app =>
            {
                app.MapPost("/manifests", (IiifBody<Manifest> body) =>
                    $"{body.Value.Id} upgraded={body.WasUpgraded} notes={body.UpgradeNotes.Count} errors={body.Report!.ErrorCount}");
                app.MapPost("/collections", (IiifBody<Collection> body) => body.Value.Id);
                app.MapPost("/any", (IiifBody<IiifResource> body) => body.Value.GetType().Name);
            });
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        await _strict.DisposeAsync();
        await _upgrading.DisposeAsync();
    }

    [TearDown]
    public void NoErrorReachedTheHost()
    {
        _strict.Errors.Entries.Should().BeEmpty();
        _upgrading.Errors.Entries.Should().BeEmpty();
    }

    [TestCase("application/json")]
    [TestCase("application/ld+json")]
    [TestCase("application/ld+json; profile=\"http://iiif.io/api/presentation/3/context.json\"")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/vnd.example+json")]
    public async Task Post_ValidManifest_ReachesTheHandler(string contentType)
    {
        (HttpStatusCode status, string body) = await Post(_strict, "/manifests", Encoding.UTF8.GetBytes(s_valid), contentType);

        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().Be("https://example.org/iiif/book1/manifest upgraded=False notes=0 errors=0");
    }

    [Test]
    public async Task Post_ValidManifestWithAByteOrderMark_ReachesTheHandler()
    {
        (HttpStatusCode status, string body) = await Post(_strict, "/manifests", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s_valid)]);

        status.Should().Be(HttpStatusCode.OK, body);
    }

    [Test]
    public async Task Post_AnyResource_BindsTheTypeTheDocumentNames()
    {
        string collection = IiifJson.Serialize(new Collection
        {
            Context = { IiifContexts.Presentation3 },
            Id = "https://example.org/c",
            Label = new LanguageMap { { "en", "C" } },
            Items = { new Manifest { Id = "https://example.org/m", Label = new LanguageMap { { "en", "M" } } } },
        });

        (HttpStatusCode status, string body) = await Post(_strict, "/any", Encoding.UTF8.GetBytes(collection));

        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().Be("Collection");
    }

    [TestCase(new byte[0], TestName = "Post_Empty")]
    [TestCase(new byte[] { 32, 10, 13, 9 }, TestName = "Post_WhitespaceOnly")]
    public async Task Post_EmptyBody_Is400EmptyBody(byte[] content)
    {
        JsonElement problem = await PostProblem(_strict, "/manifests", content, "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.EmptyBody);
    }

    [TestCase("not json at all", 0, 1)]
    [TestCase("<manifest/>", 0, 0)]
    [TestCase("{\"id\": \"x\",\n  \"type\": Manifest}", 1, 10)]
    [TestCase("{\"a\": 1,}", 0, 8)]
    [TestCase("{'id': 'single quotes'}", 0, 1)]
    [TestCase("{\"a\": 1} {\"b\": 2}", 0, 9)]
    [TestCase("{\"a\": NaN}", 0, 6)]
    [TestCase("{\"a\": 1 // a comment\n}", 0, 8)]
    public async Task Post_NotJson_Is400WithTheLineAndByte(string content, long line, long byteInLine)
    {
        JsonElement problem = await PostProblem(_strict, "/manifests", Encoding.UTF8.GetBytes(content), "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidJson);
        problem.GetProperty("lineNumber").GetInt64().Should().Be(line, content);
        problem.GetProperty("bytePositionInLine").GetInt64().Should().Be(byteInLine, content);
        problem.GetProperty("detail").GetString().Should().Contain($"line {line + 1}, byte {byteInLine + 1}");
    }

    [Test]
    public async Task Post_TruncatedDocument_Is400WithWhereItStopped()
    {
        byte[] truncated = Encoding.UTF8.GetBytes(s_valid[..(s_valid.Length / 2)]);

        JsonElement problem = await PostProblem(_strict, "/manifests", truncated, "application/ld+json", HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidJson);
        problem.GetProperty("lineNumber").GetInt64().Should().BePositive();
    }

    [TestCase(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D }, TestName = "Post_InvalidUtf8InAString")]
    [TestCase(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00 }, TestName = "Post_Utf16")]
    [TestCase(new byte[] { 0x00, 0x01, 0x02, 0x03 }, TestName = "Post_Binary")]
    public async Task Post_NotUtf8Json_Is400(byte[] content)
    {
        JsonElement problem = await PostProblem(_strict, "/manifests", content, "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidJson);
    }

    [TestCase(20_000, "[", "]")]
    [TestCase(5_000, "{\"a\":", "}")]
    public async Task Post_NestedDeeperThanTheLimit_Is400(int depth, string open, string close)
    {
        string nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

        JsonElement problem = await PostProblem(_strict, "/manifests", Encoding.UTF8.GetBytes(nested), "application/json", HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidJson);
        problem.GetProperty("detail").GetString().Should().Contain("depth");
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data; boundary=x")]
    [TestCase("application/json; charset=iso-8859-1")]
    [TestCase(null)]
    public async Task Post_AnotherContentType_Is415(string? contentType)
    {
        JsonElement problem = await PostProblem(_strict, "/manifests", Encoding.UTF8.GetBytes(s_valid), contentType, HttpStatusCode.UnsupportedMediaType);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.UnsupportedMediaType);
    }

    [Test]
    public async Task Post_LargerThanTheLimit_Is413()
    {
        byte[] huge = Encoding.UTF8.GetBytes("{\"id\": \"" + new string('x', (int)Limit) + "\"}");

        JsonElement problem = await PostProblem(_strict, "/manifests", huge, "application/json", HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.TooLarge);
        problem.GetProperty("detail").GetString().Should().Contain(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task Post_LargerThanTheLimitWithoutContentLength_Is413()
    {
        byte[] huge = Encoding.UTF8.GetBytes("{\"id\": \"" + new string('x', (int)Limit * 4) + "\"}");
        using var content = new StreamContent(new NonSeekableStream(huge));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/manifests") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using HttpResponseMessage response = await _strict.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("type").GetString().Should().Be(IiifProblemTypes.TooLarge);
    }

    [TestCase("[1, 2, 3]", "an array")]
    [TestCase("\"a string\"", "a string")]
    [TestCase("42", "a number")]
    [TestCase("null", "null")]
    [TestCase("true", "a boolean")]
    public async Task Post_JsonThatIsNoObject_Is422NotIiif(string content, string described)
    {
        JsonElement problem = await PostProblem(_strict, "/manifests", Encoding.UTF8.GetBytes(content), "application/json", (HttpStatusCode)422);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.NotIiif);
        problem.GetProperty("detail").GetString().Should().Contain(described);
    }

    [Test]
    public async Task Post_CollectionToAManifestEndpoint_Is422NotIiif()
    {
        string collection = IiifJson.Serialize(new Collection { Context = { IiifContexts.Presentation3 }, Id = "https://example.org/c", Label = new LanguageMap { { "en", "C" } } });

        JsonElement problem = await PostProblem(_strict, "/manifests", Encoding.UTF8.GetBytes(collection), "application/json", (HttpStatusCode)422);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.NotIiif);
        problem.GetProperty("detail").GetString().Should().Contain("Collection");
    }

    [TestCase("{\"id\": \"https://example.org/m\", \"id\": \"https://example.org/n\", \"type\": \"Manifest\"}", TestName = "Post_DuplicateKey")]
    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": 42, \"type\": \"Manifest\", \"items\": 7}", TestName = "Post_WrongShapes")]
    [TestCase("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\", \"type\": \"Manifest\"}", TestName = "Post_ManifestWithoutLabelOrItems")]
    [TestCase("{}", TestName = "Post_EmptyObject")]
    public async Task Post_JsonThatIsNoValidManifest_Is422(string content)
    {
        JsonElement problem = await PostProblem(_strict, "/manifests", Encoding.UTF8.GetBytes(content), "application/json", (HttpStatusCode)422);

        problem.GetProperty("type").GetString().Should().BeOneOf(IiifProblemTypes.NotIiif, IiifProblemTypes.InvalidIiif);
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public async Task Post_InvalidIiif_Is422ListingEachFinding()
    {
        byte[] invalid = File.ReadAllBytes(RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json"));

        JsonElement problem = await PostProblem(_strict, "/manifests", invalid, "application/ld+json", (HttpStatusCode)422);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidIiif);
        problem.GetProperty("status").GetInt32().Should().Be(422);
        JsonElement[] findings = problem.GetProperty("findings").EnumerateArray().ToArray();
        findings.Should().ContainSingle(f => f.GetProperty("code").GetString() == "P3-DIM-02");
        JsonElement finding = findings.Single(f => f.GetProperty("code").GetString() == "P3-DIM-02");
        finding.GetProperty("pointer").GetString().Should().Be("/items/0");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("message").GetString().Should().Contain("`height` and `width` together");
        finding.GetProperty("section").GetString().Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task Post_Presentation2WhileUpgradingIsOff_Is422Presentation2()
    {
        byte[] v2 = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/provider-synthesized.json"));

        JsonElement problem = await PostProblem(_strict, "/manifests", v2, "application/ld+json", (HttpStatusCode)422);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.Presentation2);
        problem.GetProperty("detail").GetString().Should().Contain("Presentation 2");
    }

    [Test]
    public async Task Post_Presentation2WhileUpgradingIsOn_IsUpgradedAndReachesTheHandler()
    {
        byte[] v2 = File.ReadAllBytes(RepositoryFiles.Path("fixtures/upgrade/notes/provider-synthesized.json"));

        (HttpStatusCode status, string body) = await Post(_upgrading, "/manifests", v2);

        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().StartWith("https://example.org/iiif/book1/manifest upgraded=True notes=");
        body.Should().NotContain("notes=0 ");
    }

    [Test]
    public async Task Post_Presentation2CollectionToAManifestEndpoint_Is422NotIiif()
    {
        byte[] v2 = Encoding.UTF8.GetBytes("""{"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "https://example.org/c", "@type": "sc:Collection", "label": "C"}""");

        JsonElement problem = await PostProblem(_upgrading, "/manifests", v2, "application/json", (HttpStatusCode)422);

        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.NotIiif);
    }

    [Test]
    public async Task Post_WithTheSchemaValidatorAsAService_ReportsSchemaFindings()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            services => services.AddSingleton(Validation.Validators.Full).AddIiifPresentation(),
            app => app.MapPost("/manifests", (IiifBody<Manifest> body) => body.Report!.Layers.ToString()));
        string wrongShape = s_valid.Replace("\"height\": 1800", "\"height\": \"1800\"", StringComparison.Ordinal);
        wrongShape.Should().NotBe(s_valid);

        (HttpStatusCode okStatus, string layers) = await Post(server, "/manifests", Encoding.UTF8.GetBytes(s_valid));
        JsonElement problem = await PostProblem(server, "/manifests", Encoding.UTF8.GetBytes(wrongShape), "application/json", (HttpStatusCode)422);

        okStatus.Should().Be(HttpStatusCode.OK, layers);
        layers.Should().Be(nameof(global::Iiif.Presentation.Validation.ValidationLayers.All));
        problem.GetProperty("type").GetString().Should().Be(IiifProblemTypes.InvalidIiif);
        problem.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("pointer").GetString()!.EndsWith("/height", StringComparison.Ordinal));
        server.Errors.Entries.Should().BeEmpty();
    }

    [Test]
    public async Task Post_WithValidationOffOrWarningsAsErrors_FollowsTheOptions()
    {
        byte[] invalid = File.ReadAllBytes(RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json"));
        await using LoopbackServer lenient = await LoopbackServer.StartAsync(
            services => services.AddIiifPresentation(o => o.ValidateRequestBodies = false),
            app => app.MapPost("/manifests", (IiifBody<Manifest> body) => $"{body.Value.Id} report={body.Report is not null}"));
        await using LoopbackServer strict = await LoopbackServer.StartAsync(
            services => services.AddIiifPresentation(o => o.ValidationOptions = new global::Iiif.Presentation.Validation.ValidationOptions { TreatWarningsAsErrors = true }),
            app => app.MapPost("/manifests", (IiifBody<Manifest> body) => body.Value.Id));

        (HttpStatusCode status, string body) = await Post(lenient, "/manifests", invalid);
        JsonElement problem = await PostProblem(strict, "/manifests", Encoding.UTF8.GetBytes(s_valid), "application/json", (HttpStatusCode)422);

        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().Be("https://example.org/iiif/book/manifest report=False");
        // A document the default options accept (warnings only) is refused: its warnings count as errors.
        problem.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("code").GetString() == "P3-DESC-03" && f.GetProperty("severity").GetString() == "error");
    }

    [Test]
    public async Task Post_ManyRandomBodies_NeverAnswer500()
    {
        var random = new Random(17);
        byte[] valid = Encoding.UTF8.GetBytes(s_valid);
        for (int i = 0; i < 200; i++)
        {
            byte[] content = (i % 4) switch
            {
                0 => RandomBytes(random, random.Next(1, 2000)),
                1 => valid[..random.Next(1, valid.Length)],
                2 => Mutate(random, valid),
                _ => Encoding.UTF8.GetBytes(RandomJsonish(random)),
            };

            (HttpStatusCode status, string body) = await Post(_strict, "/manifests", content);

            ((int)status).Should().BeOneOf([200, 400, 422], $"case {i}: {body}");
        }

        static byte[] RandomBytes(Random random, int length)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        static byte[] Mutate(Random random, byte[] valid)
        {
            byte[] copy = (byte[])valid.Clone();
            for (int j = 0; j < 5; j++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            return copy;
        }

        static string RandomJsonish(Random random)
        {
            string[] pieces = ["{", "}", "[", "]", "\"type\"", ":", ",", "\"Manifest\"", "\"items\"", "1", "null", "\"@context\"", "\"http://iiif.io/api/presentation/2/context.json\""];
            return string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> Post(LoopbackServer server, string path, byte[] content, string? contentType = "application/json")
    {
        using var body = new ByteArrayContent(content);
        if (contentType is not null)
        {
            body.Headers.TryAddWithoutValidation("Content-Type", contentType).Should().BeTrue();
        }

        using HttpResponseMessage response = await server.Client.PostAsync(new Uri(path, UriKind.Relative), body);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> PostProblem(LoopbackServer server, string path, byte[] content, string? contentType, HttpStatusCode expected)
    {
        using var body = new ByteArrayContent(content);
        if (contentType is not null)
        {
            body.Headers.TryAddWithoutValidation("Content-Type", contentType).Should().BeTrue();
        }

        using HttpResponseMessage response = await server.Client.PostAsync(new Uri(path, UriKind.Relative), body);
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be((int)expected);
        problem.RootElement.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        return problem.RootElement.Clone();
    }

    /// <summary>A stream with no length, so that the client sends the body chunked, without Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
