namespace Iiif.Presentation;

/// <summary>
/// Represents a Choice: alternative bodies of an Annotation, of which a client shows one, such as
/// the same page photographed in natural light and in X-ray (<c>"type": "Choice"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#57-content-resources"/> and
/// <see href="https://www.w3.org/TR/annotation-model/#choice-between-resources"/>. The first item is the
/// default.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class Choice : IiifResource
{
    internal OneOrMany<IiifResource>? ItemsList;

    /// <summary>Initializes a Choice with no properties but its type.</summary>
    public Choice()
        : base(ResourceKind.Choice, "Choice")
    {
    }

    /// <summary>Gets the alternatives, the default first (<c>items</c>).</summary>
    public IList<IiifResource> Items => ItemsList ??= new OneOrMany<IiifResource>();

    internal override Shape<IiifResource> Shape => ResourceShapes.Choice;
}
