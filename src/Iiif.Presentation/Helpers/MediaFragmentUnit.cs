namespace Iiif.Presentation;

/// <summary>The unit of a spatial media fragment (<c>xywh=</c>).</summary>
/// <remarks>Spec: <see href="https://www.w3.org/TR/media-frags/#naming-space"/>.</remarks>
public enum MediaFragmentUnit
{
    /// <summary>Pixels of the Canvas coordinate space (<c>xywh=</c> or <c>xywh=pixel:</c>).</summary>
    Pixel = 0,

    /// <summary>Percentages of the Canvas width and height (<c>xywh=percent:</c>).</summary>
    Percent = 1,
}
