using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// The members that several classes of the model share, each declared once: the properties every resource
/// may have (3.0 section 3) and those the Presentation-defined types share. <see cref="ResourceShapes"/>
/// puts them, with each class's own, in canonical order.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>. Thread-safe.</remarks>
internal static class ResourceMembers
{
    public static readonly Member<IiifResource> Context = OutOfLineList(P.Context, StringCodec.Vocabulary, s => s.Context, (s, v) => s.Context = v);

    public static readonly Member<IiifResource> Id = new ValueMember<IiifResource, string>(
        P.Id, StringCodec.Text, r => r.Id, (r, v) => r.Id = v);

    /// <summary>The id of a Canvas, which targets, Range items and <c>start</c> repeat, or of a Manifest or Collection,
    /// which the <c>partOf</c> of each annotation's target may repeat: read once, shared.</summary>
    public static readonly Member<IiifResource> SharedId = new ValueMember<IiifResource, string>(
        P.Id, StringCodec.SharedId, r => r.Id, (r, v) => r.Id = v);

    public static readonly Member<IiifResource> Type = TypeMember.Instance;

    public static readonly Member<IiifResource> Label = new ValueMember<IiifResource, LanguageMap>(
        P.Label, LanguageMapCodec.Instance, r => r.Label, (r, v) => r.Label = v);

    public static readonly Member<IiifResource> Summary = OutOfLineValue(P.Summary, LanguageMapCodec.Instance, s => s.Summary, (s, v) => s.Summary = v);

    public static readonly Member<IiifResource> Metadata = new ListMember<IiifResource, MetadataEntry>(
        P.Metadata, ValueShapes.MetadataEntryCodec, r => r.MetadataList, (r, v) => r.MetadataList = v);

    public static readonly Member<IiifResource> RequiredStatement = OutOfLineValue(
        P.RequiredStatement, ValueShapes.MetadataEntryCodec, s => s.RequiredStatement, (s, v) => s.RequiredStatement = v);

    public static readonly Member<IiifResource> Rights = OutOfLineValue(P.Rights, StringCodec.Vocabulary, s => s.Rights, (s, v) => s.Rights = v);

    public static readonly Member<IiifResource> Provider = OutOfLineResources<Agent>(P.Provider, s => s.Provider, (s, v) => s.Provider = v, Slot.Provider);

    public static readonly Member<IiifResource> Thumbnail = new ListMember<IiifResource, ContentResource>(
        P.Thumbnail, ResourceCodec<ContentResource>.Instance, r => r.ThumbnailList, (r, v) => r.ThumbnailList = v, Slot.Thumbnail);

    public static readonly Member<IiifResource> Behaviors = OutOfLineList(
        P.Behavior, new TermCodec<Behavior>(s => new Behavior(s), b => b.Value), s => s.Behavior, (s, v) => s.Behavior = v);

    public static readonly Member<IiifResource> Homepage = OutOfLineResources<ContentResource>(P.Homepage, s => s.Homepage, (s, v) => s.Homepage = v, Slot.Homepage);

    public static readonly Member<IiifResource> Rendering = OutOfLineResources<ContentResource>(P.Rendering, s => s.Rendering, (s, v) => s.Rendering = v, Slot.Rendering);

    public static readonly Member<IiifResource> SeeAlso = OutOfLineResources<ContentResource>(P.SeeAlso, s => s.SeeAlso, (s, v) => s.SeeAlso = v, Slot.SeeAlso);

    public static readonly Member<IiifResource> Services = new ListMember<IiifResource, Service>(
        P.Service, ResourceCodec<Service>.Instance, r => r.ServiceList, (r, v) => r.ServiceList = v, Slot.Service);

    public static readonly Member<IiifResource> PartOf = OutOfLineResources<IiifResource>(P.PartOf, s => s.PartOf, (s, v) => s.PartOf = v, Slot.PartOf);

    // The properties only the Presentation-defined types (Collection, Manifest, Canvas, Range) carry.
    public static readonly Member<IiifResource> NavDate = OutOfLineValue(P.NavDate, StringCodec.Text, s => s.NavDate, (s, v) => s.NavDate = v);

    /// <summary>The navPlace extension's place, on the same classes as <c>navDate</c>: GeoJSON, which the
    /// traversal does not visit as a resource of the document.</summary>
    public static readonly Member<IiifResource> NavPlace = OutOfLineValue(
        P.NavPlace, GeoJsonCodec<FeatureCollection>.Instance, s => s.NavPlace, (s, v) => s.NavPlace = v, visited: false);

