using Iiif.Presentation.Diff;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Serialization.Buffers;

namespace Iiif.Presentation;

/// <summary>
/// Compares two IIIF documents as JSON and lists where they differ, as JSON Pointers: for snapshot tests
/// and for seeing what a change to a system's output did.
/// </summary>
/// <remarks>
/// <para>
/// Key order and formatting never count, and numbers are compared by value (<c>1.0</c> is <c>1</c>) unless
/// <see cref="IiifDiffOptions.CompareNumberText"/> is set. Everything else does: a lone value is not an
/// array of it (<see cref="IiifDifferenceKind.SingleVersusArray"/>), and an array's order counts
/// (<see cref="IiifDifferenceKind.Reordered"/>) unless <see cref="IiifDiffOptions.UnorderedArrays"/> names it.
/// </para>
/// <para>
/// Documents are compared as given: a Presentation 2 document is not upgraded (<see cref="IiifUpgrader"/> does
/// that), and a model is compared as <see cref="IiifJson.SerializeToUtf8Bytes"/> writes it.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class IiifDiff
{
    /// <summary>Compares two resources as their canonical JSON.</summary>
    /// <param name="expected">The resource expected.</param>
    /// <param name="actual">The resource to check against it.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The differences; <see cref="IiifDifferenceKind.Added"/> ones are in <paramref name="actual"/> only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> or <paramref name="actual"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A pattern of the options is not a JSON Pointer pattern.</exception>
    public static IiifDiffResult Compare(IiifResource expected, IiifResource actual, IiifDiffOptions? options = null)
    {
        Guard.NotNull(expected);
        Guard.NotNull(actual);

        using JsonDocument expectedJson = JsonDocument.Parse(IiifJson.SerializeToUtf8Bytes(expected));
        using JsonDocument actualJson = JsonDocument.Parse(IiifJson.SerializeToUtf8Bytes(actual));
        return Compare(expectedJson.RootElement, actualJson.RootElement, options);
    }

    /// <summary>Compares two JSON texts.</summary>
    /// <param name="expected">The JSON text expected.</param>
    /// <param name="actual">The JSON text to check against it.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The differences; <see cref="IiifDifferenceKind.Added"/> ones are in <paramref name="actual"/> only.</returns>
    /// <exception cref="IiifJsonException">A text is not JSON, repeats a key or nests too deeply; the
    /// exception says where, as <see cref="IiifJson.Parse(string, IiifReadOptions?)"/> does.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> or <paramref name="actual"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A pattern of the options is not a JSON Pointer pattern.</exception>
    public static IiifDiffResult Compare(string expected, string actual, IiifDiffOptions? options = null)
    {
        Guard.NotNull(expected);
        Guard.NotNull(actual);

        using PooledBufferWriter expectedUtf8 = DocumentReader.EncodeStrict(expected, IiifReadOptions.Default);
        using PooledBufferWriter actualUtf8 = DocumentReader.EncodeStrict(actual, IiifReadOptions.Default);
        return Compare(expectedUtf8.WrittenSpan, actualUtf8.WrittenSpan, options);
    }

    /// <summary>Compares two JSON texts given as UTF-8 bytes.</summary>
    /// <param name="expectedUtf8Json">The JSON text expected, as UTF-8; a byte order mark is skipped.</param>
    /// <param name="actualUtf8Json">The JSON text to check against it, as UTF-8; a byte order mark is skipped.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The differences; <see cref="IiifDifferenceKind.Added"/> ones are in the actual text only.</returns>
    /// <exception cref="IiifJsonException">A text is not UTF-8 JSON, repeats a key or nests too deeply; the
    /// exception says where, as <see cref="IiifJson.Parse(ReadOnlySpan{byte}, IiifReadOptions?)"/> does.</exception>
    /// <exception cref="ArgumentException">A pattern of the options is not a JSON Pointer pattern.</exception>
    public static IiifDiffResult Compare(ReadOnlySpan<byte> expectedUtf8Json, ReadOnlySpan<byte> actualUtf8Json, IiifDiffOptions? options = null) =>
        DocumentReader.Use(expectedUtf8Json, actualUtf8Json, IiifReadOptions.Default, options,
            static (expected, actual, options) => Compare(expected.Root, actual.Root, options));

    /// <summary>Compares two JSON values.</summary>
    /// <param name="expected">The value expected.</param>
    /// <param name="actual">The value to check against it.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The differences, whose values are copies that outlive the documents of the values.</returns>
    /// <exception cref="ArgumentException">A pattern of the options is not a JSON Pointer pattern.</exception>
    public static IiifDiffResult Compare(JsonElement expected, JsonElement actual, IiifDiffOptions? options = null) =>
        new(JsonComparer.Compare(expected, actual, options ?? IiifDiffOptions.Default));
}
