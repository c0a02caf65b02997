using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Benchmarks;

/// <summary>
/// Read, write and validate one set of documents, beside System.Text.Json's own floor on the same bytes:
/// <c>JsonDocument.Parse</c> + <c>WriteTo</c> (the baseline), and a plain <c>JsonNode</c> DOM.
/// </summary>
[MemoryDiagnoser]
public class ReadWriteBenchmarks : System.IDisposable
{
    private List<byte[]> _documents = null!;
    private List<IiifResource> _models = null!;
    private IiifValidator _validator = null!;
    private readonly MemoryStream _output = new();

    /// <summary>The set: <c>cookbook</c> (every file of v3/cookbook, one after the other) or <c>big</c> (the 24 MB Manifest).</summary>
    [Params("cookbook", "big")]
    public string Set { get; set; } = "cookbook";

    [GlobalSetup]
    public void Setup()
    {
        _documents = Set == "big" ? [Corpus.Big()] : Corpus.Folder(Path.Combine("v3", "cookbook"));
        _models = _documents.ConvertAll(d => IiifJson.Parse(d));
        _validator = new IiifValidator(IiifSchema.Load(Path.Combine(Corpus.Root, "schema", "iiif_3_0.json")));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument parse+write (floor)")]
    public long JsonDocumentParseAndWrite() => Corpus.ParseAndWrite(_documents, _output);

    [Benchmark(Description = "JsonNode parse+write")]
    public long JsonNodeParseAndWrite()
    {
        _output.SetLength(0);
        foreach (byte[] document in _documents)
        {
            JsonNode? parsed = JsonNode.Parse(document);
            using var writer = new Utf8JsonWriter(_output);
            parsed!.WriteTo(writer);
        }

        return _output.Length;
    }

    [Benchmark(Description = "IiifJson read")]
    public int Read()
    {
        int count = 0;
        foreach (byte[] document in _documents)
        {
            count += IiifJson.Parse(document).Id?.Length ?? 0;
        }

        return count;
    }

    [Benchmark(Description = "IiifJson write indented")]
    public long WriteIndented() => Write(indented: true);

    [Benchmark(Description = "IiifJson write compact")]
    public long WriteCompact() => Write(indented: false);

    [Benchmark(Description = "IiifJson read+write")]
    public long ReadAndWrite()
    {
        _output.SetLength(0);
        var compact = new IiifWriteOptions { Indented = false };
        foreach (byte[] document in _documents)
        {
            IiifJson.Serialize(_output, IiifJson.Parse(document), compact);
        }

        return _output.Length;
    }

    [Benchmark(Description = "validate: schema")]
    public int ValidateSchema() => Validate(new ValidationOptions { Layers = ValidationLayers.Schema });

    [Benchmark(Description = "validate: semantic")]
    public int ValidateSemantic() => Validate(new ValidationOptions { Layers = ValidationLayers.Semantic });

    private long Write(bool indented)
    {
        _output.SetLength(0);
        var options = new IiifWriteOptions { Indented = indented };
        foreach (IiifResource model in _models)
        {
            IiifJson.Serialize(_output, model, options);
        }

        return _output.Length;
    }

    private int Validate(ValidationOptions options)
    {
        int findings = 0;
        foreach (byte[] document in _documents)
        {
            findings += _validator.Validate(document, options).Findings.Count;
        }

        return findings;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _output.Dispose();
        System.GC.SuppressFinalize(this);
    }
}
