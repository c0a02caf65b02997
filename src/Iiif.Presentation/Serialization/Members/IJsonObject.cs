namespace Iiif.Presentation.Serialization.Members;

/// <summary>An object of the model that the generic reader and writer fill and write through a
/// <see cref="Shape{TOwner}"/>: it keeps the properties it has no member for.</summary>
internal interface IJsonObject
{
    /// <summary>Gets or sets the properties kept as JSON, in the order read; <see langword="null"/> until the first.</summary>
    ExtensionDataCollection? Extensions { get; set; }
}
