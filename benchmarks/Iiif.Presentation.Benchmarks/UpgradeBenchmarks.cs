using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace Iiif.Presentation.Benchmarks;

/// <summary>Upgrading every 2.x document of the corpus, beside the floor of parsing and writing the same bytes.</summary>
[MemoryDiagnoser]
public class UpgradeBenchmarks : System.IDisposable
{
    private List<byte[]> _documents = null!;
    private readonly MemoryStream _output = new();

    [GlobalSetup]
    public void Setup() => _documents = Corpus.Folder("v2");

    [Benchmark(Baseline = true, Description = "JsonDocument parse+write (floor)")]
    public long JsonDocumentParseAndWrite() => Corpus.ParseAndWrite(_documents, _output);

    [Benchmark(Description = "IiifUpgrader upgrade+write")]
    public long UpgradeAndWrite()
    {
        _output.SetLength(0);
        var compact = new IiifWriteOptions { Indented = false };
        foreach (byte[] document in _documents)
        {
            IiifJson.Serialize(_output, IiifUpgrader.Upgrade(document).Resource, compact);
        }

        return _output.Length;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _output.Dispose();
        System.GC.SuppressFinalize(this);
    }
}
