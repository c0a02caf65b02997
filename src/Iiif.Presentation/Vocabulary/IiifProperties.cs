using System.Linq;
using static Iiif.Presentation.Vocabulary.PropertyFacts;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Every property name the library knows, stated once with what the specifications say about it: the
/// reader looks names up here, the writer takes their encoded form from here, and the validator reads
/// which are Presentation 3.0 or Web Annotation terms, which are arrays, single values or links.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>, the Web Annotation
/// Data Model (<see href="https://www.w3.org/TR/annotation-model/"/>), and the Image, Auth and Search APIs
/// for the service properties. A name here need not be typed by the model: which class holds which
/// property, in which order, is stated by the shapes (<see cref="ResourceShapes"/>); a known name a class
/// does not hold is kept in its extension data.</para>
/// <para>Thread-safe: the table is built once and only read.</para>
/// </remarks>
internal static class IiifProperties
{
    // Declared before the properties, whose initializers add themselves to it in order.
    private static readonly List<IiifProperty> s_all = [];

    // Presentation 3.0 (section 3), in the order of the spec's sections.
    public static readonly IiifProperty Context = Declare("@context", Presentation3);
    public static readonly IiifProperty Id = Declare("id", Presentation3);
    public static readonly IiifProperty Type = Declare("type", Presentation3 | NeverArray);
    public static readonly IiifProperty Label = Declare("label", Presentation3);
    public static readonly IiifProperty Metadata = Declare("metadata", Presentation3 | AlwaysArray);
    public static readonly IiifProperty Summary = Declare("summary", Presentation3);
    public static readonly IiifProperty RequiredStatement = Declare("requiredStatement", Presentation3 | NeverArray);
    public static readonly IiifProperty Rights = Declare("rights", Presentation3 | WebAnnotation | NeverArray);
    public static readonly IiifProperty NavDate = Declare("navDate", Presentation3 | NeverArray);
    public static readonly IiifProperty NavPlace = Declare("navPlace", Presentation3 | Extension);
    public static readonly IiifProperty Provider = Declare("provider", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Thumbnail = Declare("thumbnail", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty PlaceholderCanvas = Declare("placeholderCanvas", Presentation3 | NeverArray | Link);
    public static readonly IiifProperty AccompanyingCanvas = Declare("accompanyingCanvas", Presentation3 | NeverArray | Link);
    public static readonly IiifProperty Language = Declare("language", Presentation3 | AlwaysArray);
    public static readonly IiifProperty Format = Declare("format", Presentation3 | NeverArray);
    public static readonly IiifProperty Profile = Declare("profile", Presentation3 | NeverArray);
    public static readonly IiifProperty Height = Declare("height", Presentation3);
    public static readonly IiifProperty Width = Declare("width", Presentation3);
    public static readonly IiifProperty Duration = Declare("duration", Presentation3);
    public static readonly IiifProperty ViewingDirection = Declare("viewingDirection", Presentation3 | NeverArray);
    public static readonly IiifProperty Behavior = Declare("behavior", Presentation3 | AlwaysArray);
    public static readonly IiifProperty TimeMode = Declare("timeMode", Presentation3 | NeverArray);
    public static readonly IiifProperty Homepage = Declare("homepage", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Logo = Declare("logo", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Rendering = Declare("rendering", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Service = Declare("service", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Services = Declare("services", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty SeeAlso = Declare("seeAlso", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty PartOf = Declare("partOf", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Start = Declare("start", Presentation3 | WebAnnotation | NeverArray | Link);
    public static readonly IiifProperty Supplementary = Declare("supplementary", Presentation3 | NeverArray | Link);
    public static readonly IiifProperty Items = Declare("items", Presentation3 | WebAnnotation | AlwaysArray | Link);
    public static readonly IiifProperty Structures = Declare("structures", Presentation3 | AlwaysArray | Link);
    public static readonly IiifProperty Annotations = Declare("annotations", Presentation3 | AlwaysArray);

    // The Web Annotation model, as Presentation 3.0 documents use it on annotations, pages, collections,
    // bodies, targets and selectors.
    public static readonly IiifProperty Motivation = Declare("motivation", WebAnnotation);
    public static readonly IiifProperty Body = Declare("body", WebAnnotation);
    public static readonly IiifProperty Target = Declare("target", WebAnnotation);
    public static readonly IiifProperty BodyValue = Declare("bodyValue", WebAnnotation);
    public static readonly IiifProperty Created = Declare("created", WebAnnotation);
    public static readonly IiifProperty Modified = Declare("modified", WebAnnotation);
    public static readonly IiifProperty Generated = Declare("generated", WebAnnotation);
    public static readonly IiifProperty Creator = Declare("creator", WebAnnotation);
    public static readonly IiifProperty Generator = Declare("generator", WebAnnotation);
    public static readonly IiifProperty Audience = Declare("audience", WebAnnotation);
    public static readonly IiifProperty Canonical = Declare("canonical", WebAnnotation);
    public static readonly IiifProperty Via = Declare("via", WebAnnotation);
    public static readonly IiifProperty Stylesheet = Declare("stylesheet", WebAnnotation);
    public static readonly IiifProperty Accessibility = Declare("accessibility", WebAnnotation);
    public static readonly IiifProperty Purpose = Declare("purpose", WebAnnotation);
    public static readonly IiifProperty Value = Declare("value", WebAnnotation);
    public static readonly IiifProperty ProcessingLanguage = Declare("processingLanguage", WebAnnotation);
    public static readonly IiifProperty TextDirection = Declare("textDirection", WebAnnotation);
    public static readonly IiifProperty Source = Declare("source", WebAnnotation);
    public static readonly IiifProperty Selector = Declare("selector", WebAnnotation);
    public static readonly IiifProperty State = Declare("state", WebAnnotation);
    public static readonly IiifProperty StyleClass = Declare("styleClass", WebAnnotation);
    public static readonly IiifProperty RenderedVia = Declare("renderedVia", WebAnnotation);
    public static readonly IiifProperty Scope = Declare("scope", WebAnnotation);
    public static readonly IiifProperty First = Declare("first", WebAnnotation | Link);
    public static readonly IiifProperty Last = Declare("last", WebAnnotation | Link);
    public static readonly IiifProperty Total = Declare("total", WebAnnotation);
    public static readonly IiifProperty Next = Declare("next", WebAnnotation | Link);
    public static readonly IiifProperty Prev = Declare("prev", WebAnnotation | Link);
    public static readonly IiifProperty StartIndex = Declare("startIndex", WebAnnotation);
    public static readonly IiifProperty ConformsTo = Declare("conformsTo", WebAnnotation);
    public static readonly IiifProperty RefinedBy = Declare("refinedBy", WebAnnotation);
    public static readonly IiifProperty Exact = Declare("exact", WebAnnotation);
    public static readonly IiifProperty Prefix = Declare("prefix", WebAnnotation);
    public static readonly IiifProperty Suffix = Declare("suffix", WebAnnotation);
    public static readonly IiifProperty End = Declare("end", WebAnnotation);
    public static readonly IiifProperty StartSelector = Declare("startSelector", WebAnnotation);
    public static readonly IiifProperty EndSelector = Declare("endSelector", WebAnnotation);
    public static readonly IiifProperty SourceDate = Declare("sourceDate", WebAnnotation);
    public static readonly IiifProperty SourceDateStart = Declare("sourceDateStart", WebAnnotation);
    public static readonly IiifProperty SourceDateEnd = Declare("sourceDateEnd", WebAnnotation);
    public static readonly IiifProperty Cached = Declare("cached", WebAnnotation);
    public static readonly IiifProperty Name = Declare("name", WebAnnotation);
    public static readonly IiifProperty Nickname = Declare("nickname", WebAnnotation);
    public static readonly IiifProperty Email = Declare("email", WebAnnotation);
    public static readonly IiifProperty EmailSha1 = Declare("email_sha1", WebAnnotation);
    public static readonly IiifProperty X = Declare("x", WebAnnotation);
    public static readonly IiifProperty Y = Declare("y", WebAnnotation);
    public static readonly IiifProperty T = Declare("t", WebAnnotation);
    public static readonly IiifProperty Region = Declare("region", WebAnnotation);
    public static readonly IiifProperty Size = Declare("size", WebAnnotation);
    public static readonly IiifProperty Rotation = Declare("rotation", WebAnnotation);
    public static readonly IiifProperty Quality = Declare("quality", WebAnnotation);

    // The service APIs (Image 1-3, Auth 1 and 2, Search), with the keys of their own JSON-LD.
    public static readonly IiifProperty AtId = Declare("@id", ServiceApi);
    public static readonly IiifProperty AtType = Declare("@type", ServiceApi);
    public static readonly IiifProperty Sizes = Declare("sizes", ServiceApi);
    public static readonly IiifProperty Tiles = Declare("tiles", ServiceApi);
    public static readonly IiifProperty ScaleFactors = Declare("scaleFactors", ServiceApi);
    public static readonly IiifProperty MaxWidth = Declare("maxWidth", ServiceApi);
    public static readonly IiifProperty MaxHeight = Declare("maxHeight", ServiceApi);
    public static readonly IiifProperty MaxArea = Declare("maxArea", ServiceApi);
    public static readonly IiifProperty Protocol = Declare("protocol", ServiceApi);
    public static readonly IiifProperty PreferredFormats = Declare("preferredFormats", ServiceApi);
    public static readonly IiifProperty ExtraQualities = Declare("extraQualities", ServiceApi);
    public static readonly IiifProperty ExtraFormats = Declare("extraFormats", ServiceApi);
    public static readonly IiifProperty ExtraFeatures = Declare("extraFeatures", ServiceApi);
    public static readonly IiifProperty Formats = Declare("formats", ServiceApi);
    public static readonly IiifProperty Qualities = Declare("qualities", ServiceApi);
    public static readonly IiifProperty Supports = Declare("supports", ServiceApi);
    public static readonly IiifProperty Header = Declare("header", ServiceApi);
    public static readonly IiifProperty Description = Declare("description", ServiceApi);
    public static readonly IiifProperty ConfirmLabel = Declare("confirmLabel", ServiceApi);
    public static readonly IiifProperty FailureHeader = Declare("failureHeader", ServiceApi);
    public static readonly IiifProperty FailureDescription = Declare("failureDescription", ServiceApi);
    public static readonly IiifProperty Heading = Declare("heading", ServiceApi);
    public static readonly IiifProperty Note = Declare("note", ServiceApi);
    public static readonly IiifProperty ErrorHeading = Declare("errorHeading", ServiceApi);
    public static readonly IiifProperty ErrorNote = Declare("errorNote", ServiceApi);

    // The registered IIIF extensions (https://iiif.io/api/extension/): text granularity on annotations,
    // and the GeoJSON (RFC 7946) members of navPlace and georeference, with georeference's own.
    public static readonly IiifProperty TextGranularity = Declare("textGranularity", Extension);
    public static readonly IiifProperty Features = Declare("features", Extension);
    public static readonly IiifProperty Geometry = Declare("geometry", Extension);
    public static readonly IiifProperty Geometries = Declare("geometries", Extension);
    public static readonly IiifProperty Coordinates = Declare("coordinates", Extension);
    public static readonly IiifProperty Properties = Declare("properties", Extension);
    public static readonly IiifProperty Transformation = Declare("transformation", Extension);
    public static readonly IiifProperty Options = Declare("options", Extension);
    public static readonly IiifProperty ResourceCrs = Declare("resourceCrs", Extension);

    private static readonly Utf8Table<IiifProperty> s_byName = new(s_all.Select(p => new KeyValuePair<string, IiifProperty>(p.Name, p)));

    /// <summary>Gets every property, in the order declared; <see cref="IiifProperty.Index"/> is the place here.</summary>
    public static IReadOnlyList<IiifProperty> All => s_all;

    /// <summary>Gets the number of properties.</summary>
    public static int Count => s_all.Count;

    /// <summary>Finds a property by its name, or <see langword="null"/>.</summary>
    public static IiifProperty? Find(string name) => s_byName.TryGetValue(name, out IiifProperty? property) ? property : null;

    /// <summary>Finds the property whose name the reader is on; <paramref name="name"/> is set only when the
    /// name is unknown or escaped, which the caller then needs as a string.</summary>
    public static IiifProperty? Find(ref Utf8JsonReader reader, out string? name)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            IiifProperty? known = s_byName.TryGetValue(reader.ValueSpan, out IiifProperty? property) ? property : null;
            name = known is null ? reader.GetString() : null;
            return known;
        }

        name = reader.GetString()!;
        return Find(name);
    }

    private static IiifProperty Declare(string name, PropertyFacts facts)
    {
        var property = new IiifProperty(name, s_all.Count, facts);
        s_all.Add(property);
        return property;
    }
}
