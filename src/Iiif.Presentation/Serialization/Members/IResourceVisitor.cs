namespace Iiif.Presentation.Serialization.Members;

/// <summary>Receives the resources a resource holds, member by member in the order they are written.</summary>
internal interface IResourceVisitor
{
    /// <summary>Receives one resource.</summary>
    /// <param name="property">The property that holds it.</param>
    /// <param name="child">The resource.</param>
    /// <param name="index">Its index in the property's array, or -1 when the property holds it alone (not in an array).</param>
    void Visit(IiifProperty property, IiifResource child, int index);
}
