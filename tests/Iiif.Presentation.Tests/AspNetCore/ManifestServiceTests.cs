using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Iiif.Presentation.AspNetCore;
using Iiif.Presentation.ManifestService;
using Iiif.Presentation.Tests.Packaging;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.AspNetCore;

/// <summary>The sample manifest service (<c>samples/Iiif.Presentation.ManifestService</c>) on a loopback Kestrel server.</summary>
[TestFixture]
public sealed class ManifestServiceTests
{
    private string _folder = string.Empty;
    private LoopbackServer _server = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _folder = Directory.CreateTempSubdirectory("iiif-manifest-service-").FullName;
        File.Copy(RepositoryFiles.Path("samples/Iiif.Presentation.ManifestService/manifests/book1.json"), Path.Combine(_folder, "book1.json"));
        _server = await LoopbackServer.StartAppAsync(configure => ManifestServiceApp.Create([], builder =>
        {
            configure(builder);
            builder.Configuration["ManifestFolder"] = _folder;
        }));
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [TearDown]
    public void NoErrorReachedTheHost() => _server.Errors.Entries.Should().BeEmpty();

    [Test]
    public async Task GetManifest_ServesTheFile()
    {
        using HttpResponseMessage response = await _server.Client.GetAsync(new Uri("/manifests/book1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/ld+json");
        response.Headers.ETag!.IsWeak.Should().BeTrue();
        JsonAssert.EquivalentIgnoringKeyOrder(File.ReadAllText(Path.Combine(_folder, "book1.json")), await response.Content.ReadAsStringAsync());
    }

    [TestCase("nothing-here")]
    [TestCase("..%2F..%2Fetc%2Fpasswd")]
    [TestCase("a.b")]
    public async Task GetManifest_UnknownOrUnsafeName_Is404(string name)
    {
        using HttpResponseMessage response = await _server.Client.GetAsync(new Uri("/manifests/" + name, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task PostThenGet_StoresAValidManifestAndListsIt()
    {
        string manifest = IiifJson.Serialize(new ManifestBuilder("https://example.org/iiif/posted/manifest")
            .Label("en", "Posted")
            .Canvas(canvas => canvas.Label("en", "p. 1").Size(10, 20).Paint(IiifContent.ImageFromService("https://example.org/iiif/image/posted", 10, 20)))
            .Build());
        using var body = new StringContent(manifest, Encoding.UTF8, "application/ld+json");
        using HttpResponseMessage created = await _server.Client.PostAsync(new Uri("/manifests/posted", UriKind.Relative), body);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        using HttpResponseMessage get = await _server.Client.GetAsync(new Uri("/manifests/posted", UriKind.Relative));
        (await get.Content.ReadAsStringAsync()).Should().Be(manifest);

        using HttpResponseMessage list = await _server.Client.GetAsync(new Uri("/collection", UriKind.Relative));
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        var collection = IiifJson.Deserialize<Collection>(await list.Content.ReadAsStringAsync());
        collection.Items.Select(i => i.Id).Should().Contain([$"{_server.Address.ToString().TrimEnd('/')}/manifests/book1", $"{_server.Address.ToString().TrimEnd('/')}/manifests/posted"]);
    }

    /// <summary>The README's one command (<c>dotnet run --project samples/Iiif.Presentation.ManifestService</c>) starts
    /// the service on its own folder of manifests; here with the tests' build and a loopback port the system picks.</summary>
    [Test]
    [NonParallelizable] // runs the dotnet CLI on the repository
    public async Task DotnetRun_StartsTheServiceOnTheSampleFolder()
    {
        using var service = new WebProcess(
            "dotnet",
            ["run", "--project", RepositoryFiles.Path("samples/Iiif.Presentation.ManifestService"), "-c", "Release", "--no-build", "--", "--urls", "http://127.0.0.1:0"],
            RepositoryFiles.Root,
            WebProcess.NowListeningLine);
        using var client = new HttpClient { BaseAddress = service.WaitForAddress(TimeSpan.FromMinutes(2)) };
        client.BaseAddress.Host.Should().Be("127.0.0.1");

        using HttpResponseMessage response = await client.GetAsync(new Uri("/manifests/book1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/ld+json");
        JsonAssert.EquivalentIgnoringKeyOrder(
            File.ReadAllText(RepositoryFiles.Path("samples/Iiif.Presentation.ManifestService/manifests/book1.json")),
            await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Post_InvalidManifest_Is422AndNothingIsStored()
    {
        using var body = new StringContent(File.ReadAllText(RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json")), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _server.Client.PostAsync(new Uri("/manifests/invalid", UriKind.Relative), body);

        ((int)response.StatusCode).Should().Be(422);
        (await response.Content.ReadAsStringAsync()).Should().Contain(IiifProblemTypes.InvalidIiif).And.Contain("P3-DIM-02");
        File.Exists(Path.Combine(_folder, "invalid.json")).Should().BeFalse();
    }
}
