using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Serialization.Buffers;

namespace Iiif.Presentation;

public static partial class IiifJson
{
    private static readonly JsonWriterOptions s_indented = CreateWriterOptions(indented: true);
    private static readonly JsonWriterOptions s_compact = CreateWriterOptions(indented: false);

    /// <summary>Writes a resource as canonical JSON text.</summary>
    /// <param name="resource">The resource, usually the top of a document.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for indented output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model nests more than 1000 levels, as a cycle does.</exception>
    /// <exception cref="ArgumentException">The model holds a value JSON has no form for: NaN or an
    /// infinity (a <c>duration</c>, or a PointSelector's <c>t</c>), or text with a lone surrogate.</exception>
    public static string Serialize(IiifResource resource, IiifWriteOptions? options = null)
    {
        using PooledBufferWriter buffer = WriteToBuffer(resource, options);
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(buffer.RawBuffer, 0, buffer.WrittenCount);
#else
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
#endif
    }

    /// <summary>Writes a resource as canonical JSON, UTF-8 encoded.</summary>
    /// <param name="resource">The resource, usually the top of a document.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for indented output.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model nests more than 1000 levels, as a cycle does.</exception>
    /// <exception cref="ArgumentException">The model holds a value JSON has no form for: NaN or an
    /// infinity (a <c>duration</c>, or a PointSelector's <c>t</c>), or text with a lone surrogate.</exception>
    public static byte[] SerializeToUtf8Bytes(IiifResource resource, IiifWriteOptions? options = null)
    {
        // Pooled segments, copied once into an array of the exact size: a growing buffer copies what is
        // written at each growth, and past the pool's largest arrays it allocates every new one.
        if (WriteToSegments(resource, options, sink: null) is { } segments)
        {
            using (segments)
            {
                return segments.ToArray();
            }
        }

        using PooledBufferWriter buffer = WriteToBuffer(resource, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a resource as canonical UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="resource">The resource, usually the top of a document.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for indented output.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model nests more than 1000 levels, as a cycle does.</exception>
    /// <exception cref="ArgumentException">The model holds a value JSON has no form for: NaN or an
    /// infinity (a <c>duration</c>, or a PointSelector's <c>t</c>), or text with a lone surrogate.</exception>
    public static void Serialize(Stream utf8Json, IiifResource resource, IiifWriteOptions? options = null)
    {
        Guard.NotNull(utf8Json);

        if (WriteToSegments(resource, options, utf8Json) is { } segments)
        {
            using (segments)
            {
                segments.CopyTo(utf8Json);
            }

            return;
        }

        using PooledBufferWriter buffer = WriteToBuffer(resource, options);
        utf8Json.Write(buffer.RawBuffer, 0, buffer.WrittenCount);
    }

    /// <summary>Writes a resource as canonical UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="resource">The resource, usually the top of a document.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model nests more than 1000 levels, as a cycle does.</exception>
    /// <exception cref="ArgumentException">The model holds a value JSON has no form for: NaN or an
    /// infinity (a <c>duration</c>, or a PointSelector's <c>t</c>), or text with a lone surrogate.</exception>
    public static Task SerializeAsync(Stream utf8Json, IiifResource resource, CancellationToken cancellationToken) =>
        SerializeAsync(utf8Json, resource, null, cancellationToken);

    /// <summary>Writes a resource as canonical UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="resource">The resource, usually the top of a document.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for indented output.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The model nests more than 1000 levels, as a cycle does.</exception>
    /// <exception cref="ArgumentException">The model holds a value JSON has no form for: NaN or an
    /// infinity (a <c>duration</c>, or a PointSelector's <c>t</c>), or text with a lone surrogate.</exception>
    public static async Task SerializeAsync(Stream utf8Json, IiifResource resource, IiifWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);

        if (WriteToSegments(resource, options, sink: null) is { } segments)
        {
            using (segments)
            {
                await segments.CopyToAsync(utf8Json, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        using PooledBufferWriter buffer = WriteToBuffer(resource, options);
#if NETSTANDARD2_0
        await utf8Json.WriteAsync(buffer.RawBuffer, 0, buffer.WrittenCount, cancellationToken).ConfigureAwait(false);
#else
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
#endif
    }

    /// <summary>Writes a resource as a JSON value to a writer, with the writer's own options.</summary>
    /// <param name="writer">The writer; for canonical output use the other overloads, which choose the
    /// indentation and escaping.</param>
    /// <param name="resource">The resource.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model holds a value JSON has no form for: NaN or an
    /// infinity (a <c>duration</c>, or a PointSelector's <c>t</c>), or text with a lone surrogate.</exception>
    public static void Serialize(Utf8JsonWriter writer, IiifResource resource)
    {
        Guard.NotNull(writer);

        Guard.NotNull(resource);

        IiifWriter.WriteResource(writer, resource);
    }

    private static PooledBufferWriter WriteToBuffer(IiifResource resource, IiifWriteOptions? options)
    {
        Guard.NotNull(resource);

        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, (options ?? IiifWriteOptions.Default).Indented ? s_indented : s_compact))
            {
                IiifWriter.WriteResource(writer, resource);
            }

#if NET8_0
            // System.Text.Json 8 always ends lines with Environment.NewLine; canonical output uses \n.
            // A carriage return in JSON text can only be such a line end: inside strings it is escaped.
            if (Environment.NewLine != "\n")
            {
                buffer.RemoveAll((byte)'\r');
            }
#endif
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes into 64 KB pooled segments, for a stream: a large document never needs one array of its size.
    /// With a <paramref name="sink"/>, full segments are written to it as they fill (synchronous writing);
    /// without, they are kept for an asynchronous copy.
    /// <see langword="null"/> where the output must be post-processed whole (System.Text.Json 8 on a system
    /// whose line end is not <c>\n</c>).
    /// </summary>
    private static SegmentedBufferWriter? WriteToSegments(IiifResource resource, IiifWriteOptions? options, Stream? sink)
    {
        Guard.NotNull(resource);
#if NET8_0
        if (Environment.NewLine != "\n")
        {
            return null;
        }
#endif

        var segments = sink is null ? new SegmentedBufferWriter() : new SegmentedBufferWriter(sink);
        try
        {
            using (var writer = new Utf8JsonWriter(segments, (options ?? IiifWriteOptions.Default).Indented ? s_indented : s_compact))
            {
                IiifWriter.WriteResource(writer, resource);
            }

            return segments;
        }
        catch
        {
            segments.Dispose();
            throw;
        }
    }

    private static JsonWriterOptions CreateWriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = CanonicalJavaScriptEncoder.Instance,
#if !NET8_0
        NewLine = "\n",
        IndentCharacter = ' ',
        IndentSize = 2,
#endif
    };
}
