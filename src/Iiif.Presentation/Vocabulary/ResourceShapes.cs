using System.Linq;
using static Iiif.Presentation.Vocabulary.ResourceMembers;
using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Which properties each class of the model holds, in canonical order (<c>@context</c>, <c>id</c>,
/// <c>type</c>, <c>label</c>, …, then the lists of child resources): stated once here, and read by the
/// reader (which keys a class takes), the writer (the order it writes), the traversal (the order it visits
/// child resources) and the validator (which class may carry which property).
/// </summary>
/// <remarks>
/// <para>Spec: the property matrix of <see href="https://iiif.io/api/presentation/3.0/#appendices"/>; a class
/// holds what the specification marks required, recommended or optional for it. Adding a property to a class
/// is a member here (and the model's C# property it reads and sets).</para>
/// <para>Thread-safe: built once and only read.</para>
/// </remarks>
internal static class ResourceShapes
{
    public static readonly Shape<IiifResource> Collection = new("Collection",
    [
        .. Head(SharedId), NavDate, NavPlace, Viewing(r => ((Collection)r).ViewingDirection, (r, v) => ((Collection)r).ViewingDirection = v), Behaviors, .. Links(),
        PlaceholderCanvas, AccompanyingCanvas, ServicesOf(r => ((Collection)r).ServicesList, (r, v) => ((Collection)r).ServicesList = v), PartOf,
        List<IiifResource>(P.Items, r => ((Collection)r).ItemsList, (r, v) => ((Collection)r).ItemsList = v, Slot.CollectionItem, required: true), Annotations,
    ]);

    public static readonly Shape<IiifResource> Manifest = new("Manifest",
    [
        .. Head(SharedId), NavDate, NavPlace, Viewing(r => ((Manifest)r).ViewingDirection, (r, v) => ((Manifest)r).ViewingDirection = v), Behaviors, .. Links(),
        PlaceholderCanvas, AccompanyingCanvas, ServicesOf(r => ((Manifest)r).ServicesList, (r, v) => ((Manifest)r).ServicesList = v), PartOf,
        One<IiifResource>(P.Start, r => ((Manifest)r).Start, (r, v) => ((Manifest)r).Start = v, Slot.Start),
        List<Canvas>(P.Items, r => ((Manifest)r).ItemsList, (r, v) => ((Manifest)r).ItemsList = v, Slot.Canvas, required: true),
        List<IiifRange>(P.Structures, r => ((Manifest)r).StructuresList, (r, v) => ((Manifest)r).StructuresList = v, Slot.Structure), Annotations,
    ]);

    public static readonly Shape<IiifResource> Canvas = new("Canvas",
    [
        .. Head(SharedId), NavDate, NavPlace,
        Number<int>(P.Height, NumberCodecs.Int, r => ((Canvas)r).Height, (r, v) => ((Canvas)r).Height = v),
        Number<int>(P.Width, NumberCodecs.Int, r => ((Canvas)r).Width, (r, v) => ((Canvas)r).Width = v),
        Duration, Behaviors, .. Links(), PlaceholderCanvas, AccompanyingCanvas, PartOf,
        List<AnnotationPage>(P.Items, r => ((Canvas)r).ItemsList, (r, v) => ((Canvas)r).ItemsList = v, Slot.CanvasPage, required: true), Annotations,
    ]);

    public static readonly Shape<IiifResource> Range = new("Range",
    [
        .. Head(Id), NavDate, NavPlace, Viewing(r => ((IiifRange)r).ViewingDirection, (r, v) => ((IiifRange)r).ViewingDirection = v), Behaviors, .. Links(),
        PlaceholderCanvas, AccompanyingCanvas, PartOf,
        One<IiifResource>(P.Start, r => ((IiifRange)r).Start, (r, v) => ((IiifRange)r).Start = v, Slot.Start),
        One<AnnotationCollection>(P.Supplementary, r => ((IiifRange)r).Supplementary, (r, v) => ((IiifRange)r).Supplementary = v, Slot.Supplementary),
        List<IiifResource>(P.Items, r => ((IiifRange)r).ItemsList, (r, v) => ((IiifRange)r).ItemsList = v, Slot.RangeItem, required: true), Annotations,
    ]);

    public static readonly Shape<IiifResource> AnnotationPage = new("AnnotationPage",
    [
        .. Head(Id), Behaviors, .. Links(), PartOf,
        OutOfLineResource<AnnotationPage>(P.Prev, s => s.Prev, (s, v) => s.Prev = v, Slot.PageLink),
        OutOfLineResource<AnnotationPage>(P.Next, s => s.Next, (s, v) => s.Next = v, Slot.PageLink),
        OutOfLineNumber(P.StartIndex, NumberCodecs.Int, s => s.StartIndex, (s, v) => s.StartIndex = v),
        List<Annotation>(P.Items, r => ((AnnotationPage)r).ItemsList, (r, v) => ((AnnotationPage)r).ItemsList = v, Slot.PageAnnotation, required: true),
    ]);

    public static readonly Shape<IiifResource> AnnotationCollection = new("AnnotationCollection",
    [
        .. Head(Id), Behaviors, .. Links(), PartOf,
        Number<int>(P.Total, NumberCodecs.Int, r => ((AnnotationCollection)r).Total, (r, v) => ((AnnotationCollection)r).Total = v),
        One<AnnotationPage>(P.First, r => ((AnnotationCollection)r).First, (r, v) => ((AnnotationCollection)r).First = v, Slot.PageLink),
        One<AnnotationPage>(P.Last, r => ((AnnotationCollection)r).Last, (r, v) => ((AnnotationCollection)r).Last = v, Slot.PageLink),
    ]);

    public static readonly Shape<IiifResource> Annotation = new("Annotation",
    [
        .. Head(Id),
        new ListMember<IiifResource, Motivation>(P.Motivation, MotivationCodec, r => ((Annotation)r).MotivationList, (r, v) => ((Annotation)r).MotivationList = v),
        OutOfLineNumber(P.TimeMode, TimeModeCodec, s => s.TimeMode, (s, v) => s.TimeMode = v),
        OutOfLineNumber(P.TextGranularity, TextGranularityCodec, s => s.TextGranularity, (s, v) => s.TextGranularity = v),
        .. Provenance,
        WebAnnotationList(P.Accessibility, StringCodec.Vocabulary, w => w.Accessibility, (w, v) => w.Accessibility = v),
        WebAnnotationValue(P.Canonical, StringCodec.Text, w => w.Canonical, (w, v) => w.Canonical = v),
        WebAnnotationList(P.Via, StringCodec.Text, w => w.Via, (w, v) => w.Via = v),
        WebAnnotationValue(P.Stylesheet, ValueShapes.CssStylesheetCodec, w => w.Stylesheet, (w, v) => w.Stylesheet = v),
        Behaviors, .. Links(), PartOf,
        WebAnnotationValue(P.BodyValue, StringCodec.Text, w => w.BodyValue, (w, v) => w.BodyValue = v),
        List<IiifResource>(P.Body, r => ((Annotation)r).BodyList, (r, v) => ((Annotation)r).BodyList = v, Slot.Body),
        List<IiifResource>(P.Target, r => ((Annotation)r).TargetList, (r, v) => ((Annotation)r).TargetList = v, Slot.Target),
    ]);

    public static readonly Shape<IiifResource> Content = new("Content",
    [
        .. Head(Id),
        Text(P.Format, StringCodec.Vocabulary, r => ((ContentResource)r).Format, (r, v) => ((ContentResource)r).Format = v),
        OutOfLineList(P.Language, StringCodec.Vocabulary, s => s.Language, (s, v) => s.Language = v),
        Text(P.Profile, StringCodec.Vocabulary, r => ((ContentResource)r).Profile, (r, v) => ((ContentResource)r).Profile = v),
        Number<int>(P.Height, NumberCodecs.Int, r => ((ContentResource)r).Height, (r, v) => ((ContentResource)r).Height = v),
        Number<int>(P.Width, NumberCodecs.Int, r => ((ContentResource)r).Width, (r, v) => ((ContentResource)r).Width = v),
        Duration, .. Provenance, Behaviors, .. Links(), PartOf, Annotations,
    ]);

    /// <summary>A GeoJSON FeatureCollection (navPlace, a georeference body): a content resource's members, then
    /// georeference's <c>transformation</c> and <c>resourceCrs</c>, then the features.</summary>
    public static readonly Shape<IiifResource> FeatureCollection = new("FeatureCollection",
    [
        .. Content.Ordered,
        new ValueMember<IiifResource, Transformation>(P.Transformation, GeoJsonShapes.TransformationCodec,
            r => ((FeatureCollection)r).Transformation, (r, v) => ((FeatureCollection)r).Transformation = v),
        new NullableMember<IiifResource, JsonElement>(P.ResourceCrs, JsonElementCodec.Instance,
            r => ((FeatureCollection)r).ResourceCrs, (r, v) => ((FeatureCollection)r).ResourceCrs = v),
        new ListMember<IiifResource, Feature>(P.Features, GeoJsonCodec<Feature>.Instance,
            r => ((FeatureCollection)r).FeaturesList, (r, v) => ((FeatureCollection)r).FeaturesList = v, visited: false),
    ]);

    /// <summary>A GeoJSON Feature (a place of a navPlace, a georeference control point, an annotation body): a
    /// content resource's members, then <c>properties</c> (kept as read) and <c>geometry</c>.</summary>
    public static readonly Shape<IiifResource> Feature = new("Feature",
    [
        .. Content.Ordered,
        new NullableMember<IiifResource, JsonElement>(P.Properties, JsonElementCodec.Instance,
            r => ((Feature)r).Properties, (r, v) => ((Feature)r).Properties = v),
        new ValueMember<IiifResource, Geometry>(P.Geometry, GeoJsonShapes.GeometryCodec,
            r => ((Feature)r).Geometry, (r, v) => ((Feature)r).Geometry = v),
    ]);

    public static readonly Shape<IiifResource> SpecificResource = new("SpecificResource",
    [
        .. Head(Id), Purposes, .. Provenance, Behaviors, .. Links(), PartOf,

        // A specific resource that targets is a part of a Canvas; one that is a body, of content.
        new ValueMember<IiifResource, IiifResource>(P.Source, ResourceCodec<IiifResource>.Instance,
            r => ((SpecificResource)r).Source, (r, v) => ((SpecificResource)r).Source = v, Slot.Source,
            owner => Slots.Targets(owner) ? Slot.Target : Slot.Body),
        new ListMember<IiifResource, Selector>(P.Selector, ValueShapes.SelectorCodec,
            r => ((SpecificResource)r).SelectorList, (r, v) => ((SpecificResource)r).SelectorList = v),
        WebAnnotationList(P.State, ValueShapes.StateCodec, w => w.State, (w, v) => w.State = v),
        WebAnnotationValue(P.StyleClass, StringCodec.Vocabulary, w => w.StyleClass, (w, v) => w.StyleClass = v),
        WebAnnotationList(P.RenderedVia, ValueShapes.AnnotationAgentCodec, w => w.RenderedVia, (w, v) => w.RenderedVia = v),
        WebAnnotationList(P.Scope, StringCodec.Text, w => w.Scope, (w, v) => w.Scope = v),
    ]);

    public static readonly Shape<IiifResource> Choice = new("Choice",
    [
        .. Head(Id), Behaviors, .. Links(), PartOf,
        List<IiifResource>(P.Items, r => ((Choice)r).ItemsList, (r, v) => ((Choice)r).ItemsList = v, Slot.ChoiceItem, required: true),
    ]);

    public static readonly Shape<IiifResource> TextualBody = new("TextualBody",
    [
        .. Head(Id),
        Text(P.Format, StringCodec.Vocabulary, r => ((TextualBody)r).Format, (r, v) => ((TextualBody)r).Format = v),
        Strings(P.Language, r => ((TextualBody)r).LanguageList, (r, v) => ((TextualBody)r).LanguageList = v),
        ProcessingLanguage, TextDirection, Purposes, .. Provenance, Behaviors, .. Links(), PartOf,
        Text(P.Value, StringCodec.Text, r => ((TextualBody)r).Value, (r, v) => ((TextualBody)r).Value = v),
    ]);

    public static readonly Shape<IiifResource> Agent = new("Agent",
    [
        .. Head(Id), Behaviors,
        .. Links(List<ContentResource>(P.Logo, r => ((Agent)r).LogoList, (r, v) => ((Agent)r).LogoList = v, Slot.Logo)),
        PartOf,
    ]);

    public static readonly Shape<IiifResource> Service = ServiceShape("Service");

    public static readonly Shape<IiifResource> ImageService = ServiceShape("ImageService",
        Text(P.Protocol, StringCodec.Vocabulary, r => ((ImageService)r).Protocol, (r, v) => ((ImageService)r).Protocol = v),
        Number<int>(P.Width, NumberCodecs.Int, r => ((ImageService)r).Width, (r, v) => ((ImageService)r).Width = v),
        Number<int>(P.Height, NumberCodecs.Int, r => ((ImageService)r).Height, (r, v) => ((ImageService)r).Height = v),
        OutOfLineNumber(P.MaxWidth, NumberCodecs.Int, s => s.MaxWidth, (s, v) => s.MaxWidth = v),
        OutOfLineNumber(P.MaxHeight, NumberCodecs.Int, s => s.MaxHeight, (s, v) => s.MaxHeight = v),
        OutOfLineNumber(P.MaxArea, NumberCodecs.Long, s => s.MaxArea, (s, v) => s.MaxArea = v),
        new ListMember<IiifResource, ImageSize>(P.Sizes, ValueShapes.ImageSizeCodec, r => ((ImageService)r).SizesList, (r, v) => ((ImageService)r).SizesList = v),
        new ListMember<IiifResource, ImageTile>(P.Tiles, ValueShapes.ImageTileCodec, r => ((ImageService)r).TilesList, (r, v) => ((ImageService)r).TilesList = v),
        OutOfLineList(P.PreferredFormats, StringCodec.Vocabulary, s => s.PreferredFormats, (s, v) => s.PreferredFormats = v),
        OutOfLineList(P.ExtraQualities, StringCodec.Vocabulary, s => s.ExtraQualities, (s, v) => s.ExtraQualities = v),
        OutOfLineList(P.ExtraFormats, StringCodec.Vocabulary, s => s.ExtraFormats, (s, v) => s.ExtraFormats = v),
        OutOfLineList(P.ExtraFeatures, StringCodec.Vocabulary, s => s.ExtraFeatures, (s, v) => s.ExtraFeatures = v));

    public static readonly Shape<IiifResource> AuthCookieService1 = ServiceShape("AuthCookieService1",
        Text(P.Header, StringCodec.Text, r => ((AuthCookieService1)r).Header, (r, v) => ((AuthCookieService1)r).Header = v),
        Text(P.Description, StringCodec.Text, r => ((AuthCookieService1)r).Description, (r, v) => ((AuthCookieService1)r).Description = v),
        Text(P.ConfirmLabel, StringCodec.Text, r => ((AuthCookieService1)r).ConfirmLabel, (r, v) => ((AuthCookieService1)r).ConfirmLabel = v),
        Text(P.FailureHeader, StringCodec.Text, r => ((AuthCookieService1)r).FailureHeader, (r, v) => ((AuthCookieService1)r).FailureHeader = v),
        Text(P.FailureDescription, StringCodec.Text, r => ((AuthCookieService1)r).FailureDescription, (r, v) => ((AuthCookieService1)r).FailureDescription = v));

    public static readonly Shape<IiifResource> AuthAccessService2 = ServiceShape("AuthAccessService2",
        Language(P.Heading, r => ((AuthAccessService2)r).Heading, (r, v) => ((AuthAccessService2)r).Heading = v),
        Language(P.Note, r => ((AuthAccessService2)r).Note, (r, v) => ((AuthAccessService2)r).Note = v),
        Language(P.ConfirmLabel, r => ((AuthAccessService2)r).ConfirmLabel, (r, v) => ((AuthAccessService2)r).ConfirmLabel = v));

    public static readonly Shape<IiifResource> AuthProbeService2 = ServiceShape("AuthProbeService2",
        Language(P.ErrorHeading, r => ((AuthProbeService2)r).ErrorHeading, (r, v) => ((AuthProbeService2)r).ErrorHeading = v),
        Language(P.ErrorNote, r => ((AuthProbeService2)r).ErrorNote, (r, v) => ((AuthProbeService2)r).ErrorNote = v));

    public static readonly Shape<IiifResource> AuthAccessTokenService2 = ServiceShape("AuthAccessTokenService2",
        Language(P.ErrorHeading, r => ((AuthAccessTokenService2)r).ErrorHeading, (r, v) => ((AuthAccessTokenService2)r).ErrorHeading = v),
        Language(P.ErrorNote, r => ((AuthAccessTokenService2)r).ErrorNote, (r, v) => ((AuthAccessTokenService2)r).ErrorNote = v));

    // After the shapes it reads: a family with one type has the shape named as that type.
    private static readonly Shape<IiifResource>?[] s_byKind = Enumerable.Range(0, (int)ResourceKind.Selector + 1)
        .Select(k => (ResourceKind)k switch
        {
            ResourceKind.Content => Content,
            ResourceKind.Service => Service,
            ResourceKind kind => Array.Find(All, shape => shape.Name == IiifTypes.OfKind(kind)?.Name),
        })
        .ToArray();

    /// <summary>Gets every shape above.</summary>
    public static Shape<IiifResource>[] All =>
    [
        Collection, Manifest, Canvas, Range, AnnotationPage, AnnotationCollection, Annotation, Content, SpecificResource, Choice,
        TextualBody, Agent, FeatureCollection, Feature, Service, ImageService, AuthCookieService1, AuthAccessService2, AuthProbeService2, AuthAccessTokenService2,
    ];

    /// <summary>Returns the shape of a family's class: the one class's for the IIIF classes, SpecificResource,
    /// Choice, TextualBody and Agent; the shape all content resources share, and the one every service has;
    /// <see langword="null"/> for selectors, which are no resources.</summary>
    public static Shape<IiifResource>? Of(ResourceKind kind) => s_byKind[(int)kind];

    /// <summary>A service's shape: the keys of its own API (<c>@id</c>/<c>@type</c> for the older ones) and
    /// <c>profile</c> first, as an <c>info.json</c> has them, then the properties of its kind.</summary>
    private static Shape<IiifResource> ServiceShape(string name, params Member<IiifResource>[] own) => new(name,
    [
        Context, ServiceKeyMember.Id, ServiceKeyMember.Type, ProfileMember.Instance, .. Descriptive, .. own, Behaviors, .. Links(), PartOf,
    ]);

    // Each accessor casts the resource to its class: one delegate per access, on the reader's and writer's hot path.
    private static Member<IiifResource> One<T>(IiifProperty property, Func<IiifResource, T?> get, Action<IiifResource, T?> set, Slot slot)
        where T : IiifResource =>
        new ValueMember<IiifResource, T>(property, ResourceCodec<T>.Instance, get, set, slot);

    private static Member<IiifResource> List<T>(IiifProperty property, Func<IiifResource, OneOrMany<T>?> get, Action<IiifResource, OneOrMany<T>?> set, Slot slot, bool required = false)
        where T : IiifResource =>
        new ListMember<IiifResource, T>(property, ResourceCodec<T>.Instance, get, set, slot) { Required = required };

    private static Member<IiifResource> Text(IiifProperty property, StringCodec codec, Func<IiifResource, string?> get, Action<IiifResource, string?> set) =>
        new ValueMember<IiifResource, string>(property, codec, get, set);

    private static Member<IiifResource> Strings(IiifProperty property, Func<IiifResource, OneOrMany<string>?> get, Action<IiifResource, OneOrMany<string>?> set) =>
        new ListMember<IiifResource, string>(property, StringCodec.Vocabulary, get, set);

    private static Member<IiifResource> Language(IiifProperty property, Func<IiifResource, LanguageMap?> get, Action<IiifResource, LanguageMap?> set) =>
        new ValueMember<IiifResource, LanguageMap>(property, LanguageMapCodec.Instance, get, set);

    private static Member<IiifResource> Number<T>(IiifProperty property, Codec<T> codec, Func<IiifResource, T?> get, Action<IiifResource, T?> set)
        where T : struct =>
        new NullableMember<IiifResource, T>(property, codec, get, set);

    private static Member<IiifResource> Viewing(Func<IiifResource, ViewingDirection?> get, Action<IiifResource, ViewingDirection?> set) =>
        new NullableMember<IiifResource, ViewingDirection>(P.ViewingDirection, ViewingDirectionCodec, get, set);

    private static Member<IiifResource> ServicesOf(Func<IiifResource, OneOrMany<Service>?> get, Action<IiifResource, OneOrMany<Service>?> set) =>
        List(P.Services, get, set, Slot.Service);
}
