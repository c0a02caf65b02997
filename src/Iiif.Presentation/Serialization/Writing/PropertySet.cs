using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Serialization.Writing;

/// <summary>The typed properties written for one object, so that a raw value of the same name kept in
/// the extension data is not written a second time.</summary>
internal struct PropertySet
{
    private ulong _low;
    private ulong _high;

    public void Add(PropertyId id)
    {
        int bit = (int)id;
        if (bit < 64)
        {
            _low |= 1UL << bit;
        }
        else
        {
            _high |= 1UL << (bit - 64);
        }
    }

    public readonly bool Contains(PropertyId id)
    {
        int bit = (int)id;
        return bit < 64 ? (_low & (1UL << bit)) != 0 : (_high & (1UL << (bit - 64))) != 0;
    }
}
