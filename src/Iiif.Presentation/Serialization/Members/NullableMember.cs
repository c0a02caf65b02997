using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds one value of a struct (a number, a viewing direction, …), unset as <see langword="null"/>.</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The value's struct.</typeparam>
internal sealed class NullableMember<TOwner, T> : SingleMember<TOwner, T>
    where TOwner : class
    where T : struct
{
    private readonly Func<TOwner, T?> _get;
    private readonly Action<TOwner, T?> _set;

    /// <summary>Initializes the member.</summary>
    /// <param name="property">The property.</param>
    /// <param name="codec">Reads and writes the value.</param>
    /// <param name="get">Gets the value.</param>
    /// <param name="set">Sets the value.</param>
    public NullableMember(IiifProperty property, Codec<T> codec, Func<TOwner, T?> get, Action<TOwner, T?> set)
        : base(property, codec, Slot.Any)
    {
        _get = get;
        _set = set;
    }

    /// <inheritdoc/>
    public override Type ValueType => typeof(T);

    /// <inheritdoc/>
    protected override bool TryGet(TOwner owner, [MaybeNullWhen(false)] out T value)
    {
        T? stored = _get(owner);
        value = stored.GetValueOrDefault();
        return stored.HasValue;
    }

    /// <inheritdoc/>
    protected override void Set(TOwner owner, T value) => _set(owner, value);
}
