using System.Linq;

namespace Iiif.Presentation;

/// <summary>
/// What the builders of the Presentation-defined classes (Collection, Manifest, Range, Canvas) can set
/// beyond <see cref="ResourceBuilder{TSelf, TResource}"/>: the places of the navPlace extension.
/// </summary>
/// <typeparam name="TSelf">The builder itself, for chaining.</typeparam>
/// <typeparam name="TResource">The resource it builds.</typeparam>
/// <remarks>A place added here also adds <see cref="IiifContexts.NavPlace"/> to the document's <c>@context</c>,
/// before the Presentation 3 context, as the extension requires.</remarks>
public abstract class PresentationResourceBuilder<TSelf, TResource> : ResourceBuilder<TSelf, TResource>
    where TSelf : PresentationResourceBuilder<TSelf, TResource>
    where TResource : PresentationResource
{
    private protected PresentationResourceBuilder(TResource resource, BuildContext context)
        : base(resource, context)
    {
    }

    private TSelf Self => (TSelf)this;

    /// <summary>Sets the resource's places (<c>navPlace</c>) to a FeatureCollection made by the caller.</summary>
    /// <param name="place">The FeatureCollection.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/navplace/"/>.</remarks>
    public TSelf NavPlace(FeatureCollection place)
    {
        Resource.NavPlace = Guard.Checked(place);
        Context.UseExtension(IiifContexts.NavPlace);
        return Self;
    }

    /// <summary>Adds a place to <c>navPlace</c>: a Feature with the geometry and, if given, a label in the default
    /// language (in the Feature's <c>properties</c>, as the extension's examples have it). The FeatureCollection and
    /// its Features get ids below the resource's: <c>{id}/feature-collection/1</c>, <c>{id}/feature/1</c>, ….</summary>
    /// <param name="geometry">Where the place is.</param>
    /// <param name="label">What the place is called, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public TSelf NavPlace(Geometry geometry, string? label = null) =>
        AddPlace(geometry, label is null ? null : new LanguageMap(Context.DefaultLanguage, label), id: null, collectionId: null);

    /// <summary>Adds a place to <c>navPlace</c>: a Feature with the geometry and a label in one or more languages
    /// (in the Feature's <c>properties</c>, as the extension's examples have it), under ids of the caller's own
    /// scheme where given, such as the ids a publisher numbers its places with across documents.</summary>
    /// <param name="geometry">Where the place is.</param>
    /// <param name="label">What the place is called, in each language given.</param>
    /// <param name="id">The Feature's URI, or <see langword="null"/> to mint <c>{resource id}/feature/{n}</c>.</param>
    /// <param name="collectionId">The URI of the FeatureCollection that <c>navPlace</c> is, or
    /// <see langword="null"/> to keep the one it has (<c>{resource id}/feature-collection/1</c> when this is the
    /// first place); a URI given here replaces an earlier one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The label has no values.</exception>
    /// <remarks>Spec: <see href="https://iiif.io/api/extension/navplace/"/>.</remarks>
    public TSelf NavPlace(Geometry geometry, LanguageMap label, string? id = null, string? collectionId = null) =>
        AddPlace(geometry, Guard.Checked(label), id, collectionId);

    /// <summary>Adds a place that is a point to <c>navPlace</c>.</summary>
    /// <param name="longitude">The longitude in decimal degrees, −180 to 180.</param>
    /// <param name="latitude">The latitude in decimal degrees, −90 to 90.</param>
    /// <param name="label">What the place is called, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is off the Earth.</exception>
    public TSelf NavPlacePoint(double longitude, double latitude, string? label = null) =>
        NavPlace(new Point(Checked(new Position(longitude, latitude))), label);

    /// <summary>Adds a place that is an area to <c>navPlace</c>: a Polygon whose one ring goes through the
    /// positions, closed (its first position repeated at the end) if the caller did not close it.</summary>
    /// <param name="ring">The corners, longitude first, at least three.</param>
    /// <param name="label">What the place is called, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">There are fewer than three corners.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is off the Earth.</exception>
    public TSelf NavPlacePolygon(IEnumerable<Position> ring, string? label = null)
    {
        Guard.NotNull(ring);
        var positions = new OneOrMany<Position>(ring.Select(Checked)) { WriteWhenEmpty = true };
        if (positions.Count > 1 && positions[0] == positions[positions.Count - 1])
        {
            positions.RemoveAt(positions.Count - 1);
        }

        if (positions.Count < 3)
        {
            throw new ArgumentException("A polygon needs at least three corners.", nameof(ring));
        }

        positions.Add(positions[0]);
        return NavPlace(new Polygon([positions]), label);
    }

    private TSelf AddPlace(Geometry geometry, LanguageMap? label, string? id, string? collectionId)
    {
        // The Feature first: a geometry or label it refuses leaves navPlace as it was.
        Feature feature = IiifContent.Feature(geometry, label, id ?? $"{Resource.Id}/feature/{(Resource.NavPlace?.Features.Count ?? 0) + 1}");
        FeatureCollection place = Resource.NavPlace ??= new FeatureCollection($"{Resource.Id}/feature-collection/1");
        if (collectionId is not null)
        {
            place.Id = collectionId;
        }

        place.Features.Add(feature);
        Context.UseExtension(IiifContexts.NavPlace);
        return Self;
    }

    private static Position Checked(Position position)
    {
        if (!(position.Longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position.Longitude, "A longitude is within -180 to 180 degrees.");
        }

        if (!(position.Latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position.Latitude, "A latitude is within -90 to 90 degrees.");
        }

        return position;
    }
}
