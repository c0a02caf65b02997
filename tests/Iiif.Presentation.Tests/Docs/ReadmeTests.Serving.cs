using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Iiif.Presentation.AspNetCore;
using Iiif.Presentation.Tests.AspNetCore;
using Iiif.Presentation.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Iiif.Presentation.Tests.Docs;

// The README's "Serving over HTTP" section: its code runs here on a loopback Kestrel server.
public sealed partial class ReadmeTests
{
    private const string SampleCommand = "dotnet run --project samples/Iiif.Presentation.ManifestService";

    [Test]
    public async Task ServingSample_ServesAndReceives()
    {
        string root = Directory.CreateTempSubdirectory("iiif-readme-serving-").FullName;
        File.Copy(RepositoryFiles.Path("samples/Iiif.Presentation.ManifestService/manifests/book1.json"), Path.Combine(root, "book1.json"));
        try
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(builder =>
            {
                builder.Configuration["ManifestFolder"] = root;

                #region readme-serving
                builder.Services.AddIiifPresentation(options =>
                {
                    options.UpgradeFromV2 = true;               // a 2.x body is upgraded, then validated
                    options.MaxRequestBodySize = 10_000_000;    // 413 past this
                });
                WebApplication app = builder.Build();
                string folder = app.Configuration["ManifestFolder"] ?? "manifests";

                app.MapMethods("/manifests/{name}", ["GET", "HEAD"], (string name) =>
                    IiifResults.Iiif(IiifJson.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(folder, Path.GetFileName(name) + ".json")))));

                app.MapPost("/manifests/{name}", (string name, IiifBody<Manifest> body) =>
                {
                    // Only a valid Manifest gets here; anything else was answered with a problem report.
                    File.WriteAllText(Path.Combine(folder, Path.GetFileName(name) + ".json"), IiifJson.Serialize(body.Value));
                    return IiifResults.Created($"/manifests/{name}", body.Value);
                });
                #endregion

                return app;
            });

            using HttpResponseMessage get = await server.Client.GetAsync(new Uri("/manifests/book1", UriKind.Relative));
            get.StatusCode.Should().Be(HttpStatusCode.OK);
            get.Content.Headers.ContentType!.MediaType.Should().Be("application/ld+json");
            get.Headers.ETag!.IsWeak.Should().BeTrue();

            using var invalid = new StringContent(File.ReadAllText(RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json")), Encoding.UTF8, "application/ld+json");
            using HttpResponseMessage refused = await server.Client.PostAsync(new Uri("/manifests/bad", UriKind.Relative), invalid);
            ((int)refused.StatusCode).Should().Be(422);
            File.Exists(Path.Combine(root, "bad.json")).Should().BeFalse();

            using var v2 = new StringContent(File.ReadAllText(RepositoryFiles.Path("fixtures/upgrade/notes/provider-synthesized.json")), Encoding.UTF8, "application/json");
            using HttpResponseMessage created = await server.Client.PostAsync(new Uri("/manifests/upgraded", UriKind.Relative), v2);
            created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            created.Headers.Location!.ToString().Should().Be("/manifests/upgraded");
            IiifJson.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(root, "upgraded.json"))).Id.Should().Be("https://example.org/iiif/book1/manifest");
            server.Errors.Entries.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public async Task ServingControllerSample_Receives()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(builder =>
        {
            builder.Services.AddControllers().AddApplicationPart(typeof(ManifestsController).Assembly).AddIiifPresentation();
            WebApplication app = builder.Build();
            app.MapControllers();
            return app;
        });

        using var body = new StringContent("{\"not\": \"a manifest\"", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await server.Client.PostAsync(new Uri("/manifests/x", UriKind.Relative), body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(IiifProblemTypes.InvalidJson);
    }

    [Test]
    public void ServingSection_RunsTheSampleWithOneCommand()
    {
        ShellCommands("Serving over HTTP").Should().StartWith([SampleCommand]);
        File.Exists(RepositoryFiles.Path("samples/Iiif.Presentation.ManifestService/Iiif.Presentation.ManifestService.csproj")).Should().BeTrue();
    }

    [TestCase("readme-serving")]
    [TestCase("readme-serving-controllers")]
    public void Readme_ShowsTheServingRegion(string region) => Readme_ShowsTheRegion(region, "ReadmeTests.Serving.cs");
}

// MVC finds actions among instance methods; this one needs no state.
#pragma warning disable CA1822

#region readme-serving-controllers
// builder.Services.AddControllers().AddIiifPresentation();
[ApiController]
[Route("manifests")]
public sealed class ManifestsController : ControllerBase
{
    [HttpPost("{name}")]
    public IActionResult Post(string name, [FromBody] Manifest manifest) =>   // a refused body never gets here
        IiifResults.Created($"/manifests/{name}", manifest);
}
#endregion
