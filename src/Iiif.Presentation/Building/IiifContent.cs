using System.IO;

namespace Iiif.Presentation;

/// <summary>Makes the content resources builders paint and link: images (also from an image service's
/// <c>info.json</c>), sound, video, text, GeoJSON places.</summary>
public static class IiifContent
{
    /// <summary>An image file.</summary>
    /// <param name="id">The image's URL.</param>
    /// <param name="format">Its media type, such as <c>image/jpeg</c>.</param>
    /// <param name="width">Its width in pixels.</param>
    /// <param name="height">Its height in pixels.</param>
    /// <returns>The image.</returns>
    public static Image Image(string id, string format, int width, int height)
    {
        BuilderSupport.CheckPositive(width, nameof(width));
        BuilderSupport.CheckPositive(height, nameof(height));
        return new Image(Guard.Checked(id)) { Format = Guard.Checked(format), Width = width, Height = height };
    }

    /// <summary>
    /// The full image of a IIIF Image API 3 service, with the service: <c>{service}/full/max/0/default.jpg</c>.
    /// </summary>
    /// <param name="serviceId">The image service's URI.</param>
    /// <param name="width">The image's width.</param>
    /// <param name="height">The image's height.</param>
    /// <param name="profile">The service's compliance level.</param>
    /// <returns>The image.</returns>
    public static Image ImageFromService(string serviceId, int width, int height, string profile = "level1")
    {
        Guard.NotNull(serviceId);
        Image image = Image($"{serviceId.TrimEnd('/')}/full/max/0/default.jpg", "image/jpeg", width, height);
        image.Service.Add(new ImageService3(serviceId, profile));
        return image;
    }

    /// <summary>
    /// The full image of a IIIF Image API 3 service, with the service, which <paramref name="configure"/> describes
    /// further: <c>s =&gt; s.ExtraFormats.Add("png")</c>, its <c>protocol</c>, <c>preferredFormats</c>, ….
    /// </summary>
    /// <param name="serviceId">The image service's URI.</param>
    /// <param name="width">The image's width.</param>
    /// <param name="height">The image's height.</param>
    /// <param name="profile">The service's compliance level.</param>
    /// <param name="configure">Sets the service's other properties.</param>
    /// <returns>The image.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/#57-extra-functionality"/>.</remarks>
    public static Image ImageFromService(string serviceId, int width, int height, string profile, Action<ImageService3> configure)
    {
        Guard.NotNull(configure);
        Image image = ImageFromService(serviceId, width, height, profile);
        configure((ImageService3)image.Service[0]);
        return image;
    }

    /// <summary>The full image of the service an <c>info.json</c> describes (Image API 2 or 3), with the service.</summary>
    /// <param name="infoJson">The text of the service's <c>info.json</c>.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentException">The text is not an image service description with an id, width and height.</exception>
    public static Image ImageFromInfoJson(string infoJson)
    {
        Guard.NotNull(infoJson);
        try
        {
            using JsonDocument document = JsonDocument.Parse(infoJson);
            JsonElement info = document.RootElement;
            string id = (info.TryGetProperty("id", out JsonElement id3) ? id3 : info.GetProperty("@id")).GetString()!;
            int width = info.GetProperty("width").GetInt32();
            int height = info.GetProperty("height").GetInt32();
            string? profile = info.TryGetProperty("profile", out JsonElement p)
                ? (p.ValueKind == JsonValueKind.Array ? p[0] : p).GetString()
                : null;
            bool v2 = info.TryGetProperty("@id", out _);
            Image image = Image(
                v2 ? $"{id.TrimEnd('/')}/full/full/0/default.jpg" : $"{id.TrimEnd('/')}/full/max/0/default.jpg",
                "image/jpeg", width, height);
            image.Service.Add(v2 ? new ImageService2(id, profile) : new ImageService3(id, profile));
            return image;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ArgumentException($"The text is not an image service's info.json with an id, width and height: {ex.Message}", nameof(infoJson), ex);
        }
    }

