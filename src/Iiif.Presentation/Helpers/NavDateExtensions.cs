namespace Iiif.Presentation;

/// <summary>
/// Reads the <c>navDate</c> of any resource, such as the items of a Collection, which are typed
/// <see cref="IiifResource"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#navdate"/>. Collections, Manifests,
/// Canvases and Ranges may have a <c>navDate</c>; each has <c>TryGetNavDate</c> and <c>SetNavDate</c>.
/// This extension dispatches to them for a resource of unknown class.</para>
/// <para>Only reads the resource; concurrent calls on an unchanging resource are safe.</para>
/// </remarks>
public static class NavDateExtensions
{
    /// <summary>Converts the <c>navDate</c> of a Collection, Manifest, Canvas or Range to a date and time.</summary>
    /// <param name="resource">The resource, or <see langword="null"/>.</param>
    /// <param name="value">The date and time, or the default value when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if the resource is of a class that has a <c>navDate</c>, has one,
    /// and it parses as an XSD dateTime.</returns>
    public static bool TryGetNavDate(this IiifResource? resource, out DateTimeOffset value)
    {
        switch (resource)
        {
            case Collection collection:
                return collection.TryGetNavDate(out value);
            case Manifest manifest:
                return manifest.TryGetNavDate(out value);
            case Canvas canvas:
                return canvas.TryGetNavDate(out value);
            case IiifRange range:
                return range.TryGetNavDate(out value);
            default:
                value = default;
                return false;
        }
    }
}
