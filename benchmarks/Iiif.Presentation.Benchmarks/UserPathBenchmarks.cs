using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Iiif.Presentation.Benchmarks;

/// <summary>
/// What a user calls first, with default options, beside System.Text.Json's floor in the same run. The floor is
/// <c>JsonDocument.Parse</c> + <c>WriteTo</c> an indented <c>Utf8JsonWriter</c> with the relaxed encoder, into a
/// reused buffer: the same output form as ours by default (indented, no needless escaping). Ours is
/// <c>IiifJson.Parse</c> of the bytes (or the string) and each public write path, with default options unless a
/// method says compact.
/// </summary>
[MemoryDiagnoser]
public class UserPathBenchmarks : System.IDisposable
{
    private static readonly IiifWriteOptions s_compact = new() { Indented = false };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private readonly MemoryStream _stream = new();
    private List<byte[]> _documents = null!;
    private List<string> _texts = null!;
    private List<IiifResource> _models = null!;

    /// <summary>The set: <c>cookbook</c> (every file of v3/cookbook, one after the other) or <c>big</c> (the 24 MB Manifest).</summary>
    [Params("cookbook", "big")]
    public string Set { get; set; } = "cookbook";

    [GlobalSetup]
    public void Setup()
    {
        _documents = Set == "big" ? [Corpus.Big()] : Corpus.Folder(Path.Combine("v3", "cookbook"));
        _texts = _documents.ConvertAll(d => Encoding.UTF8.GetString(d));
        _models = _documents.ConvertAll(d => IiifJson.Parse(d));
    }

    [Benchmark(Baseline = true, Description = "floor: JsonDocument parse + indented write")]
    public long Floor() => Corpus.IndentedFloor(_documents, _buffer);

    [Benchmark(Description = "JsonNode parse + indented write")]
    public long JsonNodeReadWrite()
    {
        long written = 0;
        foreach (byte[] document in _documents)
        {
            _buffer.ResetWrittenCount();
            JsonNode? parsed = JsonNode.Parse(document);
            using var writer = new Utf8JsonWriter(_buffer, Corpus.IndentedFloorOptions);
            parsed!.WriteTo(writer);
            writer.Flush();
            written += _buffer.WrittenCount;
        }

        return written;
    }

    [Benchmark(Description = "read bytes")]
    public int ReadBytes()
    {
        int count = 0;
        foreach (byte[] document in _documents)
        {
            count += IiifJson.Parse(document).Id?.Length ?? 0;
        }

        return count;
    }

    [Benchmark(Description = "read string")]
    public int ReadString()
    {
        int count = 0;
        foreach (string text in _texts)
        {
            count += IiifJson.Parse(text).Id?.Length ?? 0;
        }

        return count;
    }

    [Benchmark(Description = "read bytes + SerializeToUtf8Bytes")]
    public long ReadWriteBytes()
    {
        long written = 0;
        foreach (byte[] document in _documents)
        {
            written += IiifJson.SerializeToUtf8Bytes(IiifJson.Parse(document)).Length;
        }

        return written;
    }

    [Benchmark(Description = "read string + Serialize to string")]
    public long ReadWriteString()
    {
        long written = 0;
        foreach (string text in _texts)
        {
            written += IiifJson.Serialize(IiifJson.Parse(text)).Length;
        }

        return written;
    }

    [Benchmark(Description = "read bytes + Serialize to stream")]
    public long ReadWriteStream()
    {
        _stream.SetLength(0);
        foreach (byte[] document in _documents)
        {
            IiifJson.Serialize(_stream, IiifJson.Parse(document));
        }

        return _stream.Length;
    }

    [Benchmark(Description = "write: SerializeToUtf8Bytes")]
    public long WriteBytes()
    {
        long written = 0;
        foreach (IiifResource model in _models)
        {
            written += IiifJson.SerializeToUtf8Bytes(model).Length;
        }

        return written;
    }

    [Benchmark(Description = "write: SerializeToUtf8Bytes compact")]
    public long WriteBytesCompact()
    {
        long written = 0;
        foreach (IiifResource model in _models)
        {
            written += IiifJson.SerializeToUtf8Bytes(model, s_compact).Length;
        }

        return written;
    }

    [Benchmark(Description = "write: Serialize to string")]
    public long WriteString()
    {
        long written = 0;
        foreach (IiifResource model in _models)
        {
            written += IiifJson.Serialize(model).Length;
        }

        return written;
    }

    [Benchmark(Description = "write: Serialize to stream")]
    public long WriteStream()
    {
        _stream.SetLength(0);
        foreach (IiifResource model in _models)
        {
            IiifJson.Serialize(_stream, model);
        }

        return _stream.Length;
    }

    [Benchmark(Description = "write: SerializeAsync to stream")]
    public async Task<long> WriteStreamAsync()
    {
        _stream.SetLength(0);
        foreach (IiifResource model in _models)
        {
            await IiifJson.SerializeAsync(_stream, model).ConfigureAwait(false);
        }

        return _stream.Length;
    }

    [Benchmark(Description = "write: Serialize to Utf8JsonWriter")]
    public long WriteUtf8JsonWriter()
    {
        long written = 0;
        foreach (IiifResource model in _models)
        {
            _buffer.ResetWrittenCount();
            using var writer = new Utf8JsonWriter(_buffer, Corpus.IndentedFloorOptions);
            IiifJson.Serialize(writer, model);
            writer.Flush();
            written += _buffer.WrittenCount;
        }

        return written;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _stream.Dispose();
        System.GC.SuppressFinalize(this);
    }
}
