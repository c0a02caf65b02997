using System;
using System.IO;
using System.Threading;
using Iiif.Presentation.Tests.Validation;

namespace Iiif.Presentation.Tests.Scale;

/// <summary>
/// A Manifest of 100,000 canvases, generated here, is read, written, validated and upgraded from 2.1, each
/// within a fixed multiple of its size in memory: what it takes grows with the document, never faster.
/// </summary>
/// <remarks>
/// Memory is the managed heap's growth over the operation, sampled every few milliseconds, so it counts
/// garbage not yet collected as well as what is kept. The bounds sit well above what this machine
/// measures (figures in the test output), so they catch a change of shape, not noise.
/// </remarks>
[TestFixture]
[NonParallelizable] // measures the process's heap
public sealed class ScaleTests
{
    private const int Canvases = 100_000;

    [Test]
    public void Presentation3_HundredThousandCanvases_ReadWriteAndValidateInProportionalMemory()
    {
        byte[] json = ScaleDocuments.Presentation3(Canvases);
        Manifest? manifest = null;

        double read = Measure("read", json.Length, () => manifest = IiifJson.Deserialize<Manifest>(json));
        manifest!.Items.Should().HaveCount(Canvases);
        manifest.Items[^1].Id.Should().EndWith($"/canvas/{Canvases}");
        manifest.Structures.Should().HaveCount(Canvases / 100);

        string output = Path.GetTempFileName();
        try
        {
            double write = Measure("write", json.Length, () =>
            {
                using FileStream stream = File.Create(output);
                IiifJson.Serialize(stream, manifest);
            });
            new FileInfo(output).Length.Should().BeGreaterThan(json.Length * 9L / 10);
            manifest = null;

            int errors = -1;
            double validate = Measure("validate", json.Length, () => errors = Validators.Full.Validate(File.ReadAllBytes(output)).ErrorCount);
            errors.Should().Be(0);

            read.Should().BeLessThan(4, "reading keeps the model, about 2.8 times this document's size");
            write.Should().BeLessThan(0.1, "writing to a stream flushes as it goes");
            validate.Should().BeLessThan(12, "validation holds the document and the schema's working set; 5 to 8 times its size were seen, depending on when the collector runs");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void Presentation2_HundredThousandCanvases_UpgradeInProportionalMemory()
    {
        byte[] json = ScaleDocuments.Presentation2(Canvases);
        UpgradeResult? result = null;

        double upgrade = Measure("upgrade", json.Length, () => result = IiifUpgrader.Upgrade(json));

        var manifest = (Manifest)result!.Resource;
        manifest.Items.Should().HaveCount(Canvases);
        result.HasErrors.Should().BeFalse();
        upgrade.Should().BeLessThan(5.25, "the upgrader reads the input in place, holding only its parsed form (about 1.2 times its size, pooled) while it builds the model (about 3 times) and compact notes (about 0.4 times); about 4.75 times was measured");
    }

    /// <summary>Runs an action and returns the managed heap's peak growth during it, as a multiple of
    /// <paramref name="size"/>.</summary>
    private static double Measure(string name, long size, Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(2))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        });
        sampler.Start();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            action();
        }
        finally
        {
            clock.Stop();
            done.Set();
            sampler.Join();
        }

        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        double ratio = (double)(peak - baseline) / size;
        TestContext.Out.WriteLine(
            $"{name}: {size / 1e6:F1} MB in {clock.Elapsed.TotalSeconds:F2} s, heap grew by at most {(peak - baseline) / 1e6:F0} MB ({ratio:F2}x)");
        return ratio;
    }
}
