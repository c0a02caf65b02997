using System.Runtime.InteropServices;

namespace Iiif.Presentation.Vocabulary;

/// <summary>The hash of UTF-8 bytes that the vocabulary's and the reader's tables (<see cref="Utf8Table{T}"/>,
/// the shared ids, the duplicate-key scan) use: eight bytes at a time, with no allocation.</summary>
internal static class Utf8Hash
{
    /// <summary>Returns the hash of the bytes; the low bits are mixed, so a power-of-two table can mask them.</summary>
    public static int Of(ReadOnlySpan<byte> utf8)
    {
        ulong hash = (ulong)utf8.Length;
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(utf8);
        foreach (ulong word in words)
        {
            hash = Mix(hash, word);
        }

        // The last one to seven bytes as one word: two reads that may overlap cover them.
        ReadOnlySpan<byte> tail = utf8.Slice(words.Length * sizeof(ulong));
        if (tail.Length >= 4)
        {
            hash = Mix(hash, ((ulong)MemoryMarshal.Read<uint>(tail) << 32) | MemoryMarshal.Read<uint>(tail.Slice(tail.Length - 4)));
        }
        else if (tail.Length >= 2)
        {
            hash = Mix(hash, ((ulong)MemoryMarshal.Read<ushort>(tail) << 16) | MemoryMarshal.Read<ushort>(tail.Slice(tail.Length - 2)));
        }
        else if (tail.Length == 1)
        {
            hash = Mix(hash, tail[0]);
        }

        return (int)(hash ^ (hash >> 29) ^ (hash >> 47));
    }

    private static ulong Mix(ulong hash, ulong word) => (hash ^ word) * 0x9E3779B97F4A7C15UL;
}
