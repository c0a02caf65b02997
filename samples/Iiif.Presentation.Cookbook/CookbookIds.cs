using System.Globalization;

namespace Iiif.Presentation.Cookbook;

/// <summary>
/// The cookbook's own id pattern, as an <see cref="IdStrategy"/>: <c>{base}/canvas/p1</c>,
/// <c>{base}/page/p1/1</c>, <c>{base}/annotation/p0001-image</c>.
/// </summary>
public sealed class CookbookIds : IdStrategy
{
    public static CookbookIds Instance { get; } = new();

    public override string Mint(IdRequest request)
    {
        string canvas = request.CanvasIndex.ToString(CultureInfo.InvariantCulture);
        return request.Kind switch
        {
            IdKind.Canvas => $"{request.BaseUri}/canvas/p{canvas}",
            IdKind.AnnotationPage => $"{request.BaseUri}/page/p{canvas}/{request.Index.ToString(CultureInfo.InvariantCulture)}",
            IdKind.Annotation => $"{request.BaseUri}/annotation/p{request.CanvasIndex.ToString("0000", CultureInfo.InvariantCulture)}-image",
            _ => $"{request.BaseUri}/range/r{request.Index.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}
