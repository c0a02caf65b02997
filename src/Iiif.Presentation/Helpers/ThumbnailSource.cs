namespace Iiif.Presentation;

/// <summary>Where a thumbnail candidate comes from.</summary>
public enum ThumbnailSource
{
    /// <summary>A resource of the <c>thumbnail</c> property, as published.</summary>
    Thumbnail,

    /// <summary>A size the image service lists in <c>sizes</c>.</summary>
    ListedSize,

    /// <summary>A tile of a level 0 service that holds the whole image at one of its <c>scaleFactors</c>.</summary>
    Tile,

    /// <summary>The whole image from the image service (<c>max</c>, or <c>full</c> before version 3), which every
    /// compliance level serves.</summary>
    FullSize,

    /// <summary>A size computed for the box, which a service of level 1 or above serves.</summary>
    ComputedSize,

    /// <summary>The image resource itself, by its own id.</summary>
    Image,
}
