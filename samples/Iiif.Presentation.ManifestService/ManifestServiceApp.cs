using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Iiif.Presentation.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Iiif.Presentation.ManifestService;

/// <summary>
/// A manifest service over a folder of JSON files: <c>GET /manifests/{name}</c> serves <c>{name}.json</c>,
/// <c>GET /collection</c> lists them as a Collection, and <c>POST /manifests/{name}</c> validates a Manifest
/// (upgrading a 2.x one) and stores it.
/// </summary>
public static partial class ManifestServiceApp
{
    /// <summary>Builds the app; the folder comes from the <c>ManifestFolder</c> setting (default: <c>manifests</c>
    /// beside the app's content root).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Changes the builder before the app is built (the tests choose the address here).</param>
    /// <returns>The app, ready to run.</returns>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddIiifPresentation(options =>
        {
            options.UpgradeFromV2 = true;                // a 2.x Manifest is upgraded, then validated
            options.MaxRequestBodySize = 10_000_000;
        });
        configure?.Invoke(builder);

        WebApplication app = builder.Build();
        string folder = Path.GetFullPath(app.Configuration["ManifestFolder"] ?? Path.Combine(app.Environment.ContentRootPath, "manifests"));
        Directory.CreateDirectory(folder);

        app.MapMethods("/manifests/{name}", ["GET", "HEAD"], (string name) =>
            FileOf(folder, name) is { } file && File.Exists(file)
                ? IiifResults.Iiif(IiifJson.Deserialize<Manifest>(File.ReadAllBytes(file)))
                : Results.NotFound());

        app.MapMethods("/collection", ["GET", "HEAD"], (HttpRequest request) =>
            IiifResults.Iiif(Listing(folder, $"{request.Scheme}://{request.Host}")));

        app.MapPost("/manifests/{name}", (string name, IiifBody<Manifest> body) =>
        {
            if (FileOf(folder, name) is not { } file)
            {
                return Results.NotFound();
            }

            File.WriteAllText(file, IiifJson.Serialize(body.Value));
            return IiifResults.Created($"/manifests/{name}", body.Value);
        });

        return app;
    }

    /// <summary>The file of a manifest name, or <see langword="null"/> for a name that could leave the folder.</summary>
    private static string? FileOf(string folder, string name) =>
        SafeName().IsMatch(name) ? Path.Combine(folder, name + ".json") : null;

    private static Collection Listing(string folder, string baseUrl)
    {
        var collection = new Collection
        {
            Context = { IiifContexts.Presentation3 },
            Id = baseUrl + "/collection",
            Label = new LanguageMap { { "en", "Manifests" } },
        };
        foreach (string file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes(file));
            collection.Items.Add(new Manifest { Id = $"{baseUrl}/manifests/{name}", Label = manifest.Label });
        }

        return collection;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex SafeName();
}
