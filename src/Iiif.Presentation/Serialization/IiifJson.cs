using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Serialization.Buffers;

namespace Iiif.Presentation;

/// <summary>
/// Reads and writes IIIF Presentation 3.0 JSON: the entry point of the library.
/// </summary>
/// <remarks>
/// <para>
/// Reading is lenient and lossless (<c>docs/design-notes.md</c>, principles 1 and 2): whatever the model can hold is
/// read, including shapes the specification forbids, and whatever it has no member for is kept in
/// <see cref="IiifResource.ExtensionData"/>. Reading throws an <see cref="IiifJsonException"/> only for
/// input it cannot represent, and that exception gives the JSON path, line and byte.
/// </para>
/// <para>
/// Writing is canonical (principle 3): a fixed property order, then the unknown properties in the
/// order read; unset properties left out; non-ASCII text not escaped; two-space indentation and
/// <c>\n</c> line ends by default. The same model gives the same bytes on every target framework.
/// </para>
/// <para>All members are thread-safe. The model objects they return are not shared between calls.</para>
/// </remarks>
public static partial class IiifJson
{
    /// <summary>Reads a document of any type: a Manifest, a Collection, an AnnotationPage, ….</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The resource, of the class its <c>type</c> names.</returns>
    /// <exception cref="IiifJsonException">The text is not JSON, not an object, nests too deeply, or is a
    /// Presentation 2 document.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static IiifResource Parse(string json, IiifReadOptions? options = null) =>
        ReadString<IiifResource>(json, options);

    /// <summary>Reads a document of any type from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8; a byte order mark is skipped.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The resource, of the class its <c>type</c> names.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, nests too deeply,
    /// or is a Presentation 2 document.</exception>
    public static IiifResource Parse(ReadOnlySpan<byte> utf8Json, IiifReadOptions? options = null) =>
        ReadUtf8<IiifResource>(utf8Json, options);

    /// <summary>Reads a document of any type from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The resource, of the class its <c>type</c> names.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, nests too deeply,
    /// or is a Presentation 2 document.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static IiifResource Parse(Stream utf8Json, IiifReadOptions? options = null) =>
        ReadStream<IiifResource>(utf8Json, options);

    /// <summary>Reads a document of any type from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The resource, of the class its <c>type</c> names.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, nests too deeply,
    /// or is a Presentation 2 document.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ValueTask<IiifResource> ParseAsync(Stream utf8Json, IiifReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync<IiifResource>(utf8Json, options, cancellationToken);

    /// <summary>Reads a document that must be of a given class.</summary>
    /// <typeparam name="T">The class, such as <see cref="Manifest"/>, or a base such as <see cref="IiifResource"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading options, or <see langword="null"/>.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="IiifJsonException">The text is not JSON, or its <c>type</c> names another class.
    /// A document without a <c>type</c> is read as <typeparamref name="T"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static T Deserialize<T>(string json, IiifReadOptions? options = null)
        where T : IiifResource =>
        ReadString<T>(json, options);

    /// <summary>Reads a document that must be of a given class, from UTF-8 bytes.</summary>
    /// <typeparam name="T">The class, such as <see cref="Manifest"/>, or a base such as <see cref="IiifResource"/>.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8; a byte order mark is skipped.</param>
    /// <param name="options">Reading options, or <see langword="null"/>.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, or its <c>type</c> names another class.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, IiifReadOptions? options = null)
        where T : IiifResource =>
        ReadUtf8<T>(utf8Json, options);

    /// <summary>Reads a document that must be of a given class, from a stream of UTF-8 JSON.</summary>
    /// <typeparam name="T">The class, such as <see cref="Manifest"/>, or a base such as <see cref="IiifResource"/>.</typeparam>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">Reading options, or <see langword="null"/>.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, or its <c>type</c> names another class.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static T Deserialize<T>(Stream utf8Json, IiifReadOptions? options = null)
        where T : IiifResource =>
        ReadStream<T>(utf8Json, options);

