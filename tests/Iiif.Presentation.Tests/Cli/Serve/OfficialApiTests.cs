using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Cli.Serve;

/// <summary>
/// <c>/validate</c> answers with the keys and value types of the official validator's web API, written down in
/// <c>fixtures/official-validator/</c> from its documented answers; <c>okay</c> is our verdict.
/// </summary>
[TestFixture]
public sealed class OfficialApiTests
{
    private ServeHost _host = null!;
    private FetchTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        _host = await ServeHost.StartAsync(allowFetch: true, allowPrivateAddresses: true);
        _target = await FetchTarget.StartAsync(await File.ReadAllBytesAsync(ServeTests.Fixture("P3-DIM-02/fail-1.json")));
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        await _host.DisposeAsync();
        await _target.DisposeAsync();
    }

    [TestCase("P3-CTX-01/pass-1.json", "valid.json", 1)]
    [TestCase("P3-DIM-02/fail-1.json", "invalid.json", 0)]
    public async Task Post_Document_HasTheOfficialKeysAndTypes(string document, string official, int okay)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(ServeTests.Fixture(document)));

        using HttpResponseMessage response = await _host.Client.PostAsync(new Uri("/validate", UriKind.Relative), content);
        using JsonDocument answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using JsonDocument expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path($"fixtures/official-validator/{official}")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Shape(answer.RootElement).Should().Equal(Shape(expected.RootElement));
        answer.RootElement.GetProperty("okay").GetInt32().Should().Be(okay);
        answer.RootElement.GetProperty("url").GetString().Should().BeEmpty();
        if (okay == 1)
        {
            answer.RootElement.GetProperty("error").GetString().Should().Be("None");
        }
        else
        {
            JsonElement first = answer.RootElement.GetProperty("errorList").EnumerateArray().Should().Contain(e => e.GetProperty("path").GetString() == "/items/0").Subject;
            first.GetProperty("title").GetString().Should().StartWith("P3-DIM-02");
            first.GetProperty("context").GetProperty("type").GetString().Should().Be("Canvas");
        }
    }

    [Test]
    public async Task Get_Url_HasTheOfficialKeysAndTypesAndEchoesTheUrl()
    {
        string url = new Uri(_target.Url, "manifest.json").ToString();

        using HttpResponseMessage response = await _host.Client.GetAsync(new Uri($"/validate?version=3.0&url={Uri.EscapeDataString(url)}", UriKind.Relative));
        using JsonDocument answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using JsonDocument expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path("fixtures/official-validator/invalid.json")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Shape(answer.RootElement).Should().Equal(Shape(expected.RootElement));
        answer.RootElement.GetProperty("okay").GetInt32().Should().Be(0);
        answer.RootElement.GetProperty("url").GetString().Should().Be(url);
    }

    [Test]
    public async Task Get_RefusedFetch_KeepsTheOfficialKeysAndTypes()
    {
        using HttpResponseMessage response = await _host.Client.GetAsync(new Uri("/validate?url=gopher%3A%2F%2Fexample.org%2F", UriKind.Relative));
        using JsonDocument answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        answer.RootElement.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("okay", "warnings", "error", "url", "errorList");
        answer.RootElement.GetProperty("okay").GetInt32().Should().Be(0);
        answer.RootElement.GetProperty("error").GetString().Should().Contain("Only http and https");
    }

    // The keys of an answer with the kind of each value, and of each errorList entry; okay's value too, since 1
    // or 0 is part of its type in the official API.
    private static List<string> Shape(JsonElement answer)
    {
        var shape = answer.EnumerateObject().Select(p => $"{p.Name}: {p.Value.ValueKind}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        JsonElement okay = answer.GetProperty("okay");
        shape.Add($"okay is 0 or 1: {okay.ValueKind == JsonValueKind.Number && okay.GetInt32() is 0 or 1}");
        shape.Add($"warnings are strings: {answer.GetProperty("warnings").EnumerateArray().All(w => w.ValueKind == JsonValueKind.String)}");
        foreach (JsonElement error in answer.GetProperty("errorList").EnumerateArray().Take(1))
        {
            shape.AddRange(error.EnumerateObject().Select(p => $"errorList[]: {p.Name}: {p.Value.ValueKind}").OrderBy(s => s, StringComparer.Ordinal));
        }

        return shape;
    }
}
