using System.Globalization;

namespace Iiif.Presentation.Cookbook;

/// <summary>
/// The cookbook's own id pattern, as an <see cref="IdStrategy"/>: <c>{base}/canvas/p1</c>,
/// <c>{base}/page/p1/1</c>, <c>{base}/annotation/p0001-image</c>.
/// </summary>
public sealed class CookbookIds : IdStrategy
{
    private readonly string _prefix;

    /// <summary>Initializes the pattern with the letter canvases are numbered after (<c>p1</c>, <c>v1</c>, <c>s1</c>).</summary>
    public CookbookIds(string prefix = "p") => _prefix = prefix;

    public static CookbookIds Instance { get; } = new();

    public override string Mint(IdRequest request)
    {
        string canvas = request.CanvasIndex.ToString(CultureInfo.InvariantCulture);
        return request.Kind switch
        {
            IdKind.Canvas => $"{request.BaseUri}/canvas/{_prefix}{canvas}",
            IdKind.AnnotationPage => $"{request.BaseUri}/page/{_prefix}{canvas}/{request.Index.ToString(CultureInfo.InvariantCulture)}",
            IdKind.Annotation => $"{request.BaseUri}/annotation/{_prefix}{request.CanvasIndex.ToString("0000", CultureInfo.InvariantCulture)}-image",
            _ => $"{request.BaseUri}/range/r{request.Index.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}