    /// <summary>A sound file.</summary>
    /// <param name="id">Its URL.</param>
    /// <param name="format">Its media type, such as <c>audio/mp4</c>.</param>
    /// <param name="duration">Its duration in seconds.</param>
    /// <returns>The sound.</returns>
    public static Sound Sound(string id, string format, double duration)
    {
        BuilderSupport.CheckPositive(duration, nameof(duration));
        return new Sound(Guard.Checked(id)) { Format = Guard.Checked(format), Duration = duration };
    }

    /// <summary>A video file.</summary>
    /// <param name="id">Its URL.</param>
    /// <param name="format">Its media type, such as <c>video/mp4</c>.</param>
    /// <param name="width">Its width in pixels.</param>
    /// <param name="height">Its height in pixels.</param>
    /// <param name="duration">Its duration in seconds.</param>
    /// <returns>The video.</returns>
    public static Video Video(string id, string format, int width, int height, double duration)
    {
        BuilderSupport.CheckPositive(width, nameof(width));
        BuilderSupport.CheckPositive(height, nameof(height));
        BuilderSupport.CheckPositive(duration, nameof(duration));
        return new Video(Guard.Checked(id)) { Format = Guard.Checked(format), Width = width, Height = height, Duration = duration };
    }

    /// <summary>A textual body.</summary>
    /// <param name="value">The text.</param>
    /// <param name="language">Its language, or <see langword="null"/>.</param>
    /// <param name="format">Its media type, or <see langword="null"/>.</param>
    /// <param name="id">Its URI, or <see langword="null"/> for a body without one (the usual case); a body that
    /// is the source of a <see cref="Styled"/> resource, or is referred to from elsewhere, has one.</param>
    /// <returns>The body.</returns>
    public static TextualBody Text(string value, string? language = null, string? format = null, string? id = null)
    {
        var body = new TextualBody(Guard.Checked(value), language, format) { Id = id };
        if (language is not null)
        {
            BuilderSupport.Single(body.Language);
        }

        return body;
    }

    /// <summary>A part of a Canvas: a SpecificResource whose source is the Canvas's URI and whose selector picks
    /// the part (a <see cref="PointSelector"/>, a <see cref="FragmentSelector"/>, an <see cref="SvgSelector"/>).</summary>
    /// <param name="canvasId">The Canvas's URI.</param>
    /// <param name="selector">The part.</param>
    /// <param name="id">The SpecificResource's id, if it has one.</param>
    /// <param name="styleClass">The CSS class of the Annotation's stylesheet to render the part with
    /// (<c>styleClass</c>; see <see cref="AnnotationBuilder.Stylesheet"/>), or <see langword="null"/>.</param>
    /// <returns>The SpecificResource.</returns>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/> for <paramref name="styleClass"/>.</remarks>
    public static SpecificResource Part(string canvasId, Selector selector, string? id = null, string? styleClass = null)
    {
        SpecificResource part = BuilderSupport.Part(Guard.Checked(canvasId), Guard.Checked(selector), id);
        part.StyleClass = styleClass;
        return part;
    }

    /// <summary>A part of a content resource, such as a region of an image: a SpecificResource whose source is
    /// the resource and whose selector picks the part (an <see cref="ImageApiSelector"/>, a <see cref="FragmentSelector"/>).</summary>
    /// <param name="source">The whole resource.</param>
    /// <param name="selector">The part, or a transformation of the whole such as an <see cref="ImageApiSelector"/>'s rotation.</param>
    /// <param name="id">The SpecificResource's id, if it has one.</param>
    /// <param name="styleClass">The CSS class of the Annotation's stylesheet to render the part with
    /// (<c>styleClass</c>; see <see cref="AnnotationBuilder.Stylesheet"/>), or <see langword="null"/>.</param>
    /// <returns>The SpecificResource.</returns>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/> for <paramref name="styleClass"/>.</remarks>
    public static SpecificResource Part(IiifResource source, Selector selector, string? id = null, string? styleClass = null)
    {
        var part = new SpecificResource(Guard.Checked(source), Guard.Checked(selector)) { Id = id, StyleClass = styleClass };
        BuilderSupport.Single(part.Selector);
        return part;
    }

