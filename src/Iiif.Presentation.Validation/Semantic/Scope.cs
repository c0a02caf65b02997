namespace Iiif.Presentation.Validation.Semantic;

/// <summary>What the walk knows about the surroundings of the resource it is checking.</summary>
internal struct Scope
{
    /// <summary>Gets or sets whether the resource is the document's top resource.</summary>
    public bool Top { get; set; }

    /// <summary>Gets or sets the id of the resource whose <c>annotations</c> list the current page (P3-ANNO-03).</summary>
    public string? AnnotatedId { get; set; }

    /// <summary>Gets or sets the ids of the annotated resource's services, through which its parts may be targeted.</summary>
    public string[]? AnnotatedServices { get; set; }

    /// <summary>Gets or sets whether the page is listed in <c>annotations</c> rather than a Canvas's <c>items</c>.</summary>
    public bool NonPainting { get; set; }

    /// <summary>Gets or sets the Canvas whose <c>items</c> hold the current page or annotation.</summary>
    public string? CanvasId { get; set; }

    public int? CanvasWidth { get; set; }

    public int? CanvasHeight { get; set; }

    public double? CanvasDuration { get; set; }

    /// <summary>Gets or sets whether the Canvas is itself a placeholder or accompanying Canvas (P3-PH-02).</summary>
    public bool AuxiliaryCanvas { get; set; }

    /// <summary>Gets or sets whether the current annotation paints (its body options then need labels, P3-DESC-05).</summary>
    public bool Painting { get; set; }

    /// <summary>Gets or sets whether the current Range is directly in <c>structures</c> (P3-BEH-04).</summary>
    public bool TopRange { get; set; }

    /// <summary>Gets or sets whether the parent Range is a <c>thumbnail-nav</c> Range (P3-BEH-05).</summary>
    public bool ThumbnailNavParent { get; set; }
}
