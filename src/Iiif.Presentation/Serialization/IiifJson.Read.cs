using Iiif.Presentation.Serialization;

namespace Iiif.Presentation;

public static partial class IiifJson
{
    /// <summary>Reads a document: a 3.0 one with the reader, a Presentation 2 one by upgrading it (the
    /// notes are left out), unless the options forbid that.</summary>
    private static T ReadUtf8<T>(ReadOnlySpan<byte> utf8, IiifReadOptions? options)
        where T : IiifResource
    {
        options ??= IiifReadOptions.Default;
        return DocumentReader.ReadVersion3<T>(utf8, options) ?? IiifUpgrader.ReadVersion2<T>(utf8, options);
    }

    private static T ReadValue<T>(ref Utf8JsonReader reader)
        where T : IiifResource =>
        DocumentReader.ReadValue<T>(ref reader);
}
