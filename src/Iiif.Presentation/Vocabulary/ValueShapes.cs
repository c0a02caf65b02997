using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Which properties the objects of the model that are not resources hold, in canonical order: a metadata
/// entry, an image size and tile, the selectors, and the Web Annotation model's states, agents and stylesheets. Read, written and checked from here, as
/// <see cref="ResourceShapes"/> is for resources.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#metadata"/>, the Image API's
/// <c>sizes</c> and <c>tiles</c>, and <see href="https://iiif.io/api/annex/openannotation/"/>. Thread-safe.</remarks>
internal static class ValueShapes
{
    // The codecs of the objects that nest in each other (a selector's refinedBy, a state's) come first: the
    // shapes below read them as they are built.

    /// <summary>Reads and writes a selector, of the class its <c>type</c> names.</summary>
    public static readonly Codec<Selector> SelectorCodec = new ObjectCodec<Selector>(CreateSelector, s => s.Shape);

    /// <summary>Reads and writes a state of a SpecificResource, of the class its <c>type</c> names.</summary>
    public static readonly Codec<State> StateCodec = new ObjectCodec<State>(CreateState, s => s.Shape);

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

    public static readonly Shape<ImageProfile> ImageProfile = new("ImageProfile",
    [
        new ListMember<ImageProfile, string>(P.Formats, StringCodec.Vocabulary, p => p.FormatsList, (p, v) => p.FormatsList = v),
        new ListMember<ImageProfile, string>(P.Qualities, StringCodec.Vocabulary, p => p.QualitiesList, (p, v) => p.QualitiesList = v),
        new ListMember<ImageProfile, string>(P.Supports, StringCodec.Vocabulary, p => p.SupportsList, (p, v) => p.SupportsList = v),
        new NullableMember<ImageProfile, int>(P.MaxWidth, NumberCodecs.Int, p => p.MaxWidth, (p, v) => p.MaxWidth = v),
        new NullableMember<ImageProfile, int>(P.MaxHeight, NumberCodecs.Int, p => p.MaxHeight, (p, v) => p.MaxHeight = v),
        new NullableMember<ImageProfile, long>(P.MaxArea, NumberCodecs.Long, p => p.MaxArea, (p, v) => p.MaxArea = v),
    ]);

    private static readonly Member<Selector> s_selectorType =
        new ValueMember<Selector, string>(P.Type, StringCodec.Vocabulary, s => s.Type, (s, v) => s.Type = v);

    private static readonly Member<Selector> s_refinedBy =
        new ListMember<Selector, Selector>(P.RefinedBy, SelectorCodec, s => s.RefinedByList, (s, v) => s.RefinedByList = v);

    public static readonly Shape<Selector> Selector = SelectorShape("Selector");

    public static readonly Shape<Selector> FragmentSelector = SelectorShape("FragmentSelector",
        Text<FragmentSelector>(P.ConformsTo, StringCodec.Vocabulary, f => f.ConformsTo, (f, v) => f.ConformsTo = v),
        Text<FragmentSelector>(P.Value, StringCodec.Text, f => f.Value, (f, v) => f.Value = v));

    public static readonly Shape<Selector> SvgSelector = SelectorShape("SvgSelector",
        Text<SvgSelector>(P.Value, StringCodec.Text, s => s.Value, (s, v) => s.Value = v));

    public static readonly Shape<Selector> PointSelector = SelectorShape("PointSelector",
        new NullableMember<Selector, int>(P.X, NumberCodecs.Int, s => ((PointSelector)s).X, (s, v) => ((PointSelector)s).X = v),
        new NullableMember<Selector, int>(P.Y, NumberCodecs.Int, s => ((PointSelector)s).Y, (s, v) => ((PointSelector)s).Y = v),
        new NullableMember<Selector, double>(P.T, NumberCodecs.Double, s => ((PointSelector)s).T, (s, v) => ((PointSelector)s).T = v));

    public static readonly Shape<Selector> ImageApiSelector = SelectorShape("ImageApiSelector",
        Text<ImageApiSelector>(P.Region, StringCodec.Text, s => s.Region, (s, v) => s.Region = v),
        Text<ImageApiSelector>(P.Size, StringCodec.Text, s => s.Size, (s, v) => s.Size = v),
        Text<ImageApiSelector>(P.Rotation, StringCodec.Text, s => s.Rotation, (s, v) => s.Rotation = v),
        Text<ImageApiSelector>(P.Quality, StringCodec.Text, s => s.Quality, (s, v) => s.Quality = v),
        Text<ImageApiSelector>(P.Format, StringCodec.Text, s => s.Format, (s, v) => s.Format = v));

    public static readonly Shape<Selector> TextQuoteSelector = SelectorShape("TextQuoteSelector",
        Text<TextQuoteSelector>(P.Exact, StringCodec.Text, s => s.Exact, (s, v) => s.Exact = v),
        Text<TextQuoteSelector>(P.Prefix, StringCodec.Text, s => s.Prefix, (s, v) => s.Prefix = v),
        Text<TextQuoteSelector>(P.Suffix, StringCodec.Text, s => s.Suffix, (s, v) => s.Suffix = v));

