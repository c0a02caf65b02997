using System.Buffers;

namespace Iiif.Presentation.Serialization.Buffers;

/// <summary>
/// The memory of a span that its caller keeps pinned (a <c>fixed</c> statement) for as long as this object
/// is used: a <see cref="JsonDocument"/> can then read the caller's bytes in place, instead of a copy as
/// large as the document.
/// </summary>
/// <remarks>Valid only inside the <c>fixed</c> statement; nothing made from it may outlive that.</remarks>
internal sealed unsafe class PinnedMemory : MemoryManager<byte>
{
    private readonly byte* _pointer;
    private readonly int _length;

    public PinnedMemory(byte* pointer, int length)
    {
        _pointer = pointer;
        _length = length;
    }

    public override Span<byte> GetSpan() => new(_pointer, _length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        if ((uint)elementIndex > (uint)_length)
        {
            throw new ArgumentOutOfRangeException(nameof(elementIndex));
        }

        return new MemoryHandle(_pointer + elementIndex);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
