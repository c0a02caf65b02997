using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

[TestFixture]
public sealed class IiifSchemaTests
{
    private string _cache = null!;

    [SetUp]
    public void CreateCache() => _cache = Directory.CreateTempSubdirectory("iiif-schema-").FullName;

    [TearDown]
    public void DeleteCache() => Directory.Delete(_cache, recursive: true);

    [Test]
    public void Load_TheCorpusCopy_IsThePinnedSchema()
    {
        string path = CorpusFiles.Path("schema/iiif_3_0.json");

        IiifSchema fromFile = IiifSchema.Load(path);
        IiifSchema fromStream = IiifSchema.Load(File.OpenRead(path));

        fromFile.Sha256.Should().Be(IiifSchema.PinnedSha256);
        fromFile.IsPinned.Should().BeTrue();
        fromStream.Sha256.Should().Be(fromFile.Sha256);
    }

    [Test]
    public void Load_NotJson_ThrowsInvalidData()
    {
        FluentActions.Invoking(() => IiifSchema.Load(new MemoryStream("not json"u8.ToArray())))
            .Should().Throw<InvalidDataException>();
    }

    [Test]
    public async Task DownloadPinned_ChecksTheHashAndCachesTheCopy()
    {
        byte[] schema = await File.ReadAllBytesAsync(CorpusFiles.Path("schema/iiif_3_0.json"));
        var handler = new Responder(schema);
        using var client = new HttpClient(handler);

        IiifSchema first = await IiifSchema.DownloadPinnedAsync(client, _cache);
        IiifSchema second = await IiifSchema.DownloadPinnedAsync(client, _cache);

        first.IsPinned.Should().BeTrue();
        second.Sha256.Should().Be(IiifSchema.PinnedSha256);
        handler.Requests.Should().Be(1, "the second call reads the cached copy");
        handler.LastUri.Should().Be(new Uri(IiifSchema.PinnedUrl));
        Directory.GetFiles(_cache).Should().ContainSingle().Which.Should().EndWith($"{IiifSchema.PinnedSha256}.json");
    }

    [Test]
    public async Task DownloadPinned_OtherBytes_AreRefusedAndNotCached()
    {
        using var client = new HttpClient(new Responder("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}"u8.ToArray()));

        await FluentActions.Invoking(() => IiifSchema.DownloadPinnedAsync(client, _cache))
            .Should().ThrowAsync<InvalidDataException>().WithMessage("*SHA-256*");
        Directory.GetFiles(_cache).Should().BeEmpty();
    }

    [Test]
    public async Task DownloadPinned_DamagedCache_IsFetchedAgain()
    {
        byte[] schema = await File.ReadAllBytesAsync(CorpusFiles.Path("schema/iiif_3_0.json"));
        await File.WriteAllTextAsync(Path.Combine(_cache, $"iiif_3_0.{IiifSchema.PinnedSha256}.json"), "{}");
        var handler = new Responder(schema);
        using var client = new HttpClient(handler);

        IiifSchema downloaded = await IiifSchema.DownloadPinnedAsync(client, _cache);

        downloaded.IsPinned.Should().BeTrue();
        handler.Requests.Should().Be(1);
    }

    private sealed class Responder(byte[] body) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        public Uri? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            LastUri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
        }
    }
}