    public static readonly Member<IiifResource> PlaceholderCanvas = OutOfLineResource<Canvas>(
        P.PlaceholderCanvas, s => s.PlaceholderCanvas, (s, v) => s.PlaceholderCanvas = v, Slot.PlaceholderCanvas);

    public static readonly Member<IiifResource> AccompanyingCanvas = OutOfLineResource<Canvas>(
        P.AccompanyingCanvas, s => s.AccompanyingCanvas, (s, v) => s.AccompanyingCanvas = v, Slot.AccompanyingCanvas);

    // Shared by the Presentation-defined types and content resources.
    public static readonly Member<IiifResource> Annotations = OutOfLineResources<AnnotationPage>(P.Annotations, s => s.Annotations, (s, v) => s.Annotations = v, Slot.AnnotationsPage);

    // A Canvas's and a content resource's.
    public static readonly Member<IiifResource> Duration = OutOfLineNumber(P.Duration, NumberCodecs.Double, s => s.Duration, (s, v) => s.Duration = v);

    // The Web Annotation model's, kept in the resource's WebAnnotationProperties.
    public static readonly Member<IiifResource> Creator = WebAnnotationList(P.Creator, ValueShapes.AnnotationAgentCodec, w => w.Creator, (w, v) => w.Creator = v);

    public static readonly Member<IiifResource> Created = WebAnnotationValue(P.Created, StringCodec.Text, w => w.Created, (w, v) => w.Created = v);

    public static readonly Member<IiifResource> Modified = WebAnnotationValue(P.Modified, StringCodec.Text, w => w.Modified, (w, v) => w.Modified = v);

    public static readonly Member<IiifResource> Generator = WebAnnotationList(P.Generator, ValueShapes.AnnotationAgentCodec, w => w.Generator, (w, v) => w.Generator = v);

    public static readonly Member<IiifResource> Generated = WebAnnotationValue(P.Generated, StringCodec.Text, w => w.Generated, (w, v) => w.Generated = v);

    public static readonly Member<IiifResource> Purposes = WebAnnotationList(
        P.Purpose, new TermCodec<Purpose>(s => new Purpose(s), p => p.Value), w => w.Purpose, (w, v) => w.Purpose = v);

    public static readonly Member<IiifResource> ProcessingLanguage = WebAnnotationValue(
        P.ProcessingLanguage, StringCodec.Vocabulary, w => w.ProcessingLanguage, (w, v) => w.ProcessingLanguage = v);

    public static readonly Member<IiifResource> TextDirection = WebAnnotationValue(P.TextDirection, StringCodec.Vocabulary, w => w.TextDirection, (w, v) => w.TextDirection = v);

    public static readonly Member<IiifResource> Audience = WebAnnotationList(P.Audience, ValueShapes.AnnotationAudienceCodec, w => w.Audience, (w, v) => w.Audience = v);

    /// <summary>Who made a resource and when, what generated it, and whom it is for: <c>creator</c> …
    /// <c>generated</c> (Web Annotation section 3.3.1), then <c>audience</c> (3.3.3), in canonical order.</summary>
    public static readonly Member<IiifResource>[] Provenance = [Creator, Created, Modified, Generator, Generated, Audience];

    /// <summary>The values of <c>viewingDirection</c>, a closed set.</summary>
    public static readonly TermCodec<ViewingDirection> ViewingDirectionCodec = new(s => new ViewingDirection(s), v => v.Value);

    /// <summary>The values of <c>motivation</c>.</summary>
    public static readonly TermCodec<Motivation> MotivationCodec = new(s => new Motivation(s), v => v.Value);

    /// <summary>The values of <c>textGranularity</c> (text granularity extension).</summary>
    public static readonly TermCodec<TextGranularity> TextGranularityCodec = new(s => new TextGranularity(s), v => v.Value);

    /// <summary>The values of <c>timeMode</c>, a closed set.</summary>
    public static readonly TermCodec<TimeMode> TimeModeCodec = new(s => new TimeMode(s), v => v.Value);

    /// <summary>What a person reads about a resource, <c>label</c> … <c>rights</c>, in canonical order.</summary>
    public static readonly Member<IiifResource>[] Descriptive = [Label, Summary, Metadata, RequiredStatement, Rights];

    /// <summary>The members every resource but a service has first: <c>@context</c>, <c>id</c>, <c>type</c>,
    /// then <see cref="Descriptive"/>.</summary>
    public static Member<IiifResource>[] Head(Member<IiifResource> id) => [Context, id, Type, .. Descriptive];

