namespace Iiif.Presentation;

/// <summary>
/// Represents a label/value pair: an entry of <c>metadata</c>, or a <c>requiredStatement</c>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#metadata"/> and
/// <see href="https://iiif.io/api/presentation/3.0/#requiredstatement"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class MetadataEntry : IJsonObject
{
    internal ExtensionDataCollection? Extensions;

    /// <summary>Initializes an entry with neither label nor value.</summary>
    public MetadataEntry()
    {
    }

    /// <summary>Initializes an entry with a label and a value.</summary>
    /// <param name="label">The label, such as "Author".</param>
    /// <param name="value">The value, such as the author's name.</param>
    public MetadataEntry(LanguageMap? label, LanguageMap? value)
    {
        Label = label;
        Value = value;
    }

    /// <summary>Gets or sets what the value is (<c>label</c>).</summary>
    public LanguageMap? Label { get; set; }

    /// <summary>Gets or sets the text shown for the label (<c>value</c>); it may hold a little HTML.</summary>
    public LanguageMap? Value { get; set; }

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Returns the label and value, for debugging.</summary>
    /// <returns>The label and value.</returns>
    public override string ToString() => $"{Label}: {Value}";
}
