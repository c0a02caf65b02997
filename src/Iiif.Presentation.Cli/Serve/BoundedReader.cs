using System.Buffers;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>Reads a stream to its end unless it is longer than a limit.</summary>
internal static class BoundedReader
{
    /// <summary>Returns the stream's bytes, or <see langword="null"/> as soon as there are more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
