using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Cli.Serve;
using Iiif.Presentation.Tests.Support;
using Microsoft.Playwright;

namespace Iiif.Presentation.Tests.Browser;

/// <summary>
/// The page of <c>iiif serve</c> in a real headless Chromium (Debian's <c>chromium</c>, driven by Playwright; no
/// browser is downloaded): paste an invalid manifest, see its findings, click one and see its JSON highlighted;
/// drop a valid one and see "valid" and its outline. Where <c>CI</c> or <c>IIIF_CORPUS</c> is set, a browser that
/// cannot start fails the test; elsewhere the test is ignored with the reason.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ServePageBrowserTests
{
    private ServeHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _host = await ServeHost.StartAsync();
        string? chromium = FindChromium();
        try
        {
            if (chromium is null)
            {
                throw new FileNotFoundException("chromium is not on the PATH (apt-get install chromium).");
            }

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                Timeout = 60_000,
            });
        }
        catch (Exception ex) when (ex is PlaywrightException or FileNotFoundException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            string reason = $"The browser cannot start: {ex.Message}";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 } || Environment.GetEnvironmentVariable("IIIF_CORPUS") is { Length: > 0 })
            {
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Page_PastedInvalidManifest_ShowsFindingsAndHighlightsTheClickedOnesJson()
    {
        string invalid = await File.ReadAllTextAsync(RepositoryFiles.Path("fixtures/validation/P3-DIM-02/fail-1.json"));
        IPage page = await OpenAsync();

        await page.FillAsync("#input", invalid);
        await page.ClickAsync("#validate");

        ILocator verdict = page.Locator("#verdict");
        await Assertions.Expect(verdict).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^INVALID — 2 errors"));
        ILocator finding = page.Locator(".finding[data-pointer='/items/0']");
        await Assertions.Expect(finding).ToContainTextAsync("P3-DIM-02");
        (await finding.Locator(".links a").First.GetAttributeAsync("href")).Should().Be("https://iiif.io/api/presentation/3.0/#height");
        (await page.Locator("#source mark").CountAsync()).Should().Be(0);

        await finding.ClickAsync();

        ILocator mark = page.Locator("#source mark");
        await Assertions.Expect(mark).ToHaveCountAsync(1);
        await Assertions.Expect(finding).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        using JsonDocument highlighted = JsonDocument.Parse(await mark.TextContentAsync() ?? string.Empty);
        using JsonDocument document = JsonDocument.Parse(invalid);
        highlighted.RootElement.GetProperty("id").GetString().Should().Be(document.RootElement.GetProperty("items")[0].GetProperty("id").GetString());
        (await page.Locator("#source").TextContentAsync()).Should().Be(invalid);
    }

    [Test]
    public async Task Page_DroppedValidManifest_ShowsValidAndItsOutline()
    {
        string valid = await File.ReadAllTextAsync(RepositoryFiles.Path("fixtures/validation/P3-ANNO-01/pass-1.json"));
        IPage page = await OpenAsync();

        IJSHandle dataTransfer = await page.EvaluateHandleAsync(
            "text => { const t = new DataTransfer(); t.items.add(new File([text], 'book.json', { type: 'application/json' })); return t; }", valid);
        await page.DispatchEventAsync("#drop-zone", "drop", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });

        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^valid — 0 errors"));
        ILocator outline = page.Locator("#outline");
        await Assertions.Expect(outline.Locator(".title")).ToHaveTextAsync("Manifest: Book of Hours");
        await Assertions.Expect(outline.Locator(".canvas .label")).ToHaveTextAsync(["1. Page 1", "2. Page 2"]);
        await Assertions.Expect(outline.Locator(".range")).ToHaveTextAsync(["Contents (2 items)"]);
        (await page.InputValueAsync("#input")).Should().Be(valid);
    }

    [Test]
    public async Task Page_Outline_ShowsReachableThumbnailsAndStaysWholeWithoutTheOthers()
    {
        await using ImageServer images = await ImageServer.StartAsync();
        using JsonDocument source = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path("fixtures/validation/P3-ANNO-01/pass-1.json")));
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(source.RootElement.GetRawText())!;
        manifest["items"]![0]!["thumbnail"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = new Uri(images.Url, "thumb.png").ToString(),
            ["type"] = "Image",
            ["format"] = "image/png",
        });
        manifest["items"]![1]!["thumbnail"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "http://127.0.0.1:1/unreachable.png",
            ["type"] = "Image",
            ["format"] = "image/png",
        });
        IPage page = await OpenAsync();

        await page.FillAsync("#input", manifest.ToJsonString());
        await page.ClickAsync("#validate");

        ILocator canvases = page.Locator("#outline .canvas");
        await Assertions.Expect(canvases.Locator(".label")).ToHaveTextAsync(["1. Page 1", "2. Page 2"]);
        await Assertions.Expect(canvases.Nth(1).Locator("img")).ToHaveCountAsync(0);
        ILocator loaded = canvases.Nth(0).Locator("img");
        await Assertions.Expect(loaded).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#outline .canvas img'); return i && i.complete && i.naturalWidth > 0; }");
        images.Requests.Should().Be(1);
    }

    [Test]
    public async Task Page_ChosenFileThatIsNotJson_SaysSoWithoutAnOutline()
    {
        string path = Path.Combine(Path.GetTempPath(), $"iiif-serve-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{\"type\": \"Manifest\",");
        try
        {
            IPage page = await OpenAsync();

            await page.SetInputFilesAsync("#file", path);

            await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^INVALID"));
            await Assertions.Expect(page.Locator(".finding")).ToContainTextAsync(["P3-JSON-00"]);
            await Assertions.Expect(page.Locator("#outline")).ToHaveTextAsync("No outline: the document is not JSON.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<IPage> OpenAsync()
    {
        IPage page = await _browser.NewPageAsync();
        var failures = new List<string>();
        page.PageError += (_, error) => failures.Add(error);
        await page.GotoAsync(_host.Url.ToString());
        await Assertions.Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(1);
        failures.Should().BeEmpty();
        return page;
    }

    private static string? FindChromium()
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (string name in new[] { "chromium", "chromium-browser" })
            {
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
