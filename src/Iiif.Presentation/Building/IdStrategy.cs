using System.Globalization;

namespace Iiif.Presentation;

/// <summary>What a minted id is for: the kind of resource, where it sits, and its 1-based position.</summary>
/// <param name="Kind">The kind of resource.</param>
/// <param name="BaseUri">The base URI the Manifest or Collection builder was given.</param>
/// <param name="ParentId">The id of the resource it belongs to (the Canvas of a page, the page of an annotation).</param>
/// <param name="CanvasIndex">The 1-based position of the Canvas it belongs to, or 0 outside a Canvas.</param>
/// <param name="Index">Its 1-based position among its siblings of the same kind.</param>
public readonly record struct IdRequest(IdKind Kind, string BaseUri, string ParentId, int CanvasIndex, int Index);

/// <summary>The kinds of resource a builder mints ids for.</summary>
public enum IdKind
{
    /// <summary>A Canvas of a Manifest.</summary>
    Canvas,

    /// <summary>An AnnotationPage of a Canvas (its <c>items</c> or <c>annotations</c>).</summary>
    AnnotationPage,

    /// <summary>An Annotation of a page.</summary>
    Annotation,

    /// <summary>A Range of a Manifest's <c>structures</c>.</summary>
    Range,
}

/// <summary>
/// Mints the ids a builder needs where none is given. Ids must be deterministic: the same request gives
/// the same id, so the same builder calls give the same bytes.
/// </summary>
public abstract class IdStrategy
{
    /// <summary>Gets the default strategy: <c>{base}/canvas/{n}</c>, <c>{canvas}/page/{n}</c>,
    /// <c>{page}/annotation/{n}</c>, <c>{base}/range/{n}</c>.</summary>
    public static IdStrategy Paths { get; } = new PathIdStrategy();

    /// <summary>A strategy from a function, for patterns of one's own.</summary>
    /// <param name="mint">Mints an id for a request; it must give the same id for the same request.</param>
    /// <returns>The strategy.</returns>
    public static IdStrategy From(Func<IdRequest, string> mint) => new FunctionIdStrategy(Guard.Checked(mint));

    /// <summary>Mints an id.</summary>
    /// <param name="request">What the id is for.</param>
    /// <returns>The id, an absolute URI.</returns>
    public abstract string Mint(IdRequest request);

    private sealed class FunctionIdStrategy(Func<IdRequest, string> mint) : IdStrategy
    {
        public override string Mint(IdRequest request) => mint(request);
    }

    private sealed class PathIdStrategy : IdStrategy
    {
        public override string Mint(IdRequest request)
        {
            string n = request.Index.ToString(CultureInfo.InvariantCulture);
            return request.Kind switch
            {
                IdKind.Canvas => $"{request.BaseUri}/canvas/{n}",
                IdKind.AnnotationPage => $"{request.ParentId}/page/{n}",
                IdKind.Annotation => $"{request.ParentId}/annotation/{n}",
                _ => $"{request.BaseUri}/range/{n}",
            };
        }
    }
}
