using System.Collections;
using System.Diagnostics;

namespace Iiif.Presentation;

/// <summary>
/// Holds the values of a property that JSON may give as one value or as an array, and remembers
/// which shape was read so that writing gives it back unchanged.
/// </summary>
/// <typeparam name="T">The type of the values.</typeparam>
/// <remarks>
/// <para>
/// The model's list properties (<c>items</c>, <c>service</c>, <c>behavior</c>, <c>target</c>, …) are
/// backed by this class. Presentation 3.0 wants arrays almost everywhere, but real documents often
/// give a lone value (<c>"service": { … }</c>); reading keeps that shape in
/// <see cref="IsSingleValue"/> and writing gives it back, so reading then writing never changes a
/// document (<c>docs/design-notes.md</c>, principle 2). Turning such a value into the array the spec requires is a
/// repair the user asks for, not a side effect: set <see cref="IsSingleValue"/> to <see langword="false"/>.
/// </para>
/// <para>
/// A list that was read from JSON, even an empty array, is written back; a list that was never
/// read is written only when it holds values, unless <see cref="WriteWhenEmpty"/> is set.
/// </para>
/// <para>The first value is stored inline, so a list of one value allocates no array.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging list are safe.</para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
public sealed class OneOrMany<T> : IList<T>, IReadOnlyList<T>
{
    private T _first = default!;
    private T[]? _rest;
    private int _count;

    /// <summary>Initializes an empty list.</summary>
    public OneOrMany()
    {
    }

    /// <summary>Initializes a list that holds the given values, in order.</summary>
    /// <param name="values">The values to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public OneOrMany(IEnumerable<T> values)
    {
        Guard.NotNull(values);

        foreach (T value in values)
        {
            Add(value);
        }
    }

    /// <summary>
    /// Gets or sets whether the list is written as a lone value rather than an array while it holds
    /// exactly one value. Reading a lone value sets it; with any other count an array is written.
    /// </summary>
    public bool IsSingleValue { get; set; }

    /// <summary>
    /// Gets or sets whether the property is written even when the list is empty (as <c>[]</c>).
    /// Reading the property from JSON sets it, so an empty array that was read is written back.
    /// </summary>
    public bool WriteWhenEmpty { get; set; }

    /// <summary>Gets the number of values.</summary>
    public int Count => _count;

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>Gets or sets the value at an index.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex(index);
            }

            return index == 0 ? _first : _rest![index - 1];
        }

        set
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex(index);
            }

            if (index == 0)
            {
                _first = value;
            }
            else
            {
                _rest![index - 1] = value;
            }
        }
    }

    /// <summary>Appends a value.</summary>
    /// <param name="item">The value.</param>
    public void Add(T item)
    {
        if (_count == 0)
        {
            _first = item;
        }
        else
        {
            EnsureRestCapacity(_count);
            _rest![_count - 1] = item;
        }

        _count++;
    }

    /// <summary>Inserts a value at an index.</summary>
    /// <param name="index">The zero-based index, from 0 to <see cref="Count"/>.</param>
    /// <param name="item">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0…<see cref="Count"/>.</exception>
    public void Insert(int index, T item)
    {
        if ((uint)index > (uint)_count)
        {
            ThrowIndex(index);
        }

        if (index == _count)
        {
            Add(item);
            return;
        }

        EnsureRestCapacity(_count);
        if (index == 0)
        {
            Array.Copy(_rest!, 0, _rest!, 1, _count - 1);
            _rest![0] = _first;
            _first = item;
        }
        else
        {
            Array.Copy(_rest!, index - 1, _rest!, index, _count - index);
            _rest![index - 1] = item;
        }

        _count++;
    }

    /// <summary>Removes the value at an index.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            ThrowIndex(index);
        }

        if (index == 0)
        {
            if (_count > 1)
            {
                _first = _rest![0];
                Array.Copy(_rest, 1, _rest, 0, _count - 2);
            }
            else
            {
                _first = default!;
            }
        }
        else if (index < _count - 1)
        {
            Array.Copy(_rest!, index, _rest!, index - 1, _count - 1 - index);
        }

        _count--;
        if (_count > 0)
        {
            _rest![_count - 1] = default!;
        }
    }

    /// <summary>Removes the first occurrence of a value.</summary>
    /// <param name="item">The value.</param>
    /// <returns><see langword="true"/> if the value was found and removed.</returns>
    public bool Remove(T item)
    {
        int index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    /// <summary>Removes all values. The shape flags are kept.</summary>
    public void Clear()
    {
        if (_rest is not null)
        {
            Array.Clear(_rest, 0, _rest.Length);
        }

        _first = default!;
        _count = 0;
    }

    /// <summary>Returns the index of the first occurrence of a value, or -1.</summary>
    /// <param name="item">The value.</param>
    /// <returns>The zero-based index, or -1 when the value is not in the list.</returns>
    public int IndexOf(T item)
    {
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _count; i++)
        {
            if (comparer.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns whether the list holds a value.</summary>
    /// <param name="item">The value.</param>
    /// <returns><see langword="true"/> if the value is in the list.</returns>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>Copies the values to an array.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">The index in <paramref name="array"/> at which copying begins.</param>
    public void CopyTo(T[] array, int arrayIndex)
    {
        Guard.NotNull(array);

        if (arrayIndex < 0 || array.Length - arrayIndex < _count)
        {
            throw new ArgumentOutOfRangeException(nameof(arrayIndex));
        }

        for (int i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    /// <summary>Returns an enumerator over the values.</summary>
    /// <returns>A struct enumerator; it does not detect changes made while enumerating.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Creates the list of an array that was read: its first value, and the others as
    /// <paramref name="rest"/> holds them, copied into an array of their exact count.</summary>
    internal static OneOrMany<T> FromRead(T first, T[] rest, int restCount)
    {
        var list = new OneOrMany<T> { WriteWhenEmpty = true, _first = first, _count = restCount + 1 };
        if (restCount > 0)
        {
            list._rest = new T[restCount];
            Array.Copy(rest, list._rest, restCount);
        }

        return list;
    }

    private void EnsureRestCapacity(int needed)
    {
        if (_rest is null)
        {
            _rest = new T[Math.Max(needed, 3)];
        }
        else if (_rest.Length < needed)
        {
            Array.Resize(ref _rest, Math.Max(needed, _rest.Length * 2));
        }
    }

    private static void ThrowIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");

    /// <summary>Enumerates the values of a <see cref="OneOrMany{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly OneOrMany<T> _list;
        private int _index;

        internal Enumerator(OneOrMany<T> list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>Gets the current value.</summary>
        public readonly T Current => _list[_index];

        readonly object? IEnumerator.Current => Current;

        /// <summary>Moves to the next value.</summary>
        /// <returns><see langword="false"/> after the last value.</returns>
        public bool MoveNext() => ++_index < _list._count;

        /// <summary>Moves back before the first value.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing; present for <see cref="IDisposable"/>.</summary>
        public readonly void Dispose()
        {
        }
    }
}
