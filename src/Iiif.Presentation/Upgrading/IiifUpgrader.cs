using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Serialization.Buffers;
using Iiif.Presentation.Upgrading;
using Iiif.Presentation.Vocabulary;

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

        return Upgrade(IiifJson.EncodeStrict(json, IiifReadOptions.Default).AsSpan(), options);
    }

    /// <summary>Upgrades a document given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8; a byte order mark is skipped.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The 3.0 resource and the notes.</returns>
    /// <exception cref="IiifJsonException">The text is not UTF-8 JSON, not an object, or nests too deeply.</exception>
    public static UpgradeResult Upgrade(ReadOnlySpan<byte> utf8Json, UpgradeOptions? options = null)
    {
        options ??= UpgradeOptions.Default;
        using JsonDocument document = IiifJson.ParseDocument(utf8Json, IiifReadOptions.Default);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            // Reading it as a resource gives the reader's own, located error.
            IiifJson.Parse(utf8Json, NoUpgrade);
        }

        PresentationVersion version = PresentationVersions.Detect(root);
        switch (version)
        {
            case PresentationVersion.V2:
            case PresentationVersion.V2ByType:
                return FromV2(root, options, version == PresentationVersion.V2ByType);
            case PresentationVersion.V3:
                return new UpgradeResult(IiifJson.Parse(utf8Json, NoUpgrade), new[]
                {
                    new UpgradeNote(UpgradeNoteCodes.AlreadyV3, UpgradeNoteSeverity.Info, "", "", "The document is already Presentation 3.0; it was read as it is.", null),
                });
            default:
                return new UpgradeResult(IiifJson.Parse(utf8Json, NoUpgrade), new[]
                {
                    new UpgradeNote(UpgradeNoteCodes.NotV2, UpgradeNoteSeverity.Error, "", "",
                        "The document declares neither Presentation 2 nor 3 (no IIIF @context, no sc:/oa: type); it was read as an unknown resource, keeping its JSON.", null),
                });
        }
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

    private static IiifReadOptions NoUpgrade { get; } = new() { UpgradeFromV2 = false };

    /// <summary>Upgrades a document known to be 2.x; <see cref="IiifJson"/> calls this for on-the-fly upgrades.</summary>
    internal static UpgradeResult FromV2(JsonElement root, UpgradeOptions options, bool contextInferred)
    {
        JsonObject output = Upgrader.Run(root, options, contextInferred, out List<UpgradeNote> notes);

        // Pooled segments, then one array of the exact size: a growing MemoryStream and its final copy
        // allocated about four times the output.
        byte[] bytes;
        using (var buffer = new SegmentedBufferWriter())
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                output.WriteTo(writer);
            }

            bytes = buffer.ToArray();
        }

        // The default depth, so that what the upgrade gives always reads back: output nested deeper than
        // 256 levels (the upgrader nests a little deeper than its input) is refused here.
        return new UpgradeResult(IiifJson.Parse(bytes, NoUpgrade), notes);
    }
}
