namespace Iiif.Presentation;

/// <summary>Options for reading IIIF JSON with <see cref="IiifJson"/>.</summary>
/// <remarks>Create one, set it up, then share it: reading never changes it, so it is safe to use from
/// many threads once set up.</remarks>
public sealed class IiifReadOptions
{
    /// <summary>The default <see cref="MaxDepth"/>: 256.</summary>
    public const int DefaultMaxDepth = 256;

    private int _maxDepth = DefaultMaxDepth;

    /// <summary>
    /// Gets or sets how deeply JSON objects and arrays may nest before reading stops with an
    /// <see cref="IiifJsonException"/>.
    /// </summary>
    /// <remarks>
    /// Each level of a table of contents takes two levels of JSON (the Range and its <c>items</c>), so the
    /// default of 256 allows Range trees more than a hundred levels deep, far beyond any real document,
    /// while keeping the reader's recursion well within a thread's stack. Raised, reading still stops
    /// with an <see cref="IiifJsonException"/> before the stack runs out; but a model nested deeper than
    /// 1000 levels cannot be written, and 2.x documents are upgraded at most 256 levels deep.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        set => _maxDepth = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum depth must be at least 1.");
    }

    /// <summary>
    /// Gets or sets whether a Presentation 2.x document is upgraded to 3.0 as it is read (the default), or
    /// rejected with an <see cref="IiifJsonException"/>.
    /// </summary>
    /// <remarks>Reading upgrades with the default <see cref="UpgradeOptions"/> and leaves out the notes; call
    /// <see cref="IiifUpgrader"/> to choose the options and see the notes.</remarks>
    public bool UpgradeFromV2 { get; set; } = true;

    internal static IiifReadOptions Default { get; } = new();
}
