namespace Iiif.Presentation;

/// <summary>Options for comparing documents with <see cref="IiifDiff"/>.</summary>
/// <remarks>
/// <para>
/// A pattern is a JSON Pointer (RFC 6901) whose tokens may be <c>*</c>, any one key or index, or
/// <c>**</c>, any number of them (none included): <c>/items/*/id</c> is the <c>id</c> of every item of
/// the top-level <c>items</c>, and <c>**/created</c> (short for <c>/**/created</c>) is every
/// <c>created</c> at any depth. <c>""</c> is the whole document. A key that is <c>*</c> or <c>**</c>
/// cannot be named on its own.
/// </para>
/// <para>Create one, set it up, then share it: comparing never changes it, so it is safe to use from
/// many threads once set up.</para>
/// </remarks>
public sealed class IiifDiffOptions
{
    private List<string>? _ignore;
    private List<string>? _unorderedArrays;

    /// <summary>Gets the patterns of the values to leave out of the comparison, such as ids minted anew
    /// on each run (<c>/items/*/id</c>) or dates (<c>**/created</c>).</summary>
    /// <remarks>A pattern that is neither <c>""</c> nor starts with <c>/</c> or <c>**</c> makes
    /// <see cref="IiifDiff.Compare(string, string, IiifDiffOptions?)"/> throw an <see cref="ArgumentException"/>.</remarks>
    public IList<string> Ignore => _ignore ??= [];

    /// <summary>Gets the patterns of the arrays whose order does not count: they are compared as
    /// multisets, so the same items in another order are the same, and each item missing or extra is
    /// reported on its own.</summary>
    /// <remarks>Other arrays are compared in order, and the same items in another order are reported as
    /// <see cref="IiifDifferenceKind.Reordered"/>.</remarks>
    public IList<string> UnorderedArrays => _unorderedArrays ??= [];

    /// <summary>Gets or sets whether numbers are compared by their text, so that <c>1.0</c> and <c>1</c>
    /// differ. By default (<see langword="false"/>) numbers are compared by value, exactly, at any
    /// precision.</summary>
    public bool CompareNumberText { get; set; }

    internal static IiifDiffOptions Default { get; } = new();

    internal IEnumerable<string> IgnorePatterns => _ignore ?? [];

    internal IEnumerable<string> UnorderedArrayPatterns => _unorderedArrays ?? [];
}
