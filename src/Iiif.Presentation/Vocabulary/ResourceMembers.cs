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
    public static readonly Member<IiifResource> Context = new ListMember<IiifResource, string>(
        P.Context, StringCodec.Vocabulary, r => r.SparseOrNull?.Context, (r, v) => r.SparseFor(v is not null)?.Context = v);

    public static readonly Member<IiifResource> Id = new ValueMember<IiifResource, string>(
        P.Id, StringCodec.Text, r => r.Id, (r, v) => r.Id = v);

    /// <summary>The id of a Canvas, which targets, Range items and <c>start</c> repeat: read once, shared.</summary>
    public static readonly Member<IiifResource> SharedId = new ValueMember<IiifResource, string>(
        P.Id, StringCodec.SharedId, r => r.Id, (r, v) => r.Id = v);

    public static readonly Member<IiifResource> Type = TypeMember.Instance;

    public static readonly Member<IiifResource> Label = new ValueMember<IiifResource, LanguageMap>(
        P.Label, LanguageMapCodec.Instance, r => r.Label, (r, v) => r.Label = v);

    public static readonly Member<IiifResource> Summary = new ValueMember<IiifResource, LanguageMap>(
        P.Summary, LanguageMapCodec.Instance, r => r.Summary, (r, v) => r.Summary = v);

    public static readonly Member<IiifResource> Metadata = new ListMember<IiifResource, MetadataEntry>(
        P.Metadata, ValueShapes.MetadataEntryCodec, r => r.MetadataList, (r, v) => r.MetadataList = v);

    public static readonly Member<IiifResource> RequiredStatement = new ValueMember<IiifResource, MetadataEntry>(
        P.RequiredStatement, ValueShapes.MetadataEntryCodec, r => r.RequiredStatement, (r, v) => r.RequiredStatement = v);

    public static readonly Member<IiifResource> Rights = new ValueMember<IiifResource, string>(
        P.Rights, StringCodec.Vocabulary, r => r.Rights, (r, v) => r.Rights = v);

    public static readonly Member<IiifResource> Provider = new ListMember<IiifResource, Agent>(
        P.Provider, ResourceCodec<Agent>.Instance, r => r.SparseOrNull?.Provider, (r, v) => r.SparseFor(v is not null)?.Provider = v, Slot.Provider);

    public static readonly Member<IiifResource> Thumbnail = new ListMember<IiifResource, ContentResource>(
        P.Thumbnail, ResourceCodec<ContentResource>.Instance, r => r.ThumbnailList, (r, v) => r.ThumbnailList = v, Slot.Thumbnail);

    public static readonly Member<IiifResource> Behaviors = new ListMember<IiifResource, Behavior>(
        P.Behavior, new TermCodec<Behavior>(s => new Behavior(s), b => b.Value), r => r.SparseOrNull?.Behavior, (r, v) => r.SparseFor(v is not null)?.Behavior = v);

    public static readonly Member<IiifResource> Homepage = new ListMember<IiifResource, ContentResource>(
        P.Homepage, ResourceCodec<ContentResource>.Instance, r => r.SparseOrNull?.Homepage, (r, v) => r.SparseFor(v is not null)?.Homepage = v, Slot.Homepage);

    public static readonly Member<IiifResource> Rendering = new ListMember<IiifResource, ContentResource>(
        P.Rendering, ResourceCodec<ContentResource>.Instance, r => r.SparseOrNull?.Rendering, (r, v) => r.SparseFor(v is not null)?.Rendering = v, Slot.Rendering);

    public static readonly Member<IiifResource> SeeAlso = new ListMember<IiifResource, ContentResource>(
        P.SeeAlso, ResourceCodec<ContentResource>.Instance, r => r.SparseOrNull?.SeeAlso, (r, v) => r.SparseFor(v is not null)?.SeeAlso = v, Slot.SeeAlso);

    public static readonly Member<IiifResource> Services = new ListMember<IiifResource, Service>(
        P.Service, ResourceCodec<Service>.Instance, r => r.ServiceList, (r, v) => r.ServiceList = v, Slot.Service);

    public static readonly Member<IiifResource> PartOf = new ListMember<IiifResource, IiifResource>(
        P.PartOf, ResourceCodec<IiifResource>.Instance, r => r.SparseOrNull?.PartOf, (r, v) => r.SparseFor(v is not null)?.PartOf = v, Slot.PartOf);

    // The properties only the Presentation-defined types (Collection, Manifest, Canvas, Range) carry.
    public static readonly Member<IiifResource> NavDate = new ValueMember<IiifResource, string>(
        P.NavDate, StringCodec.Text, r => ((PresentationResource)r).NavDate, (r, v) => ((PresentationResource)r).NavDate = v);

    public static readonly Member<IiifResource> PlaceholderCanvas = new ValueMember<IiifResource, Canvas>(
        P.PlaceholderCanvas, ResourceCodec<Canvas>.Instance, r => ((PresentationResource)r).PlaceholderCanvas,
        (r, v) => ((PresentationResource)r).PlaceholderCanvas = v, Slot.PlaceholderCanvas);

    public static readonly Member<IiifResource> AccompanyingCanvas = new ValueMember<IiifResource, Canvas>(
        P.AccompanyingCanvas, ResourceCodec<Canvas>.Instance, r => ((PresentationResource)r).AccompanyingCanvas,
        (r, v) => ((PresentationResource)r).AccompanyingCanvas = v, Slot.AccompanyingCanvas);

    public static readonly Member<IiifResource> Annotations = new ListMember<IiifResource, AnnotationPage>(
        P.Annotations, ResourceCodec<AnnotationPage>.Instance, r => ((PresentationResource)r).AnnotationsList,
        (r, v) => ((PresentationResource)r).AnnotationsList = v, Slot.AnnotationsPage);

    /// <summary>The values of <c>viewingDirection</c>, a closed set.</summary>
    public static readonly TermCodec<ViewingDirection> ViewingDirectionCodec = new(s => new ViewingDirection(s), v => v.Value);

    /// <summary>The values of <c>motivation</c>.</summary>
    public static readonly TermCodec<Motivation> MotivationCodec = new(s => new Motivation(s), v => v.Value);

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
}
