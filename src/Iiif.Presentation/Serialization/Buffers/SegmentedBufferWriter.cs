using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Serialization.Buffers;

/// <summary>
/// A byte buffer made of segments rented from <see cref="ArrayPool{T}.Shared"/>, for writing a large
/// document: it never grows one array to the size of the document (no copying), and its segments are
/// reused from call to call. Flushing to a stream, it uses 64 KB segments; holding the whole document
/// (for an array, or to copy asynchronously), each new segment is twice the last, up to 4 MB, so that a
/// large document takes a few segments the pool can keep, not hundreds it cannot.
/// </summary>
/// <remarks>Not thread-safe. Dispose returns the segments to the pool.</remarks>
internal sealed class SegmentedBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int SegmentSize = 64 * 1024;

    private const int MaxHeldSegmentSize = 4 * 1024 * 1024;

    private const int FlushAfter = 16; // segments, 1 MB

    private readonly List<(byte[] Array, int Count)> _full = [];
    private readonly Stream? _sink;
    private byte[] _current = ArrayPool<byte>.Shared.Rent(SegmentSize);
    private int _written;

    /// <summary>Initializes a buffer that holds everything until it is copied.</summary>
    public SegmentedBufferWriter()
    {
    }

    /// <summary>Initializes a buffer that writes full segments to a stream once they reach 1 MB, so that
    /// writing a document of any size holds at most that much.</summary>
    public SegmentedBufferWriter(Stream sink)
    {
        _sink = sink;
    }

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _current.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_written);
    }

    /// <summary>Writes the segments to a stream, in order.</summary>
    public async Task CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach ((byte[] array, int count) in _full)
        {
            await WriteAsync(stream, array, count, cancellationToken).ConfigureAwait(false);
        }

        await WriteAsync(stream, _current, _written, cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteAsync(Stream stream, byte[] array, int count, CancellationToken cancellationToken) =>
#if NETSTANDARD2_0
        stream.WriteAsync(array, 0, count, cancellationToken);
#else
        stream.WriteAsync(array.AsMemory(0, count), cancellationToken).AsTask();
#endif

    /// <summary>Returns the bytes written, in one array of exactly their length.</summary>
    public byte[] ToArray()
    {
        long length = _written;
        foreach ((_, int count) in _full)
        {
            length += count;
        }

        // Every byte is copied over at once: no need to clear the array first (a large one is cleared
        // page by page, which costs as much as the copy).
#if NET
        byte[] bytes = GC.AllocateUninitializedArray<byte>(checked((int)length));
#else
        byte[] bytes = new byte[length];
#endif
        int at = 0;
        foreach ((byte[] array, int count) in _full)
        {
            Buffer.BlockCopy(array, 0, bytes, at, count);
            at += count;
        }

        Buffer.BlockCopy(_current, 0, bytes, at, _written);
        return bytes;
    }

    /// <summary>Writes the segments to a stream, in order.</summary>
    public void CopyTo(Stream stream)
    {
        foreach ((byte[] array, int count) in _full)
        {
            stream.Write(array, 0, count);
        }

        stream.Write(_current, 0, _written);
    }

    public void Dispose()
    {
        foreach ((byte[] array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _full.Clear();
        if (_current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_current);
            _current = [];
        }
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_current.Length - _written >= needed)
        {
            return;
        }

        _full.Add((_current, _written));
        int next = _sink is null ? Math.Min(_current.Length * 2, MaxHeldSegmentSize) : SegmentSize;
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(next, needed));
        _written = 0;
        if (_sink is not null && _full.Count >= FlushAfter)
        {
            foreach ((byte[] array, int count) in _full)
            {
                _sink.Write(array, 0, count);
                ArrayPool<byte>.Shared.Return(array);
            }

            _full.Clear();
        }
    }
}