    /// <summary>Reads a document that must be of a given class, from a stream, asynchronously.</summary>
    /// <typeparam name="T">The class, such as <see cref="Manifest"/>, or a base such as <see cref="IiifResource"/>.</typeparam>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, or its <c>type</c> names another class.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken)
        where T : IiifResource =>
        ReadStreamAsync<T>(utf8Json, null, cancellationToken);

    /// <summary>Reads a document that must be of a given class, from a stream, asynchronously.</summary>
    /// <typeparam name="T">The class, such as <see cref="Manifest"/>, or a base such as <see cref="IiifResource"/>.</typeparam>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">Reading options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, or its <c>type</c> names another class.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ValueTask<T> DeserializeAsync<T>(Stream utf8Json, IiifReadOptions? options = null, CancellationToken cancellationToken = default)
        where T : IiifResource =>
        ReadStreamAsync<T>(utf8Json, options, cancellationToken);

    /// <summary>
    /// Reads a resource from a reader positioned on its <c>StartObject</c>, for use inside a
    /// System.Text.Json converter; the reader is left on the matching <c>EndObject</c>.
    /// </summary>
    /// <typeparam name="T">The class, such as <see cref="Manifest"/>, or a base such as <see cref="IiifResource"/>.</typeparam>
    /// <param name="reader">The reader, which must hold the whole value (as a converter's reader does).</param>
    /// <returns>The resource.</returns>
    /// <exception cref="JsonException">The value is not an object or names another class; thrown as a
    /// plain <see cref="JsonException"/> so that the serializer calling the converter adds the path.</exception>
    public static T Deserialize<T>(ref Utf8JsonReader reader)
        where T : IiifResource =>
        ReadValue<T>(ref reader);

    private static T ReadString<T>(string json, IiifReadOptions? options)
        where T : IiifResource
    {
        Guard.NotNull(json);

        using PooledBufferWriter utf8 = DocumentReader.EncodeStrict(json, options ?? IiifReadOptions.Default);
        return ReadUtf8<T>(utf8.WrittenSpan, options);
    }

    private static T ReadStream<T>(Stream utf8Json, IiifReadOptions? options)
        where T : IiifResource
    {
        Guard.NotNull(utf8Json);

        using var buffer = new PooledBufferWriter(InitialCapacity(utf8Json));
        while (true)
        {
            Span<byte> span = buffer.GetSpan(16 * 1024);
            int read = ReadSome(utf8Json, span);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
        }

        return ReadUtf8<T>(buffer.WrittenSpan, options);
    }

    private static async ValueTask<T> ReadStreamAsync<T>(Stream utf8Json, IiifReadOptions? options, CancellationToken cancellationToken)
        where T : IiifResource
    {
        Guard.NotNull(utf8Json);

        using var buffer = new PooledBufferWriter(InitialCapacity(utf8Json));
        while (true)
        {
            Memory<byte> memory = buffer.GetMemory(16 * 1024);
#if NETSTANDARD2_0
            int read = await utf8Json.ReadAsync(buffer.RawBuffer, buffer.WrittenCount, memory.Length, cancellationToken).ConfigureAwait(false);
#else
            int read = await utf8Json.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
        }

        return ReadUtf8<T>(buffer.WrittenSpan, options);
    }

    private static int ReadSome(Stream stream, Span<byte> destination)
    {
#if NETSTANDARD2_0
        byte[] chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(destination.Length);
        try
        {
            int read = stream.Read(chunk, 0, destination.Length);
            chunk.AsSpan(0, read).CopyTo(destination);
            return read;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
#else
        return stream.Read(destination);
#endif
    }

    private static int InitialCapacity(Stream stream)
    {
        try
        {
            if (stream.CanSeek)
            {
                long remaining = stream.Length - stream.Position;
                return (int)Math.Min(Math.Max(remaining + 1, 4096), 1 << 30);
            }
        }
        catch (NotSupportedException)
        {
            // Some streams claim CanSeek and still refuse Length: fall back to growing.
        }

        return 64 * 1024;
    }

}
