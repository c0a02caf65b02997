using System.Buffers;

namespace Iiif.Presentation.Serialization.Buffers;

/// <summary>A growable byte buffer rented from <see cref="ArrayPool{T}.Shared"/>, for writing JSON and
/// for holding a document read from a stream.</summary>
/// <remarks>Not thread-safe. Dispose returns the array to the pool; the buffer must not be used after.</remarks>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int MaxArrayLength = 0x7FFFFFC7; // Array.MaxLength, which netstandard2.0 lacks

    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter(int initialCapacity = 16 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public int WrittenCount => _written;

    /// <summary>Gets the array behind the buffer, for APIs that take an array, offset and count.</summary>
    public byte[] RawBuffer => _buffer;

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Forgets what was written, keeping the array for the next use.</summary>
    public void Clear() => _written = 0;

    /// <summary>Removes every byte equal to <paramref name="value"/>, keeping the order of the rest.</summary>
    public void RemoveAll(byte value)
    {
        int kept = 0;
        for (int i = 0; i < _written; i++)
        {
            if (_buffer[i] != value)
            {
                _buffer[kept++] = _buffer[i];
            }
        }

        _written = kept;
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        long wanted = Math.Max((long)_written + needed, (long)_buffer.Length * 2);
        int size = (int)Math.Min(wanted, MaxArrayLength);
        if (size - _written < needed)
        {
            throw new InvalidOperationException("The JSON is larger than the 2 GB one buffer can hold.");
        }

        byte[] bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