    /// <summary>The links every resource may have, <c>provider</c> … <c>service</c>, in canonical order, with
    /// an Agent's <c>logo</c> after its <c>homepage</c>.</summary>
    public static Member<IiifResource>[] Links(Member<IiifResource>? logo = null) =>
        logo is null ? [Provider, Thumbnail, Homepage, Rendering, SeeAlso, Services] : [Provider, Thumbnail, Homepage, logo, Rendering, SeeAlso, Services];

    /// <summary>A member over a one-value property kept in <see cref="SparseProperties"/>; with
    /// <paramref name="visited"/> <see langword="false"/>, a resource value the traversal does not visit.</summary>
    public static Member<IiifResource> OutOfLineValue<T>(
        IiifProperty property, Codec<T> codec, Func<SparseProperties, T?> get, Action<SparseProperties, T?> set, Slot slot = Slot.Any, bool visited = true)
        where T : class =>
        new ValueMember<IiifResource, T>(property, codec, r => r.SparseOrNull is { } s ? get(s) : null, (r, v) => Set(r, v is not null, v, set), slot, visited: visited)
        {
            OutOfLine = true,
        };

    /// <summary>A member over a list property kept in <see cref="SparseProperties"/>.</summary>
    public static Member<IiifResource> OutOfLineList<T>(
        IiifProperty property, Codec<T> codec, Func<SparseProperties, OneOrMany<T>?> get, Action<SparseProperties, OneOrMany<T>?> set, Slot slot = Slot.Any) =>
        new ListMember<IiifResource, T>(property, codec, r => r.SparseOrNull is { } s ? get(s) : null, (r, v) => Set(r, v is not null, v, set), slot)
        {
            OutOfLine = true,
        };

    /// <summary>A member over a resource kept in <see cref="SparseProperties"/>.</summary>
    public static Member<IiifResource> OutOfLineResource<T>(IiifProperty property, Func<SparseProperties, T?> get, Action<SparseProperties, T?> set, Slot slot)
        where T : IiifResource =>
        OutOfLineValue(property, ResourceCodec<T>.Instance, get, set, slot);

    /// <summary>A member over a list of resources kept in <see cref="SparseProperties"/>.</summary>
    public static Member<IiifResource> OutOfLineResources<T>(IiifProperty property, Func<SparseProperties, OneOrMany<T>?> get, Action<SparseProperties, OneOrMany<T>?> set, Slot slot)
        where T : IiifResource =>
        OutOfLineList(property, ResourceCodec<T>.Instance, get, set, slot);

    /// <summary>A member over a number or term kept in <see cref="SparseProperties"/>.</summary>
    public static Member<IiifResource> OutOfLineNumber<T>(IiifProperty property, Codec<T> codec, Func<SparseProperties, T?> get, Action<SparseProperties, T?> set)
        where T : struct =>
        new NullableMember<IiifResource, T>(property, codec, r => r.SparseOrNull is { } s ? get(s) : null, (r, v) => Set(r, v.HasValue, v, set))
        {
            OutOfLine = true,
        };

    /// <summary>A member over a one-value property kept in <see cref="WebAnnotationProperties"/>.</summary>
    public static Member<IiifResource> WebAnnotationValue<T>(
        IiifProperty property, Codec<T> codec, Func<WebAnnotationProperties, T?> get, Action<WebAnnotationProperties, T?> set)
        where T : class =>
        OutOfLineValue(property, codec, s => s.WebAnnotation is { } w ? get(w) : null, (s, v) => SetWebAnnotation(s, v is not null, v, set));

    /// <summary>A member over a list property kept in <see cref="WebAnnotationProperties"/>.</summary>
    public static Member<IiifResource> WebAnnotationList<T>(
        IiifProperty property, Codec<T> codec, Func<WebAnnotationProperties, OneOrMany<T>?> get, Action<WebAnnotationProperties, OneOrMany<T>?> set) =>
        OutOfLineList(property, codec, s => s.WebAnnotation is { } w ? get(w) : null, (s, v) => SetWebAnnotation(s, v is not null, v, set));

    // As for SparseProperties: a value creates the storage; clearing one does not.
    private static void SetWebAnnotation<T>(SparseProperties sparse, bool hasValue, T value, Action<WebAnnotationProperties, T> set)
    {
        if (hasValue || sparse.WebAnnotation is not null)
        {
            set(sparse.WebAnnotationProperties, value);
        }
    }

    // A value creates the storage; clearing one does not.
    private static void Set<T>(IiifResource resource, bool hasValue, T value, Action<SparseProperties, T> set)
    {
        if (resource.SparseFor(hasValue) is { } sparse)
        {
            set(sparse, value);
        }
    }
}
