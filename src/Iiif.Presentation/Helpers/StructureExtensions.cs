namespace Iiif.Presentation;

/// <summary>
/// Provides the structure a viewer shows beside a Manifest: its table of contents.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#54-range"/>. The methods only read
/// the model; they never change it. Thread-safe as long as nobody changes the Manifest meanwhile.</remarks>
public static class StructureExtensions
{
    /// <summary>Builds the table of contents of a Manifest from its <c>structures</c>.</summary>
    /// <param name="manifest">The Manifest.</param>
    /// <returns>The tree of Ranges, with the Canvases each one covers resolved to
    /// <see cref="Manifest.Items"/>; empty when the Manifest has no <c>structures</c>.</returns>
    /// <remarks>
    /// <para>A Range given only by id (a reference) is replaced by the Range with that id found anywhere
    /// in <c>structures</c>; a reference that names no Range there is an entry without Canvases. A top
    /// Range that another Range lists among its <c>items</c> is shown there only, not also at the top, so
    /// structures that list every Range flat and nest them by reference give one tree.</para>
    /// <para>Ranges with <c>behavior</c> <c>no-nav</c> "MUST NOT be displayed to the user in a navigation
    /// hierarchy": they are no entry, but their child Ranges are, in their place. Top Ranges with
    /// <c>behavior</c> <c>sequence</c> are alternative orders of the Canvases, not contents: they go to
    /// <see cref="TableOfContents.Sequences"/>. Ranges with <c>behavior</c> <c>thumbnail-nav</c> are a
    /// navigation aid made of thumbnails, which clients "should not use ... to generate a conventional table
    /// of contents": they leave the tree together with the Ranges below them (their thumbnails), and go to
    /// <see cref="TableOfContents.ThumbnailNavigation"/>.</para>
    /// <para>Each entry keeps the parts of Canvases it points at (<see cref="RangeNode.Targets"/>,
    /// <see cref="RangeNode.Start"/>), and the layout in force for it (its own <c>behavior</c> and
    /// <c>viewingDirection</c>, else its parent Range's, else the Manifest's), which
    /// <see cref="PagingExtensions.GetSpreads(RangeNode)"/> follows.</para>
    /// <para>Invalid documents do not hang or throw: a Range found again inside itself is skipped, and
    /// the tree stops growing after 100,000 entries or 1,000 levels (a document of references that fan
    /// out or chain).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is <see langword="null"/>.</exception>
    public static TableOfContents GetTableOfContents(this Manifest manifest)
    {
        Guard.NotNull(manifest);

        return new StructureBuilder(manifest).Build();
    }
}
