using System.Buffers;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Iiif.Presentation.Benchmarks;

/// <summary>
/// Upgrading every 2.x document of the corpus and writing the result, beside the floor of parsing and
/// writing the same bytes.
/// </summary>
/// <remarks>
/// Both sides write indented JSON without escaping non-ASCII text, as <see cref="IiifJson"/> does by
/// default. Allocation per input byte is the Allocated column divided by <see cref="InputBytes"/>
/// (printed at setup).
/// </remarks>
[MemoryDiagnoser]
public class UpgradeBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private List<byte[]> _documents = null!;

    /// <summary>Gets the size of all the input documents together.</summary>
    public long InputBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.Folder("v2");
        InputBytes = 0;
        foreach (byte[] document in _documents)
        {
            InputBytes += document.Length;
        }

        System.Console.WriteLine($"// {_documents.Count} documents, {InputBytes} input bytes");
    }

    /// <summary>The floor: <c>JsonDocument.Parse</c>, then <c>WriteTo</c> an indented writer into a reused buffer.</summary>
    [Benchmark(Baseline = true, Description = "JsonDocument parse+write indented (floor)")]
    public long JsonDocumentParseAndWrite() => Corpus.IndentedFloor(_documents, _buffer);

    /// <summary>Ours: <c>IiifUpgrader.Upgrade</c>, then <c>IiifJson.SerializeToUtf8Bytes</c> with the default options.</summary>
    [Benchmark(Description = "IiifUpgrader upgrade + SerializeToUtf8Bytes")]
    public long UpgradeAndWrite()
    {
        long written = 0;
        foreach (byte[] document in _documents)
        {
            written += IiifJson.SerializeToUtf8Bytes(IiifUpgrader.Upgrade(document).Resource).Length;
        }

        return written;
    }
}