    /// <summary>A whole resource rendered with a CSS class of its Annotation's stylesheet: a SpecificResource
    /// whose source is the resource and whose <c>styleClass</c> names the class, such as an image a class
    /// rotates or a comment a class colours.</summary>
    /// <param name="source">The resource: a content resource, a <see cref="TextualBody"/>, a Canvas's <see cref="Uri"/>.</param>
    /// <param name="styleClass">The class, defined by the stylesheet set with <see cref="AnnotationBuilder.Stylesheet"/>.</param>
    /// <param name="id">The SpecificResource's id, if it has one.</param>
    /// <returns>The SpecificResource.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="styleClass"/> is <see langword="null"/>.</exception>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#styles"/>. A part of a resource is styled
    /// with the <c>styleClass</c> parameter of <see cref="Part(IiifResource, Selector, string?, string?)"/>.</remarks>
    public static SpecificResource Styled(IiifResource source, string styleClass, string? id = null) =>
        new(Guard.Checked(source)) { Id = id, StyleClass = Guard.Checked(styleClass) };

    /// <summary>A resource named only by its URI, written as the URI string: a target, a SpecificResource's
    /// source, an external entity a tag points at.</summary>
    /// <param name="uri">The URI.</param>
    /// <returns>The reference.</returns>
    public static IiifResource Uri(string uri) => BuilderSupport.CanvasUri(Guard.Checked(uri));

    /// <summary>A web page or document linked from a resource (<c>homepage</c>, <c>rendering</c>, <c>seeAlso</c>).</summary>
    /// <param name="id">Its URL.</param>
    /// <param name="type">Its type: <c>Text</c>, <c>Dataset</c>, <c>Image</c>, ….</param>
    /// <param name="label">Its label, or <see langword="null"/>.</param>
    /// <param name="format">Its media type, or <see langword="null"/>.</param>
    /// <param name="profile">The schema or profile it follows (<c>profile</c>), such as
    /// <c>http://www.loc.gov/mods/v3</c>, or <see langword="null"/>; a <c>seeAlso</c> should have one
    /// (<see href="https://iiif.io/api/presentation/3.0/#seealso"/>).</param>
    /// <returns>The resource.</returns>
    public static ContentResource Link(string id, string type, LanguageMap? label = null, string? format = null, string? profile = null) =>
        new(Guard.Checked(type)) { Id = Guard.Checked(id), Label = label, Format = format, Profile = profile };

    /// <summary>A place: a GeoJSON Feature with a geometry and, if given, a label in one or more languages, kept in
    /// the Feature's <c>properties</c> as the navPlace extension's examples and the cookbook label a Feature. It is
    /// a place of <c>navPlace</c>, or the body of an annotation that says where a part of a Canvas is.</summary>
    /// <param name="geometry">Where the place is: a <see cref="Point"/>, a <see cref="Polygon"/>, ….</param>
    /// <param name="label">What the place is called, or <see langword="null"/>.</param>
    /// <param name="id">The Feature's URI, or <see langword="null"/>.</param>
    /// <returns>The Feature.</returns>
    /// <exception cref="ArgumentException">The label has no values.</exception>
    /// <remarks>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.2"/> and
    /// <see href="https://iiif.io/api/extension/navplace/"/>.</remarks>
    public static Feature Feature(Geometry geometry, LanguageMap? label = null, string? id = null)
    {
        var feature = new Feature(Guard.Checked(geometry)) { Id = id };
        if (label is not null)
        {
            if (label.Count == 0)
            {
                throw new ArgumentException("A place's label needs at least one language.", nameof(label));
            }

            feature.Properties = LabelProperties(label);
        }

        return feature;
    }

    // {"label": {"<language>": ["<label>"], …}}, as the navPlace extension's examples label a Feature.
    private static JsonElement LabelProperties(LanguageMap label)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(IiifProperties.Label.Name);
            LanguageMapCodec.Instance.Write(writer, label, IiifProperties.Label);
            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