    public static readonly Shape<Selector> TextPositionSelector = SelectorShape("TextPositionSelector",
        new NullableMember<Selector, int>(P.Start, NumberCodecs.Int, s => ((TextPositionSelector)s).Start, (s, v) => ((TextPositionSelector)s).Start = v),
        new NullableMember<Selector, int>(P.End, NumberCodecs.Int, s => ((TextPositionSelector)s).End, (s, v) => ((TextPositionSelector)s).End = v));

    public static readonly Shape<Selector> DataPositionSelector = SelectorShape("DataPositionSelector",
        new NullableMember<Selector, long>(P.Start, NumberCodecs.Long, s => ((DataPositionSelector)s).Start, (s, v) => ((DataPositionSelector)s).Start = v),
        new NullableMember<Selector, long>(P.End, NumberCodecs.Long, s => ((DataPositionSelector)s).End, (s, v) => ((DataPositionSelector)s).End = v));

    public static readonly Shape<Selector> XPathSelector = SelectorShape("XPathSelector",
        Text<XPathSelector>(P.Value, StringCodec.Text, s => s.Value, (s, v) => s.Value = v));

    public static readonly Shape<Selector> CssSelector = SelectorShape("CssSelector",
        Text<CssSelector>(P.Value, StringCodec.Text, s => s.Value, (s, v) => s.Value = v));

    public static readonly Shape<Selector> RangeSelector = SelectorShape("RangeSelector",
        new ValueMember<Selector, Selector>(P.StartSelector, SelectorCodec, s => ((RangeSelector)s).StartSelector, (s, v) => ((RangeSelector)s).StartSelector = v),
        new ValueMember<Selector, Selector>(P.EndSelector, SelectorCodec, s => ((RangeSelector)s).EndSelector, (s, v) => ((RangeSelector)s).EndSelector = v));

    private static readonly Member<State> s_stateId = new ValueMember<State, string>(P.Id, StringCodec.Text, s => s.Id, (s, v) => s.Id = v);

    private static readonly Member<State> s_stateType = new ValueMember<State, string>(P.Type, StringCodec.Vocabulary, s => s.Type, (s, v) => s.Type = v);

    private static readonly Member<State> s_stateRefinedBy =
        new ListMember<State, State>(P.RefinedBy, StateCodec, s => s.RefinedByList, (s, v) => s.RefinedByList = v);

    public static readonly Shape<State> State = StateShape("State");

    public static readonly Shape<State> TimeState = StateShape("TimeState",
        new ValueMember<State, string>(P.SourceDate, StringCodec.Text, s => ((TimeState)s).SourceDate, (s, v) => ((TimeState)s).SourceDate = v),
        new ValueMember<State, string>(P.SourceDateStart, StringCodec.Text, s => ((TimeState)s).SourceDateStart, (s, v) => ((TimeState)s).SourceDateStart = v),
        new ValueMember<State, string>(P.SourceDateEnd, StringCodec.Text, s => ((TimeState)s).SourceDateEnd, (s, v) => ((TimeState)s).SourceDateEnd = v),
        new ValueMember<State, string>(P.Cached, StringCodec.Text, s => ((TimeState)s).Cached, (s, v) => ((TimeState)s).Cached = v));

    public static readonly Shape<State> HttpRequestState = StateShape("HttpRequestState",
        new ValueMember<State, string>(P.Value, StringCodec.Text, s => ((HttpRequestState)s).Value, (s, v) => ((HttpRequestState)s).Value = v));

    public static readonly Shape<AnnotationAgent> AnnotationAgent = new("AnnotationAgent",
    [
        new ValueMember<AnnotationAgent, string>(P.Id, StringCodec.Text, a => a.Id, (a, v) => a.Id = v),
        new ValueMember<AnnotationAgent, string>(P.Type, StringCodec.Vocabulary, a => a.Type, (a, v) => a.Type = v),
        new ValueMember<AnnotationAgent, string>(P.Name, StringCodec.Text, a => a.Name, (a, v) => a.Name = v),
        new ValueMember<AnnotationAgent, string>(P.Nickname, StringCodec.Text, a => a.Nickname, (a, v) => a.Nickname = v),
        new ListMember<AnnotationAgent, string>(P.Email, StringCodec.Text, a => a.EmailList, (a, v) => a.EmailList = v),
        new ListMember<AnnotationAgent, string>(P.EmailSha1, StringCodec.Text, a => a.EmailSha1List, (a, v) => a.EmailSha1List = v),
        new ListMember<AnnotationAgent, string>(P.Homepage, StringCodec.Text, a => a.HomepageList, (a, v) => a.HomepageList = v),
    ]);

