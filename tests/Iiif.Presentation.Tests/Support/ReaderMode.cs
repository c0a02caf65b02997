using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Tests.Support;

/// <summary>The ways a test reads the same JSON, so that every entry point is held to the same result.</summary>
public enum ReaderMode
{
    FromString,
    FromUtf8Bytes,
    FromTrickleStream,
    FromStreamAsync,
}

public static class Reader
{
    public static IiifResource Parse(string json, ReaderMode mode) => mode switch
    {
        ReaderMode.FromString => IiifJson.Parse(json),
        ReaderMode.FromUtf8Bytes => IiifJson.Parse(Encoding.UTF8.GetBytes(json)),
        ReaderMode.FromTrickleStream => IiifJson.Parse(new TrickleStream(Encoding.UTF8.GetBytes(json))),
        ReaderMode.FromStreamAsync => IiifJson.ParseAsync(new TrickleStream(Encoding.UTF8.GetBytes(json))).AsTask().GetAwaiter().GetResult(),
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    public static T Deserialize<T>(string json, ReaderMode mode)
        where T : IiifResource => mode switch
    {
        ReaderMode.FromString => IiifJson.Deserialize<T>(json),
        ReaderMode.FromUtf8Bytes => IiifJson.Deserialize<T>(Encoding.UTF8.GetBytes(json)),
        ReaderMode.FromTrickleStream => IiifJson.Deserialize<T>(new TrickleStream(Encoding.UTF8.GetBytes(json))),
        ReaderMode.FromStreamAsync => IiifJson.DeserializeAsync<T>(new TrickleStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None).AsTask().GetAwaiter().GetResult(),
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };
}

/// <summary>A read-only stream that hands out a few bytes a call, as a slow network would: 1 to 16
/// bytes, or up to 64 KiB for documents over a megabyte so that they stay quick to test.</summary>
public sealed class TrickleStream(byte[] data, int seed = 42) : Stream
{
    private readonly Random _random = new(seed);
    private readonly int _maxChunk = data.Length > 1 << 20 ? 64 * 1024 : 16;
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, _random.Next(1, _maxChunk + 1)), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        return Read(buffer.Span);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
