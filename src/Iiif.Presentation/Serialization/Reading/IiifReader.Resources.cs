using System.Text.Json;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Serialization.Reading;

internal static partial class IiifReader
{
    /// <summary>Reads a resource: an object, or a bare URI string. Returns <see langword="null"/> for any
    /// other token.</summary>
    internal static IiifResource? ReadResource(ref Utf8JsonReader reader, Slot slot)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                IiifResource resource = Create(reader, slot);
                ReadProperties(ref reader, resource, slot);
                return resource;

            case JsonTokenType.String:
                IiifResource bare = CreateDefault(slot, null, typed: false);
                bare.Type = null;
                if (bare is Service service)
                {
                    service.UsesAtId = false;
                    service.UsesAtType = false;
                }

                bare.Id = bare.Kind == ResourceKind.Canvas ? SharedIds.Get(ref reader) : reader.GetString();
                bare.IsUriString = true;
                return bare;

            default:
                return null;
        }
    }

    /// <summary>Reads the properties of an object into a resource created for it.</summary>
    /// <remarks>The reader is on the object's <c>StartObject</c> and is left on its <c>EndObject</c>.</remarks>
    /// <exception cref="System.InsufficientExecutionStackException">Resources nest so deeply (under a raised
    /// <see cref="IiifReadOptions.MaxDepth"/>) that reading them would overflow the thread's stack.</exception>
    internal static void ReadProperties(ref Utf8JsonReader reader, IiifResource resource, Slot slot)
    {
        // Each nested resource takes a few frames; stop while the stack can still unwind.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();

        // The constructor's type is the class's default; the document's own (or none) replaces it.
        resource.Type = null;
        if (resource is Service service)
        {
            service.UsesAtId = false;
            service.UsesAtType = false;
        }

        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            PropertyId id = PropertyNames.Lookup(ref reader, out string? name);
            name ??= PropertyNames.GetName(id);
            Next(ref reader);
            CheckNotInExtensions(resource.Extensions, name);

            bool handled = id != PropertyId.Unknown && resource.Kind switch
            {
                ResourceKind.Collection => ReadCollectionProperty(ref reader, (Collection)resource, id),
                ResourceKind.Manifest => ReadManifestProperty(ref reader, (Manifest)resource, id),
                ResourceKind.Canvas => ReadCanvasProperty(ref reader, (Canvas)resource, id),
                ResourceKind.Range => ReadRangeProperty(ref reader, (IiifRange)resource, id),
                ResourceKind.AnnotationPage => ReadAnnotationPageProperty(ref reader, (AnnotationPage)resource, id),
                ResourceKind.AnnotationCollection => ReadAnnotationCollectionProperty(ref reader, (AnnotationCollection)resource, id),
                ResourceKind.Annotation => ReadAnnotationProperty(ref reader, (Annotation)resource, id),
                ResourceKind.Content => ReadContentProperty(ref reader, (ContentResource)resource, id),
                ResourceKind.SpecificResource => ReadSpecificResourceProperty(ref reader, (SpecificResource)resource, id, slot),
                ResourceKind.Choice => ReadChoiceProperty(ref reader, (Choice)resource, id),
                ResourceKind.TextualBody => ReadTextualBodyProperty(ref reader, (TextualBody)resource, id),
                ResourceKind.Agent => ReadAgentProperty(ref reader, (Agent)resource, id),
                ResourceKind.Service => ReadServiceProperty(ref reader, (Service)resource, id),
                _ => false,
            };

            if (!handled)
            {
                AddExtension(ref reader, resource.Extensions ??= new ExtensionDataCollection(), name);
            }
        }
    }

    /// <summary>Reads the properties every resource may have.</summary>
    private static bool ReadCommonProperty(ref Utf8JsonReader reader, IiifResource r, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.AtContext:
                if (r.ContextList is not null) ThrowDuplicate(id);
                return (r.ContextList = ReadStringList(ref reader, vocabulary: true)) is not null;
            case PropertyId.Id:
                if (r.Id is not null) ThrowDuplicate(id);
                return (r.Id = r.Kind == ResourceKind.Canvas ? ReadSharedId(ref reader) : ReadString(ref reader)) is not null;
            case PropertyId.Type:
                if (r.Type is not null) ThrowDuplicate(id);
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    // JSON-LD allows several types: the one the model knows is the Type, and the array
                    // itself stays in the extension data, written back in its place while it names the Type.
                    r.Type = FindTypeInArray(reader, out IiifType? known) is { } named && known is not null ? named : null;
                    return false;
                }

                return (r.Type = ReadVocabulary(ref reader)) is not null;
            case PropertyId.Label:
                if (r.Label is not null) ThrowDuplicate(id);
                return (r.Label = ReadLanguageMap(ref reader)) is not null;
            case PropertyId.Summary:
                if (r.Summary is not null) ThrowDuplicate(id);
                return (r.Summary = ReadLanguageMap(ref reader)) is not null;
            case PropertyId.Metadata:
                if (r.MetadataList is not null) ThrowDuplicate(id);
                return (r.MetadataList = ReadList<MetadataEntry>(ref reader, ReadMetadataEntry, Slot.Any)) is not null;
            case PropertyId.RequiredStatement:
                if (r.RequiredStatement is not null) ThrowDuplicate(id);
                return (r.RequiredStatement = ReadMetadataEntry(ref reader, Slot.Any)) is not null;
            case PropertyId.Rights:
                if (r.Rights is not null) ThrowDuplicate(id);
                return (r.Rights = ReadVocabulary(ref reader)) is not null;
            case PropertyId.Provider:
                if (r.ProviderList is not null) ThrowDuplicate(id);
                return (r.ProviderList = ReadList<Agent>(ref reader, ReadResourceAs<Agent>, Slot.Agent)) is not null;
            case PropertyId.Thumbnail:
                if (r.ThumbnailList is not null) ThrowDuplicate(id);
                return (r.ThumbnailList = ReadList<ContentResource>(ref reader, ReadResourceAs<ContentResource>, Slot.Content)) is not null;
            case PropertyId.Behavior:
                if (r.BehaviorList is not null) ThrowDuplicate(id);
                return (r.BehaviorList = ReadBehaviors(ref reader)) is not null;
            case PropertyId.Homepage:
                if (r.HomepageList is not null) ThrowDuplicate(id);
                return (r.HomepageList = ReadList<ContentResource>(ref reader, ReadResourceAs<ContentResource>, Slot.Content)) is not null;
            case PropertyId.Rendering:
                if (r.RenderingList is not null) ThrowDuplicate(id);
                return (r.RenderingList = ReadList<ContentResource>(ref reader, ReadResourceAs<ContentResource>, Slot.Content)) is not null;
            case PropertyId.SeeAlso:
                if (r.SeeAlsoList is not null) ThrowDuplicate(id);
                return (r.SeeAlsoList = ReadList<ContentResource>(ref reader, ReadResourceAs<ContentResource>, Slot.Content)) is not null;
            case PropertyId.Service:
                if (r.ServiceList is not null) ThrowDuplicate(id);
                return (r.ServiceList = ReadList<Service>(ref reader, ReadResourceAs<Service>, Slot.Service)) is not null;
            case PropertyId.PartOf:
                if (r.PartOfList is not null) ThrowDuplicate(id);
                return (r.PartOfList = ReadList<IiifResource>(ref reader, ReadResourceAs<IiifResource>, Slot.Any)) is not null;
            default:
                return false;
        }
    }

    private static bool ReadCollectionProperty(ref Utf8JsonReader reader, Collection c, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Items:
                if (c.ItemsList is not null) ThrowDuplicate(id);
                return (c.ItemsList = ReadList<IiifResource>(ref reader, ReadResourceAs<IiifResource>, Slot.CollectionItem)) is not null;
            case PropertyId.Services:
                if (c.ServicesList is not null) ThrowDuplicate(id);
                return (c.ServicesList = ReadList<Service>(ref reader, ReadResourceAs<Service>, Slot.Service)) is not null;
            case PropertyId.ViewingDirection:
                if (c.ViewingDirection is not null) ThrowDuplicate(id);
                return (c.ViewingDirection = ReadViewingDirection(ref reader)) is not null;
            case PropertyId.NavDate:
                if (c.NavDate is not null) ThrowDuplicate(id);
                return (c.NavDate = ReadString(ref reader)) is not null;
            case PropertyId.PlaceholderCanvas:
                if (c.PlaceholderCanvas is not null) ThrowDuplicate(id);
                return (c.PlaceholderCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.AccompanyingCanvas:
                if (c.AccompanyingCanvas is not null) ThrowDuplicate(id);
                return (c.AccompanyingCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.Annotations:
                if (c.AnnotationsList is not null) ThrowDuplicate(id);
                return (c.AnnotationsList = ReadList<AnnotationPage>(ref reader, ReadResourceAs<AnnotationPage>, Slot.AnnotationPage)) is not null;
            default:
                return ReadCommonProperty(ref reader, c, id);
        }
    }

    private static bool ReadManifestProperty(ref Utf8JsonReader reader, Manifest m, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Items:
                if (m.ItemsList is not null) ThrowDuplicate(id);
                return (m.ItemsList = ReadList<Canvas>(ref reader, ReadResourceAs<Canvas>, Slot.Canvas)) is not null;
            case PropertyId.Structures:
                if (m.StructuresList is not null) ThrowDuplicate(id);
                return (m.StructuresList = ReadList<IiifRange>(ref reader, ReadResourceAs<IiifRange>, Slot.Range)) is not null;
            case PropertyId.Services:
                if (m.ServicesList is not null) ThrowDuplicate(id);
                return (m.ServicesList = ReadList<Service>(ref reader, ReadResourceAs<Service>, Slot.Service)) is not null;
            case PropertyId.ViewingDirection:
                if (m.ViewingDirection is not null) ThrowDuplicate(id);
                return (m.ViewingDirection = ReadViewingDirection(ref reader)) is not null;
            case PropertyId.NavDate:
                if (m.NavDate is not null) ThrowDuplicate(id);
                return (m.NavDate = ReadString(ref reader)) is not null;
            case PropertyId.Start:
                if (m.Start is not null) ThrowDuplicate(id);
                return (m.Start = ReadResource(ref reader, Slot.Target)) is not null;
            case PropertyId.PlaceholderCanvas:
                if (m.PlaceholderCanvas is not null) ThrowDuplicate(id);
                return (m.PlaceholderCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.AccompanyingCanvas:
                if (m.AccompanyingCanvas is not null) ThrowDuplicate(id);
                return (m.AccompanyingCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.Annotations:
                if (m.AnnotationsList is not null) ThrowDuplicate(id);
                return (m.AnnotationsList = ReadList<AnnotationPage>(ref reader, ReadResourceAs<AnnotationPage>, Slot.AnnotationPage)) is not null;
            default:
                return ReadCommonProperty(ref reader, m, id);
        }
    }

    private static bool ReadCanvasProperty(ref Utf8JsonReader reader, Canvas c, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Height:
                if (c.Height is not null) ThrowDuplicate(id);
                return (c.Height = ReadInt(ref reader)) is not null;
            case PropertyId.Width:
                if (c.Width is not null) ThrowDuplicate(id);
                return (c.Width = ReadInt(ref reader)) is not null;
            case PropertyId.Duration:
                if (c.Duration is not null) ThrowDuplicate(id);
                return (c.Duration = ReadDouble(ref reader)) is not null;
            case PropertyId.Items:
                if (c.ItemsList is not null) ThrowDuplicate(id);
                return (c.ItemsList = ReadList<AnnotationPage>(ref reader, ReadResourceAs<AnnotationPage>, Slot.AnnotationPage)) is not null;
            case PropertyId.Annotations:
                if (c.AnnotationsList is not null) ThrowDuplicate(id);
                return (c.AnnotationsList = ReadList<AnnotationPage>(ref reader, ReadResourceAs<AnnotationPage>, Slot.AnnotationPage)) is not null;
            case PropertyId.NavDate:
                if (c.NavDate is not null) ThrowDuplicate(id);
                return (c.NavDate = ReadString(ref reader)) is not null;
            case PropertyId.PlaceholderCanvas:
                if (c.PlaceholderCanvas is not null) ThrowDuplicate(id);
                return (c.PlaceholderCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.AccompanyingCanvas:
                if (c.AccompanyingCanvas is not null) ThrowDuplicate(id);
                return (c.AccompanyingCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            default:
                return ReadCommonProperty(ref reader, c, id);
        }
    }

    private static bool ReadRangeProperty(ref Utf8JsonReader reader, IiifRange r, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Items:
                if (r.ItemsList is not null) ThrowDuplicate(id);
                return (r.ItemsList = ReadList<IiifResource>(ref reader, ReadResourceAs<IiifResource>, Slot.RangeItem)) is not null;
            case PropertyId.ViewingDirection:
                if (r.ViewingDirection is not null) ThrowDuplicate(id);
                return (r.ViewingDirection = ReadViewingDirection(ref reader)) is not null;
            case PropertyId.Start:
                if (r.Start is not null) ThrowDuplicate(id);
                return (r.Start = ReadResource(ref reader, Slot.Target)) is not null;
            case PropertyId.Supplementary:
                if (r.Supplementary is not null) ThrowDuplicate(id);
                return (r.Supplementary = ReadResourceAs<AnnotationCollection>(ref reader, Slot.AnnotationCollection)) is not null;
            case PropertyId.NavDate:
                if (r.NavDate is not null) ThrowDuplicate(id);
                return (r.NavDate = ReadString(ref reader)) is not null;
            case PropertyId.PlaceholderCanvas:
                if (r.PlaceholderCanvas is not null) ThrowDuplicate(id);
                return (r.PlaceholderCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.AccompanyingCanvas:
                if (r.AccompanyingCanvas is not null) ThrowDuplicate(id);
                return (r.AccompanyingCanvas = ReadResourceAs<Canvas>(ref reader, Slot.Canvas)) is not null;
            case PropertyId.Annotations:
                if (r.AnnotationsList is not null) ThrowDuplicate(id);
                return (r.AnnotationsList = ReadList<AnnotationPage>(ref reader, ReadResourceAs<AnnotationPage>, Slot.AnnotationPage)) is not null;
            default:
                return ReadCommonProperty(ref reader, r, id);
        }
    }

    private static bool ReadAnnotationPageProperty(ref Utf8JsonReader reader, AnnotationPage p, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Items:
                if (p.ItemsList is not null) ThrowDuplicate(id);
                return (p.ItemsList = ReadList<Annotation>(ref reader, ReadResourceAs<Annotation>, Slot.Annotation)) is not null;
            case PropertyId.Next:
                if (p.Next is not null) ThrowDuplicate(id);
                return (p.Next = ReadResourceAs<AnnotationPage>(ref reader, Slot.AnnotationPage)) is not null;
            case PropertyId.Prev:
                if (p.Prev is not null) ThrowDuplicate(id);
                return (p.Prev = ReadResourceAs<AnnotationPage>(ref reader, Slot.AnnotationPage)) is not null;
            case PropertyId.StartIndex:
                if (p.StartIndex is not null) ThrowDuplicate(id);
                return (p.StartIndex = ReadInt(ref reader)) is not null;
            default:
                return ReadCommonProperty(ref reader, p, id);
        }
    }

    private static bool ReadAnnotationCollectionProperty(ref Utf8JsonReader reader, AnnotationCollection c, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.First:
                if (c.First is not null) ThrowDuplicate(id);
                return (c.First = ReadResourceAs<AnnotationPage>(ref reader, Slot.AnnotationPage)) is not null;
            case PropertyId.Last:
                if (c.Last is not null) ThrowDuplicate(id);
                return (c.Last = ReadResourceAs<AnnotationPage>(ref reader, Slot.AnnotationPage)) is not null;
            case PropertyId.Total:
                if (c.Total is not null) ThrowDuplicate(id);
                return (c.Total = ReadInt(ref reader)) is not null;
            default:
                return ReadCommonProperty(ref reader, c, id);
        }
    }

    private static bool ReadAnnotationProperty(ref Utf8JsonReader reader, Annotation a, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Motivation:
                if (a.MotivationList is not null) ThrowDuplicate(id);
                return (a.MotivationList = ReadMotivations(ref reader)) is not null;
            case PropertyId.Body:
                if (a.BodyList is not null) ThrowDuplicate(id);
                return (a.BodyList = ReadList<IiifResource>(ref reader, ReadResourceAs<IiifResource>, Slot.Body)) is not null;
            case PropertyId.Target:
                if (a.TargetList is not null) ThrowDuplicate(id);
                return (a.TargetList = ReadList<IiifResource>(ref reader, ReadResourceAs<IiifResource>, Slot.Target)) is not null;
            case PropertyId.TimeMode:
                if (a.TimeMode is not null) ThrowDuplicate(id);
                return (a.TimeMode = ReadVocabulary(ref reader) is { } mode ? new TimeMode(mode) : (TimeMode?)null) is not null;
            default:
                return ReadCommonProperty(ref reader, a, id);
        }
    }

    private static bool ReadContentProperty(ref Utf8JsonReader reader, ContentResource c, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Format:
                if (c.Format is not null) ThrowDuplicate(id);
                return (c.Format = ReadVocabulary(ref reader)) is not null;
            case PropertyId.Language:
                if (c.LanguageList is not null) ThrowDuplicate(id);
                return (c.LanguageList = ReadStringList(ref reader, vocabulary: true)) is not null;
            case PropertyId.Profile:
                if (c.Profile is not null) ThrowDuplicate(id);
                return (c.Profile = ReadVocabulary(ref reader)) is not null;
            case PropertyId.Height:
                if (c.Height is not null) ThrowDuplicate(id);
                return (c.Height = ReadInt(ref reader)) is not null;
            case PropertyId.Width:
                if (c.Width is not null) ThrowDuplicate(id);
                return (c.Width = ReadInt(ref reader)) is not null;
            case PropertyId.Duration:
                if (c.Duration is not null) ThrowDuplicate(id);
                return (c.Duration = ReadDouble(ref reader)) is not null;
            case PropertyId.Annotations:
                if (c.AnnotationsList is not null) ThrowDuplicate(id);
                return (c.AnnotationsList = ReadList<AnnotationPage>(ref reader, ReadResourceAs<AnnotationPage>, Slot.AnnotationPage)) is not null;
            default:
                return ReadCommonProperty(ref reader, c, id);
        }
    }

    private static bool ReadSpecificResourceProperty(ref Utf8JsonReader reader, SpecificResource s, PropertyId id, Slot slot)
    {
        switch (id)
        {
            case PropertyId.Source:
                if (s.Source is not null) ThrowDuplicate(id);

                // A specific resource that targets is a part of a Canvas; one that is a body, of content.
                Slot sourceSlot = slot is Slot.Target or Slot.RangeItem ? Slot.Target : Slot.Body;
                return (s.Source = ReadResource(ref reader, sourceSlot)) is not null;
            case PropertyId.Selector:
                if (s.SelectorList is not null) ThrowDuplicate(id);
                return (s.SelectorList = ReadList<Selector>(ref reader, ReadSelector, Slot.Any)) is not null;
            default:
                return ReadCommonProperty(ref reader, s, id);
        }
    }

    private static bool ReadChoiceProperty(ref Utf8JsonReader reader, Choice c, PropertyId id)
    {
        if (id != PropertyId.Items)
        {
            return ReadCommonProperty(ref reader, c, id);
        }

        if (c.ItemsList is not null) ThrowDuplicate(id);
        return (c.ItemsList = ReadList<IiifResource>(ref reader, ReadResourceAs<IiifResource>, Slot.Body)) is not null;
    }

    private static bool ReadTextualBodyProperty(ref Utf8JsonReader reader, TextualBody t, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Value:
                if (t.Value is not null) ThrowDuplicate(id);
                return (t.Value = ReadString(ref reader)) is not null;
            case PropertyId.Format:
                if (t.Format is not null) ThrowDuplicate(id);
                return (t.Format = ReadVocabulary(ref reader)) is not null;
            case PropertyId.Language:
                if (t.LanguageList is not null) ThrowDuplicate(id);
                return (t.LanguageList = ReadStringList(ref reader, vocabulary: true)) is not null;
            default:
                return ReadCommonProperty(ref reader, t, id);
        }
    }

    private static bool ReadAgentProperty(ref Utf8JsonReader reader, Agent a, PropertyId id)
    {
        if (id != PropertyId.Logo)
        {
            return ReadCommonProperty(ref reader, a, id);
        }

        if (a.LogoList is not null) ThrowDuplicate(id);
        return (a.LogoList = ReadList<ContentResource>(ref reader, ReadResourceAs<ContentResource>, Slot.Content)) is not null;
    }

    private static ViewingDirection? ReadViewingDirection(ref Utf8JsonReader reader) =>
        ReadVocabulary(ref reader) is { } value ? new ViewingDirection(value) : (ViewingDirection?)null;

    /// <summary>Reads a resource in a slot whose class is fixed or narrowed to <typeparamref name="T"/>;
    /// the slot guarantees the class.</summary>
    private static T? ReadResourceAs<T>(ref Utf8JsonReader reader, Slot slot)
        where T : IiifResource =>
        (T?)ReadResource(ref reader, slot);

    private static MetadataEntry? ReadMetadataEntry(ref Utf8JsonReader reader, Slot slot)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var entry = new MetadataEntry();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return entry;
            }

            PropertyId id = PropertyNames.Lookup(ref reader, out string? name);
            name ??= PropertyNames.GetName(id);
            Next(ref reader);
            CheckNotInExtensions(entry.Extensions, name);

            bool handled;
            switch (id)
            {
                case PropertyId.Label:
                    if (entry.Label is not null) ThrowDuplicate(id);
                    handled = (entry.Label = ReadLanguageMap(ref reader)) is not null;
                    break;
                case PropertyId.Value:
                    if (entry.Value is not null) ThrowDuplicate(id);
                    handled = (entry.Value = ReadLanguageMap(ref reader)) is not null;
                    break;
                default:
                    handled = false;
                    break;
            }

            if (!handled)
            {
                AddExtension(ref reader, entry.Extensions ??= new ExtensionDataCollection(), name);
            }
        }
    }
}
