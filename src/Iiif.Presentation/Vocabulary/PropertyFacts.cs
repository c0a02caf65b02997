namespace Iiif.Presentation.Vocabulary;

/// <summary>What the specifications say about a property name, whatever resource carries it.</summary>
[Flags]
internal enum PropertyFacts : byte
{
    /// <summary>Nothing beyond the name.</summary>
    None = 0,

    /// <summary>Presentation 3.0 defines it (its section 3).</summary>
    Presentation3 = 1,

    /// <summary>The W3C Web Annotation model (or the IIIF selector annex) defines it.</summary>
    WebAnnotation = 2,

    /// <summary>A service API (Image, Auth, Search) defines it, on its services.</summary>
    ServiceApi = 4,

    /// <summary>Its value is always an array, even of one value (P3-JSON-02).</summary>
    AlwaysArray = 8,

    /// <summary>Its value is never an array (P3-JSON-04).</summary>
    NeverArray = 16,

    /// <summary>Its values link to resources: objects with <c>id</c> and <c>type</c>, not bare URI strings (P3-JSON-03).</summary>
    Link = 32,

    /// <summary>A registered IIIF extension defines it (navPlace, text granularity, georeference): the
    /// extension, not the property tables of 3.0, says which classes may carry it (P3-EXT-01).</summary>
    Extension = 64,
}