    public static readonly Shape<AnnotationAudience> AnnotationAudience = new("AnnotationAudience",
    [
        new ValueMember<AnnotationAudience, string>(P.Id, StringCodec.Text, a => a.Id, (a, v) => a.Id = v),
        new ValueMember<AnnotationAudience, string>(P.Type, StringCodec.Vocabulary, a => a.Type, (a, v) => a.Type = v),
    ]);

    public static readonly Shape<CssStylesheet> CssStylesheet = new("CssStylesheet",
    [
        new ValueMember<CssStylesheet, string>(P.Id, StringCodec.Text, c => c.Id, (c, v) => c.Id = v),
        new ValueMember<CssStylesheet, string>(P.Type, StringCodec.Vocabulary, c => c.Type, (c, v) => c.Type = v),
        new ValueMember<CssStylesheet, string>(P.Value, StringCodec.Text, c => c.Value, (c, v) => c.Value = v),
    ]);

    /// <summary>Reads and writes a Web Annotation agent: an object of the class its <c>type</c> names, or a URI string.</summary>
    public static readonly Codec<AnnotationAgent> AnnotationAgentCodec = new LinkedObjectCodec<AnnotationAgent>(
        CreateAgent, _ => AnnotationAgent, uri => new Iiif.Presentation.AnnotationAgent(null) { Id = uri, IsUriString = true }, a => a.IsUriString ? a.Id : null);

    /// <summary>Reads and writes a Web Annotation audience: an object, or a URI string.</summary>
    public static readonly Codec<AnnotationAudience> AnnotationAudienceCodec = new LinkedObjectCodec<AnnotationAudience>(
        _ => new Iiif.Presentation.AnnotationAudience(), _ => AnnotationAudience, uri => new Iiif.Presentation.AnnotationAudience { Id = uri, IsUriString = true }, a => a.IsUriString ? a.Id : null);

    /// <summary>Reads and writes an Annotation's <c>stylesheet</c>: an object, or a URI string.</summary>
    public static readonly Codec<CssStylesheet> CssStylesheetCodec = new LinkedObjectCodec<CssStylesheet>(
        _ => new Iiif.Presentation.CssStylesheet { Type = null }, _ => CssStylesheet, Iiif.Presentation.CssStylesheet.Reference, c => c.IsUriString ? c.Id : null);

    /// <summary>Reads and writes a metadata entry, or a <c>requiredStatement</c>.</summary>
    public static readonly Codec<MetadataEntry> MetadataEntryCodec = new ObjectCodec<MetadataEntry>(_ => new MetadataEntry(), _ => MetadataEntry);

    /// <summary>Reads and writes an entry of an image service's <c>sizes</c>.</summary>
    public static readonly Codec<ImageSize> ImageSizeCodec = new ObjectCodec<ImageSize>(_ => new ImageSize(), _ => ImageSize);

    /// <summary>Reads and writes an Image API 2 profile description, an entry of a <c>profile</c> list after the
    /// compliance level.</summary>
    public static readonly Codec<ImageProfile> ImageProfileCodec = new ObjectCodec<ImageProfile>(_ => new ImageProfile(), _ => ImageProfile);

    /// <summary>Reads and writes an entry of an image service's <c>tiles</c>.</summary>
    public static readonly Codec<ImageTile> ImageTileCodec = new ObjectCodec<ImageTile>(_ => new ImageTile(), _ => ImageTile);

    private static Selector CreateSelector(Utf8JsonReader probe)
    {
        Selector selector = IiifReader.PeekType(probe) is { Kind: ResourceKind.Selector } type ? type.CreateSelector() : new Selector(null);

        // The constructor's type is the class's default; the document's own (or none) replaces it.
        selector.Type = null;
        return selector;
    }

    private static State CreateState(Utf8JsonReader probe)
    {
        State state = Iiif.Presentation.State.Create(IiifReader.PeekTypeText(probe));
        state.Type = null;
        return state;
    }

    private static AnnotationAgent CreateAgent(Utf8JsonReader probe)
    {
        AnnotationAgent agent = Iiif.Presentation.AnnotationAgent.Create(IiifReader.PeekTypeText(probe));
        agent.Type = null;
        return agent;
    }

    /// <summary>A selector's shape: its <c>type</c>, the members of its class, then <c>refinedBy</c>, which every
    /// selector may have (<see href="https://www.w3.org/TR/annotation-model/#refinement-of-selection"/>).</summary>
    private static Shape<Selector> SelectorShape(string name, params Member<Selector>[] own) =>
        new(name, [s_selectorType, .. own, s_refinedBy]);

    /// <summary>A state's shape: its <c>id</c> and <c>type</c>, the members of its class, then <c>refinedBy</c>.</summary>
    private static Shape<State> StateShape(string name, params Member<State>[] own) =>
        new(name, [s_stateId, s_stateType, .. own, s_stateRefinedBy]);

    private static Member<Selector> Text<TSelector>(IiifProperty property, StringCodec codec, Func<TSelector, string?> get, Action<TSelector, string?> set)
        where TSelector : Selector =>
        new ValueMember<Selector, string>(property, codec, s => get((TSelector)s), (s, v) => set((TSelector)s, v));
}
