namespace Iiif.Presentation;

/// <summary>Where a Presentation 2 <c>description</c> goes.</summary>
public enum DescriptionTarget
{
    /// <summary>To <c>summary</c>, the property 3.0 renamed it to.</summary>
    Summary,

    /// <summary>To a <c>metadata</c> entry labelled "Description", for long texts.</summary>
    Metadata,
}

/// <summary>What becomes of <c>painting</c> annotations in an AnnotationList (outside a Canvas's images).</summary>
public enum ListPainting
{
    /// <summary>They become <c>supplementing</c>: in 3.0 only a Canvas's own items paint it.</summary>
    Supplementing,

    /// <summary>They stay <c>painting</c>.</summary>
    Keep,
}

/// <summary>Options for <see cref="IiifUpgrader"/>.</summary>
/// <remarks>Create one, set it up, then share it: upgrading never changes it.</remarks>
public sealed class UpgradeOptions
{
    /// <summary>Gets or sets where <c>description</c> goes. Default: <see cref="DescriptionTarget.Summary"/>.</summary>
    public DescriptionTarget DescriptionTarget { get; set; } = DescriptionTarget.Summary;

    /// <summary>Gets or sets the language of a plain string in a language map. Default: <c>"none"</c>.</summary>
    public string DefaultLanguage { get; set; } = "none";

    /// <summary>Gets or sets the label of the <c>requiredStatement</c> made from <c>attribution</c>.
    /// Default: <c>{"en": ["Attribution"]}</c>.</summary>
    public LanguageMap AttributionLabel { get; set; } = new("en", "Attribution");

    /// <summary>Gets or sets the label of the <c>metadata</c> entry that holds license text <c>rights</c>
    /// cannot. Default: <c>{"en": ["License"]}</c>.</summary>
    public LanguageMap LicenseLabel { get; set; } = new("en", "License");

    /// <summary>Gets or sets the label of the <c>metadata</c> entries made from <c>related</c> links.
    /// Default: <c>{"en": ["Related"]}</c>.</summary>
    public LanguageMap RelatedLabel { get; set; } = new("en", "Related");

    /// <summary>Gets or sets the Agent that holds a <c>logo</c>; <see langword="null"/> (the default)
    /// synthesizes one from the attribution.</summary>
    public Agent? Provider { get; set; }

    /// <summary>Gets or sets the base of minted ids when no enclosing resource has an id; <see langword="null"/>
    /// (the default) uses <c>https://iiif-upgrade.invalid</c>.</summary>
    public string? MintBase { get; set; }

    /// <summary>Gets or sets whether properties the schema forbids on a Manifest or AnnotationPage are
    /// removed into a note (<see langword="true"/>) or kept with a note (<see langword="false"/>, the default).</summary>
    public bool StrictSchema { get; set; }

    /// <summary>Gets or sets what becomes of <c>painting</c> annotations in an AnnotationList. Default:
    /// <see cref="Presentation.ListPainting.Supplementing"/>.</summary>
    public ListPainting ListPainting { get; set; } = ListPainting.Supplementing;

    /// <summary>
    /// Gets or sets whether markup clients do not keep is removed from HTML values (<see langword="true"/>), or
    /// kept as the publisher wrote it (<see langword="false"/>, the default). Default: <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// Spec: <see href="https://iiif.io/api/presentation/3.0/#45-html-markup-in-property-values"/>. Clients
    /// remove tags other than a, b, br, i, img, p, small, span, sub and sup, attributes other than
    /// <c>a@href</c>, <c>img@src</c> and <c>img@alt</c>, links that are not http, https or mailto, comments
    /// and scripts: that is the client's duty, and the validator reports such markup. Set this to remove it
    /// in the upgrade, with an <see cref="UpgradeNoteCodes.HtmlSanitized"/> note. Either way, HTML is made the
    /// well-formed XML with one root element that 3.0 requires.
    /// </remarks>
    public bool SanitizeHtml { get; set; }

    internal static UpgradeOptions Default { get; } = new();
}
