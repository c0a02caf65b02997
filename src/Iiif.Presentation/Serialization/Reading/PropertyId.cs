namespace Iiif.Presentation.Serialization.Reading;

/// <summary>The JSON property names the model knows, on any of its types.</summary>
internal enum PropertyId : byte
{
    /// <summary>A name no type of the model knows.</summary>
    Unknown,
    /// <summary><c>@context</c>.</summary>
    AtContext,
    /// <summary><c>id</c>.</summary>
    Id,
    /// <summary><c>@id</c>.</summary>
    AtId,
    /// <summary><c>type</c>.</summary>
    Type,
    /// <summary><c>@type</c>.</summary>
    AtType,
    /// <summary><c>label</c>.</summary>
    Label,
    /// <summary><c>summary</c>.</summary>
    Summary,
    /// <summary><c>metadata</c>.</summary>
    Metadata,
    /// <summary><c>requiredStatement</c>.</summary>
    RequiredStatement,
    /// <summary><c>rights</c>.</summary>
    Rights,
    /// <summary><c>navDate</c>.</summary>
    NavDate,
    /// <summary><c>provider</c>.</summary>
    Provider,
    /// <summary><c>thumbnail</c>.</summary>
    Thumbnail,
    /// <summary><c>placeholderCanvas</c>.</summary>
    PlaceholderCanvas,
    /// <summary><c>accompanyingCanvas</c>.</summary>
    AccompanyingCanvas,
    /// <summary><c>format</c>.</summary>
    Format,
    /// <summary><c>language</c>.</summary>
    Language,
    /// <summary><c>profile</c>.</summary>
    Profile,
    /// <summary><c>height</c>.</summary>
    Height,
    /// <summary><c>width</c>.</summary>
    Width,
    /// <summary><c>duration</c>.</summary>
    Duration,
    /// <summary><c>viewingDirection</c>.</summary>
    ViewingDirection,
    /// <summary><c>behavior</c>.</summary>
    Behavior,
    /// <summary><c>timeMode</c>.</summary>
    TimeMode,
    /// <summary><c>homepage</c>.</summary>
    Homepage,
    /// <summary><c>logo</c>.</summary>
    Logo,
    /// <summary><c>rendering</c>.</summary>
    Rendering,
    /// <summary><c>service</c>.</summary>
    Service,
    /// <summary><c>services</c>.</summary>
    Services,
    /// <summary><c>seeAlso</c>.</summary>
    SeeAlso,
    /// <summary><c>partOf</c>.</summary>
    PartOf,
    /// <summary><c>start</c>.</summary>
    Start,
    /// <summary><c>supplementary</c>.</summary>
    Supplementary,
    /// <summary><c>items</c>.</summary>
    Items,
    /// <summary><c>structures</c>.</summary>
    Structures,
    /// <summary><c>annotations</c>.</summary>
    Annotations,
    /// <summary><c>motivation</c>.</summary>
    Motivation,
    /// <summary><c>body</c>.</summary>
    Body,
    /// <summary><c>target</c>.</summary>
    Target,
    /// <summary><c>value</c>.</summary>
    Value,
    /// <summary><c>source</c>.</summary>
    Source,
    /// <summary><c>selector</c>.</summary>
    Selector,
    /// <summary><c>first</c>.</summary>
    First,
    /// <summary><c>last</c>.</summary>
    Last,
    /// <summary><c>total</c>.</summary>
    Total,
    /// <summary><c>next</c>.</summary>
    Next,
    /// <summary><c>prev</c>.</summary>
    Prev,
    /// <summary><c>startIndex</c>.</summary>
    StartIndex,
    /// <summary><c>conformsTo</c>.</summary>
    ConformsTo,
    /// <summary><c>x</c>.</summary>
    X,
    /// <summary><c>y</c>.</summary>
    Y,
    /// <summary><c>t</c>.</summary>
    T,
    /// <summary><c>region</c>.</summary>
    Region,
    /// <summary><c>size</c>.</summary>
    Size,
    /// <summary><c>rotation</c>.</summary>
    Rotation,
    /// <summary><c>quality</c>.</summary>
    Quality,
    /// <summary><c>sizes</c>.</summary>
    Sizes,
    /// <summary><c>tiles</c>.</summary>
    Tiles,
    /// <summary><c>scaleFactors</c>.</summary>
    ScaleFactors,
    /// <summary><c>maxWidth</c>.</summary>
    MaxWidth,
    /// <summary><c>maxHeight</c>.</summary>
    MaxHeight,
    /// <summary><c>maxArea</c>.</summary>
    MaxArea,
    /// <summary><c>header</c>.</summary>
    Header,
    /// <summary><c>description</c>.</summary>
    Description,
    /// <summary><c>confirmLabel</c>.</summary>
    ConfirmLabel,
    /// <summary><c>failureHeader</c>.</summary>
    FailureHeader,
    /// <summary><c>failureDescription</c>.</summary>
    FailureDescription,
    /// <summary><c>heading</c>.</summary>
    Heading,
    /// <summary><c>note</c>.</summary>
    Note,
    /// <summary><c>errorHeading</c>.</summary>
    ErrorHeading,
    /// <summary><c>errorNote</c>.</summary>
    ErrorNote,
}
