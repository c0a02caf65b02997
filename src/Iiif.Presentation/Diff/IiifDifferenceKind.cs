namespace Iiif.Presentation;

/// <summary>What kind of difference an <see cref="IiifDifference"/> is.</summary>
public enum IiifDifferenceKind
{
    /// <summary>The value is in the actual document only.</summary>
    Added,

    /// <summary>The value is in the expected document only.</summary>
    Removed,

    /// <summary>Both documents hold a value here, and the values differ.</summary>
    Changed,

    /// <summary>The array holds the same items in both documents, in another order.</summary>
    Reordered,

    /// <summary>One document holds a lone value where the other holds an array of just that value
    /// (<c>"label": "x"</c> against <c>"label": ["x"]</c>): the same to a lenient reader, but not the same JSON.</summary>
    SingleVersusArray,
}
