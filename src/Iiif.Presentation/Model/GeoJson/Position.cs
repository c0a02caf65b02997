using System.Globalization;

namespace Iiif.Presentation;

/// <summary>
/// Represents a GeoJSON position: a longitude and a latitude in decimal degrees (WGS 84), and an optional
/// altitude in metres, written as an array of two or three numbers (<c>[4.89, 52.37]</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.rfc-editor.org/rfc/rfc7946#section-3.1.1"/>, as the navPlace and
/// georeference extensions use it.</para>
/// <para>The reader keeps a number here only when a <see cref="double"/> holds it exactly, as everywhere in
/// the library; a position with other numbers, or with more than three, keeps its geometry's
/// <c>coordinates</c> as raw JSON instead. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Position : IEquatable<Position>
{
    /// <summary>Initializes a position of two numbers.</summary>
    /// <param name="longitude">The longitude (easting), first as GeoJSON writes it.</param>
    /// <param name="latitude">The latitude (northing).</param>
    public Position(double longitude, double latitude)
    {
        Longitude = longitude;
        Latitude = latitude;
        Altitude = null;
    }

    /// <summary>Initializes a position of three numbers.</summary>
    /// <param name="longitude">The longitude (easting), first as GeoJSON writes it.</param>
    /// <param name="latitude">The latitude (northing).</param>
    /// <param name="altitude">The altitude (height above the WGS 84 ellipsoid).</param>
    public Position(double longitude, double latitude, double altitude)
    {
        Longitude = longitude;
        Latitude = latitude;
        Altitude = altitude;
    }

    /// <summary>Gets the longitude, the first number.</summary>
    public double Longitude { get; }

    /// <summary>Gets the latitude, the second number.</summary>
    public double Latitude { get; }

    /// <summary>Gets the altitude, the third number, or <see langword="null"/> for a position of two.</summary>
    public double? Altitude { get; }

    /// <summary>Compares two positions number by number.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public static bool operator ==(Position left, Position right) => left.Equals(right);

    /// <summary>Compares two positions number by number.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Position left, Position right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Position other) =>
        Longitude.Equals(other.Longitude) && Latitude.Equals(other.Latitude) && Nullable.Equals(Altitude, other.Altitude);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Position other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Longitude.GetHashCode() * 397) ^ Latitude.GetHashCode() ^ (Altitude?.GetHashCode() ?? 0);

    /// <summary>Returns the position as GeoJSON writes it, for debugging: <c>[4.89, 52.37]</c>.</summary>
    /// <returns>The numbers in brackets.</returns>
    public override string ToString() => Altitude is { } altitude
        ? string.Format(CultureInfo.InvariantCulture, "[{0}, {1}, {2}]", Longitude, Latitude, altitude)
        : string.Format(CultureInfo.InvariantCulture, "[{0}, {1}]", Longitude, Latitude);
}
