namespace Iiif.Presentation;

/// <summary>
/// Represents a FragmentSelector: a part of a resource given as a URI fragment, most often a
/// media fragment such as <c>xywh=0,0,100,100</c> or <c>t=10,20</c> (<c>"type": "FragmentSelector"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#fragment-selector"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class FragmentSelector : Selector
{
    /// <summary>The <c>conformsTo</c> of W3C media fragments: <c>http://www.w3.org/TR/media-frags/</c>.</summary>
    public const string MediaFragments = "http://www.w3.org/TR/media-frags/";

    /// <summary>Initializes a FragmentSelector with no properties but its type.</summary>
    public FragmentSelector()
        : base("FragmentSelector")
    {
    }

    /// <summary>Initializes a FragmentSelector for a W3C media fragment.</summary>
    /// <param name="value">The fragment, without <c>#</c>, such as <c>xywh=0,0,100,100</c>.</param>
    public FragmentSelector(string value)
        : this()
    {
        Value = value;
        ConformsTo = MediaFragments;
    }

    /// <summary>Gets or sets the specification the fragment follows (<c>conformsTo</c>).</summary>
    public string? ConformsTo { get; set; }

    /// <summary>Gets or sets the fragment, without <c>#</c> (<c>value</c>).</summary>
    public string? Value { get; set; }

    internal override Shape<Selector> Shape => ValueShapes.FragmentSelector;
}
