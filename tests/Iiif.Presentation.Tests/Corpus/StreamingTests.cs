using System;
using System.IO;
using System.Threading.Tasks;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>
/// The 24 MB Manifest read from and written to streams: reading allocates at most three times the input
/// (the model and one pooled copy of the bytes, never a string of the whole document); writing to a stream
/// flushes as it goes, and writing asynchronously holds at most the output, in pooled 64 KB segments.
/// </summary>
[TestFixture]
[NonParallelizable] // measures the process's allocations
public sealed class StreamingTests
{
    [Test]
    public async Task DeserializeAsync_BigManifest_AllocatesAtMostThreeTimesTheInput()
    {
        string path = CorpusFiles.Path("synthetic/big-10000.json");
        long size = new FileInfo(path).Length;
        await using (FileStream warm = File.OpenRead(path))
        {
            await IiifJson.DeserializeAsync<Manifest>(warm);
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        Manifest manifest;
        await using (FileStream stream = File.OpenRead(path))
        {
            manifest = await IiifJson.DeserializeAsync<Manifest>(stream);
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        manifest.Items.Should().HaveCount(10_000);
        TestContext.Out.WriteLine($"read {size:N0} bytes, allocated {allocated:N0} ({(double)allocated / size:F2}x)");
        allocated.Should().BeLessThan(3 * size);
    }

    [Test]
    public async Task SerializeAsync_BigManifest_AllocatesLessThanTheOutput()
    {
        string path = CorpusFiles.Path("synthetic/big-10000.json");
        Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes(path));
        string output = Path.GetTempFileName();
        try
        {
            await using (FileStream warm = File.Create(output))
            {
                await IiifJson.SerializeAsync(warm, manifest);
            }

            long before = GC.GetTotalAllocatedBytes(precise: true);
            await using (FileStream stream = File.Create(output))
            {
                await IiifJson.SerializeAsync(stream, manifest);
            }

            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            long written = new FileInfo(output).Length;
            TestContext.Out.WriteLine($"wrote {written:N0} bytes, allocated {allocated:N0} ({(double)allocated / written:F2}x)");
            written.Should().BeGreaterThan(20_000_000);
            allocated.Should().BeLessThan(written, "the output is held in pooled segments, never grown and copied as one array");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void Serialize_BigManifestToAStream_FlushesAsItWrites()
    {
        string path = CorpusFiles.Path("synthetic/big-10000.json");
        Manifest manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes(path));
        string output = Path.GetTempFileName();
        try
        {
            using (FileStream warm = File.Create(output))
            {
                IiifJson.Serialize(warm, manifest);
            }

            long before = GC.GetTotalAllocatedBytes(precise: true);
            using (FileStream stream = File.Create(output))
            {
                IiifJson.Serialize(stream, manifest);
            }

            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            long written = new FileInfo(output).Length;
            TestContext.Out.WriteLine($"wrote {written:N0} bytes, allocated {allocated:N0}");
            written.Should().BeGreaterThan(20_000_000);
            allocated.Should().BeLessThan(4 * 1024 * 1024, "at most about 1 MB is held before it is written");
            JsonAssert.EquivalentIgnoringKeyOrder(File.ReadAllText(path), File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
