using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Which properties the objects of the model that are not resources hold, in canonical order: a metadata
/// entry, an image size and tile, and the selectors. Read, written and checked from here, as
/// <see cref="ResourceShapes"/> is for resources.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#metadata"/>, the Image API's
/// <c>sizes</c> and <c>tiles</c>, and <see href="https://iiif.io/api/annex/openannotation/"/>. Thread-safe.</remarks>
internal static class ValueShapes
{
    public static readonly Shape<MetadataEntry> MetadataEntry = new("MetadataEntry",
    [
        new ValueMember<MetadataEntry, LanguageMap>(P.Label, LanguageMapCodec.Instance, e => e.Label, (e, v) => e.Label = v),
        new ValueMember<MetadataEntry, LanguageMap>(P.Value, LanguageMapCodec.Instance, e => e.Value, (e, v) => e.Value = v),
    ]);

    public static readonly Shape<ImageSize> ImageSize = new("Size",
    [
        new ValueMember<ImageSize, string>(P.Type, StringCodec.Vocabulary, s => s.Type, (s, v) => s.Type = v),
        new NullableMember<ImageSize, int>(P.Width, NumberCodecs.Int, s => s.Width, (s, v) => s.Width = v),
        new NullableMember<ImageSize, int>(P.Height, NumberCodecs.Int, s => s.Height, (s, v) => s.Height = v),
    ]);

    public static readonly Shape<ImageTile> ImageTile = new("Tile",
    [
        new ValueMember<ImageTile, string>(P.Type, StringCodec.Vocabulary, t => t.Type, (t, v) => t.Type = v),
        new NullableMember<ImageTile, int>(P.Width, NumberCodecs.Int, t => t.Width, (t, v) => t.Width = v),
        new NullableMember<ImageTile, int>(P.Height, NumberCodecs.Int, t => t.Height, (t, v) => t.Height = v),
        new ListMember<ImageTile, int>(P.ScaleFactors, NumberCodecs.Int, t => t.ScaleFactorsList, (t, v) => t.ScaleFactorsList = v),
    ]);

    private static readonly Member<Selector> s_selectorType =
        new ValueMember<Selector, string>(P.Type, StringCodec.Vocabulary, s => s.Type, (s, v) => s.Type = v);

    public static readonly Shape<Selector> Selector = new("Selector", [s_selectorType]);

    public static readonly Shape<Selector> FragmentSelector = new("FragmentSelector",
    [
        s_selectorType,
        Text<FragmentSelector>(P.ConformsTo, StringCodec.Vocabulary, f => f.ConformsTo, (f, v) => f.ConformsTo = v),
        Text<FragmentSelector>(P.Value, StringCodec.Text, f => f.Value, (f, v) => f.Value = v),
    ]);

    public static readonly Shape<Selector> SvgSelector = new("SvgSelector",
    [
        s_selectorType,
        Text<SvgSelector>(P.Value, StringCodec.Text, s => s.Value, (s, v) => s.Value = v),
    ]);

    public static readonly Shape<Selector> PointSelector = new("PointSelector",
    [
        s_selectorType,
        new NullableMember<Selector, int>(P.X, NumberCodecs.Int, s => ((PointSelector)s).X, (s, v) => ((PointSelector)s).X = v),
        new NullableMember<Selector, int>(P.Y, NumberCodecs.Int, s => ((PointSelector)s).Y, (s, v) => ((PointSelector)s).Y = v),
        new NullableMember<Selector, double>(P.T, NumberCodecs.Double, s => ((PointSelector)s).T, (s, v) => ((PointSelector)s).T = v),
    ]);

    public static readonly Shape<Selector> ImageApiSelector = new("ImageApiSelector",
    [
        s_selectorType,
        Text<ImageApiSelector>(P.Region, StringCodec.Text, s => s.Region, (s, v) => s.Region = v),
        Text<ImageApiSelector>(P.Size, StringCodec.Text, s => s.Size, (s, v) => s.Size = v),
        Text<ImageApiSelector>(P.Rotation, StringCodec.Text, s => s.Rotation, (s, v) => s.Rotation = v),
        Text<ImageApiSelector>(P.Quality, StringCodec.Text, s => s.Quality, (s, v) => s.Quality = v),
        Text<ImageApiSelector>(P.Format, StringCodec.Text, s => s.Format, (s, v) => s.Format = v),
    ]);

    /// <summary>Reads and writes a metadata entry, or a <c>requiredStatement</c>.</summary>
    public static readonly Codec<MetadataEntry> MetadataEntryCodec = new ObjectCodec<MetadataEntry>(_ => new MetadataEntry(), _ => MetadataEntry);

    /// <summary>Reads and writes an entry of an image service's <c>sizes</c>.</summary>
    public static readonly Codec<ImageSize> ImageSizeCodec = new ObjectCodec<ImageSize>(_ => new ImageSize(), _ => ImageSize);

    /// <summary>Reads and writes an entry of an image service's <c>tiles</c>.</summary>
    public static readonly Codec<ImageTile> ImageTileCodec = new ObjectCodec<ImageTile>(_ => new ImageTile(), _ => ImageTile);

    /// <summary>Reads and writes a selector, of the class its <c>type</c> names.</summary>
    public static readonly Codec<Selector> SelectorCodec = new ObjectCodec<Selector>(CreateSelector, s => s.Shape);

    private static Selector CreateSelector(Utf8JsonReader probe)
    {
        Selector selector = IiifReader.PeekType(probe) is { Kind: ResourceKind.Selector } type ? type.CreateSelector() : new Selector(null);

        // The constructor's type is the class's default; the document's own (or none) replaces it.
        selector.Type = null;
        return selector;
    }

    private static Member<Selector> Text<TSelector>(IiifProperty property, StringCodec codec, Func<TSelector, string?> get, Action<TSelector, string?> set)
        where TSelector : Selector =>
        new ValueMember<Selector, string>(property, codec, s => get((TSelector)s), (s, v) => set((TSelector)s, v));
}
