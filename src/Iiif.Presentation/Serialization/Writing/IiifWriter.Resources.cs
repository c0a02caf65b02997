using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Serialization.Writing;

internal static partial class IiifWriter
{
    /// <summary>Writes a resource as a JSON value.</summary>
    internal static void WriteResource(Utf8JsonWriter w, IiifResource? resource)
    {
        if (resource is null)
        {
            w.WriteNullValue();
            return;
        }

        if (resource.IsUriString && resource.Id is not null && !resource.HasMoreThanId())
        {
            w.WriteStringValue(resource.Id);
            return;
        }

        var written = new WriteState(resource.Extensions);
        w.WriteStartObject();
        switch (resource.Kind)
        {
            case ResourceKind.Service:
                WriteServiceProperties(w, (Service)resource, ref written);
                break;
            default:
                WriteResourceProperties(w, resource, ref written);
                break;
        }

        written.WriteExtensions(w, resource.Extensions);
        w.WriteEndObject();
    }

    private static void WriteResourceProperty(Utf8JsonWriter w, PropertyId id, IiifResource? resource, ref WriteState written)
    {
        if (resource is not null)
        {
            w.WritePropertyName(JsonNames.Get(id));
            WriteResource(w, resource);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteResourceList<T>(Utf8JsonWriter w, PropertyId id, OneOrMany<T>? list, ref WriteState written)
        where T : IiifResource
    {
        if (!IiifResource.Has(list))
        {
            written.WriteRaw(w, id);
            return;
        }

        w.WritePropertyName(JsonNames.Get(id));
        if (list!.IsSingleValue && list.Count == 1)
        {
            WriteResource(w, list[0]);
        }
        else
        {
            w.WriteStartArray();
            foreach (T item in list)
            {
                WriteResource(w, item);
            }

            w.WriteEndArray();
        }

        written.Add(id);
    }

    /// <summary>Writes the properties of every class but services, in the canonical order.</summary>
    private static void WriteResourceProperties(Utf8JsonWriter w, IiifResource r, ref WriteState written)
    {
        WriteStringList(w, PropertyId.AtContext, r.ContextList, ref written);
        WriteString(w, PropertyId.Id, r.Id, ref written);
        written.WriteType(w, r.Type);
        WriteDescriptive(w, r, ref written);

        switch (r.Kind)
        {
            case ResourceKind.Collection:
                var collection = (Collection)r;
                WriteString(w, PropertyId.NavDate, collection.NavDate, ref written);
                WriteString(w, PropertyId.ViewingDirection, collection.ViewingDirection?.Value, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceProperty(w, PropertyId.PlaceholderCanvas, collection.PlaceholderCanvas, ref written);
                WriteResourceProperty(w, PropertyId.AccompanyingCanvas, collection.AccompanyingCanvas, ref written);
                WriteResourceList(w, PropertyId.Services, collection.ServicesList, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceList(w, PropertyId.Items, collection.ItemsList, ref written);
                WriteResourceList(w, PropertyId.Annotations, collection.AnnotationsList, ref written);
                break;

            case ResourceKind.Manifest:
                var manifest = (Manifest)r;
                WriteString(w, PropertyId.NavDate, manifest.NavDate, ref written);
                WriteString(w, PropertyId.ViewingDirection, manifest.ViewingDirection?.Value, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceProperty(w, PropertyId.PlaceholderCanvas, manifest.PlaceholderCanvas, ref written);
                WriteResourceProperty(w, PropertyId.AccompanyingCanvas, manifest.AccompanyingCanvas, ref written);
                WriteResourceList(w, PropertyId.Services, manifest.ServicesList, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceProperty(w, PropertyId.Start, manifest.Start, ref written);
                WriteResourceList(w, PropertyId.Items, manifest.ItemsList, ref written);
                WriteResourceList(w, PropertyId.Structures, manifest.StructuresList, ref written);
                WriteResourceList(w, PropertyId.Annotations, manifest.AnnotationsList, ref written);
                break;

            case ResourceKind.Canvas:
                var canvas = (Canvas)r;
                WriteString(w, PropertyId.NavDate, canvas.NavDate, ref written);
                WriteInt(w, PropertyId.Height, canvas.Height, ref written);
                WriteInt(w, PropertyId.Width, canvas.Width, ref written);
                WriteDouble(w, PropertyId.Duration, canvas.Duration, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceProperty(w, PropertyId.PlaceholderCanvas, canvas.PlaceholderCanvas, ref written);
                WriteResourceProperty(w, PropertyId.AccompanyingCanvas, canvas.AccompanyingCanvas, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceList(w, PropertyId.Items, canvas.ItemsList, ref written);
                WriteResourceList(w, PropertyId.Annotations, canvas.AnnotationsList, ref written);
                break;

            case ResourceKind.Range:
                var range = (IiifRange)r;
                WriteString(w, PropertyId.NavDate, range.NavDate, ref written);
                WriteString(w, PropertyId.ViewingDirection, range.ViewingDirection?.Value, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceProperty(w, PropertyId.PlaceholderCanvas, range.PlaceholderCanvas, ref written);
                WriteResourceProperty(w, PropertyId.AccompanyingCanvas, range.AccompanyingCanvas, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceProperty(w, PropertyId.Start, range.Start, ref written);
                WriteResourceProperty(w, PropertyId.Supplementary, range.Supplementary, ref written);
                WriteResourceList(w, PropertyId.Items, range.ItemsList, ref written);
                WriteResourceList(w, PropertyId.Annotations, range.AnnotationsList, ref written);
                break;

            case ResourceKind.AnnotationPage:
                var page = (AnnotationPage)r;
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceProperty(w, PropertyId.Prev, page.Prev, ref written);
                WriteResourceProperty(w, PropertyId.Next, page.Next, ref written);
                WriteInt(w, PropertyId.StartIndex, page.StartIndex, ref written);
                WriteResourceList(w, PropertyId.Items, page.ItemsList, ref written);
                break;

            case ResourceKind.AnnotationCollection:
                var annotations = (AnnotationCollection)r;
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteInt(w, PropertyId.Total, annotations.Total, ref written);
                WriteResourceProperty(w, PropertyId.First, annotations.First, ref written);
                WriteResourceProperty(w, PropertyId.Last, annotations.Last, ref written);
                break;

            case ResourceKind.Annotation:
                var annotation = (Annotation)r;
                WriteMotivations(w, annotation.MotivationList, ref written);
                WriteString(w, PropertyId.TimeMode, annotation.TimeMode?.Value, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceList(w, PropertyId.Body, annotation.BodyList, ref written);
                WriteResourceList(w, PropertyId.Target, annotation.TargetList, ref written);
                break;

            case ResourceKind.Content:
                var content = (ContentResource)r;
                WriteString(w, PropertyId.Format, content.Format, ref written);
                WriteStringList(w, PropertyId.Language, content.LanguageList, ref written);
                WriteString(w, PropertyId.Profile, content.Profile, ref written);
                WriteInt(w, PropertyId.Height, content.Height, ref written);
                WriteInt(w, PropertyId.Width, content.Width, ref written);
                WriteDouble(w, PropertyId.Duration, content.Duration, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceList(w, PropertyId.Annotations, content.AnnotationsList, ref written);
                break;

            case ResourceKind.SpecificResource:
                var specific = (SpecificResource)r;
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceProperty(w, PropertyId.Source, specific.Source, ref written);
                WriteSelectors(w, specific.SelectorList, ref written);
                break;

            case ResourceKind.Choice:
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteResourceList(w, PropertyId.Items, ((Choice)r).ItemsList, ref written);
                break;

            case ResourceKind.TextualBody:
                var text = (TextualBody)r;
                WriteString(w, PropertyId.Format, text.Format, ref written);
                WriteStringList(w, PropertyId.Language, text.LanguageList, ref written);
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                WriteString(w, PropertyId.Value, text.Value, ref written);
                break;

            case ResourceKind.Agent:
                WriteBehaviors(w, r.BehaviorList, ref written);
                WriteLinks(w, r, ref written);
                WriteResourceList(w, PropertyId.PartOf, r.PartOfList, ref written);
                break;
        }
    }

    /// <summary>Writes <c>label</c> … <c>rights</c>: what a person reads about the resource.</summary>
    private static void WriteDescriptive(Utf8JsonWriter w, IiifResource r, ref WriteState written)
    {
        WriteLanguageMap(w, PropertyId.Label, r.Label, ref written);
        WriteLanguageMap(w, PropertyId.Summary, r.Summary, ref written);
        WriteMetadataList(w, r.MetadataList, ref written);
        if (r.RequiredStatement is not null)
        {
            w.WritePropertyName(JsonNames.Get(PropertyId.RequiredStatement));
            WriteMetadataEntryValue(w, r.RequiredStatement);
            written.Add(PropertyId.RequiredStatement);
        }
        else
        {
            written.WriteRaw(w, PropertyId.RequiredStatement);
        }

        WriteString(w, PropertyId.Rights, r.Rights, ref written);
    }

    /// <summary>Writes <c>provider</c> … <c>service</c>: the resource's links to other resources.</summary>
    private static void WriteLinks(Utf8JsonWriter w, IiifResource r, ref WriteState written)
    {
        WriteResourceList(w, PropertyId.Provider, r.ProviderList, ref written);
        WriteResourceList(w, PropertyId.Thumbnail, r.ThumbnailList, ref written);
        WriteResourceList(w, PropertyId.Homepage, r.HomepageList, ref written);
        if (r is Agent agent)
        {
            WriteResourceList(w, PropertyId.Logo, agent.LogoList, ref written);
        }

        WriteResourceList(w, PropertyId.Rendering, r.RenderingList, ref written);
        WriteResourceList(w, PropertyId.SeeAlso, r.SeeAlsoList, ref written);
        WriteResourceList(w, PropertyId.Service, r.ServiceList, ref written);
    }
}
