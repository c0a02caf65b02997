namespace Iiif.Presentation.Serialization.Writing;

/// <summary>The typed properties written for one object, so that a raw value of the same name kept in
/// the extension data is not written a second time.</summary>
/// <remarks>A bit per <see cref="IiifProperty.Index"/>; the vocabulary has fewer than 256 properties,
/// which <see cref="IiifProperties"/>' test checks.</remarks>
internal struct PropertySet
{
    private ulong _bits0;
    private ulong _bits1;
    private ulong _bits2;
    private ulong _bits3;

    /// <summary>The number of properties a set can hold.</summary>
    public const int Capacity = 256;

    public void Add(IiifProperty property)
    {
        int bit = property.Index;
        ulong mask = 1UL << (bit & 63);
        switch (bit >> 6)
        {
            case 0: _bits0 |= mask; break;
            case 1: _bits1 |= mask; break;
            case 2: _bits2 |= mask; break;
            default: _bits3 |= mask; break;
        }
    }

    public readonly bool Contains(IiifProperty property)
    {
        int bit = property.Index;
        ulong mask = 1UL << (bit & 63);
        return ((bit >> 6) switch
        {
            0 => _bits0,
            1 => _bits1,
            2 => _bits2,
            _ => _bits3,
        } & mask) != 0;
    }
}
