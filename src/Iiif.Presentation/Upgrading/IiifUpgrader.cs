using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Serialization.Buffers;
using Iiif.Presentation.Upgrading;

namespace Iiif.Presentation;

/// <summary>
/// Upgrades IIIF Presentation 2.x documents (2.0 and 2.1: Manifest, Collection, Sequence, Canvas,
/// AnnotationList, Annotation, Range, Layer) to Presentation 3.0.
/// </summary>
/// <remarks>
/// <para>
/// The result is valid 3.0 wherever the input allows, loses nothing silently (every value that does not
/// carry over unchanged is in a note's <see cref="UpgradeNote.Original"/>), and is deterministic: ids the
/// upgrader has to mint derive from the parent's id, never from a counter or a random number.
/// </para>
/// <para>
/// A 3.0 document is returned as read, with an <see cref="UpgradeNoteCodes.AlreadyV3"/> note; any other
/// JSON object is read as an unknown resource with a <see cref="UpgradeNoteCodes.NotV2"/> error note.
/// Only text that cannot be read at all throws. All members are thread-safe.
/// </para>
/// </remarks>
public static class IiifUpgrader
{
    /// <summary>Upgrades a document given as text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The 3.0 resource and the notes.</returns>
    /// <exception cref="IiifJsonException">The text is not JSON, not an object, or nests too deeply.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static UpgradeResult Upgrade(string json, UpgradeOptions? options = null)
    {
        Guard.NotNull(json);

        using PooledBufferWriter utf8 = DocumentReader.EncodeStrict(json, IiifReadOptions.Default);
        return Upgrade(utf8.WrittenSpan, options);
    }

    /// <summary>Upgrades a document given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8; a byte order mark is skipped.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The 3.0 resource and the notes.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, or nests too deeply.</exception>
    public static UpgradeResult Upgrade(ReadOnlySpan<byte> utf8Json, UpgradeOptions? options = null)
    {
        (PresentationVersion version, UpgradeResult? upgraded) = DocumentReader.Use(
            utf8Json, IiifReadOptions.Default, options ?? UpgradeOptions.Default, static (document, options) =>
                PresentationVersions.Detect(document.Root) is var version && version is PresentationVersion.V2 or PresentationVersion.V2ByType
                    ? (version, FromV2(document, options))
                    : (version, (UpgradeResult?)null));
        if (upgraded is not null)
        {
            return upgraded;
        }

        // Read as it is; a value that is not an object gets the reader's own, located error.
        IiifResource resource = DocumentReader.ReadVersion3<IiifResource>(utf8Json, s_noUpgrade)!;
        return version == PresentationVersion.V3
            ? new UpgradeResult(resource, [new UpgradeNote(UpgradeNoteCodes.AlreadyV3, UpgradeNoteSeverity.Info, "", "", "The document is already Presentation 3.0; it was read as it is.", null)])
            : new UpgradeResult(resource, [new UpgradeNote(UpgradeNoteCodes.NotV2, UpgradeNoteSeverity.Error, "", "",
                "The document declares neither Presentation 2 nor 3 (no IIIF @context, no sc:/oa: type); it was read as an unknown resource, keeping its JSON.", null)]);
    }

    /// <summary>Upgrades a document read from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The 3.0 resource and the notes.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, or nests too deeply.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static UpgradeResult Upgrade(Stream utf8Json, UpgradeOptions? options = null)
    {
        Guard.NotNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Upgrade(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), options);
    }

    /// <summary>Upgrades a document read from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The 3.0 resource and the notes.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, or nests too deeply.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static async Task<UpgradeResult> UpgradeAsync(Stream utf8Json, UpgradeOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return Upgrade(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), options);
    }

    /// <summary>Reads a Presentation 2 document for <see cref="IiifJson"/>, which upgrades 2.x on the fly; the
    /// notes are left out.</summary>
    /// <exception cref="IiifJsonException">The upgraded resource is not a <typeparamref name="T"/>, or its
    /// resources nest too deeply for the thread's stack.</exception>
    internal static T ReadVersion2<T>(ReadOnlySpan<byte> utf8Json, IiifReadOptions options)
        where T : IiifResource =>
        DocumentReader.Use(utf8Json, options, 0, static (document, _) => ReadVersion2<T>(document));

    private static T ReadVersion2<T>(ParsedDocument document)
        where T : IiifResource
    {
        IiifResource resource;
        try
        {
            resource = FromV2(document, UpgradeOptions.Default).Resource;
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw document.Locate("The resources nest too deeply for this thread's stack; lower IiifReadOptions.MaxDepth.", 0, ex);
        }

        return resource as T ?? throw document.Locate(
            $"The upgraded document is a {resource.Type}, not {DocumentReader.Describe(typeof(T))}.", 0, inner: null);
    }

    /// <summary>Upgrades a parsed document known to be 2.x.</summary>
    private static UpgradeResult FromV2(ParsedDocument document, UpgradeOptions options) =>
        Upgrader.Run(document, options, PresentationVersions.Detect(document.Root) == PresentationVersion.V2ByType);

    private static readonly IiifReadOptions s_noUpgrade = new() { UpgradeFromV2 = false };
}
