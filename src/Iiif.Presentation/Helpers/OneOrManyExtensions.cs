namespace Iiif.Presentation;

/// <summary>
/// Reads and sets, on any list of the model, whether it is written as its lone value (<c>"body": {…}</c>)
/// rather than as an array of one (<c>"body": [{…}]</c>), without casting the <see cref="IList{T}"/> the
/// model exposes to <see cref="OneOrMany{T}"/>.
/// </summary>
/// <remarks>
/// Reading keeps the shape a list was read in, so that writing gives the same JSON; what code creates is
/// written as the specification wants, an array. Some documents need the lone form (a Web Annotation
/// <c>body</c> or <c>target</c> given as one value, as the cookbook writes them): set it here.
/// The methods change only the list they are given; thread safety is that of the list.
/// </remarks>
public static class OneOrManyExtensions
{
    /// <summary>Returns whether a list of the model is written as its lone value when it holds one item.</summary>
    /// <typeparam name="T">The type of an item.</typeparam>
    /// <param name="list">A list of the model, such as <see cref="Annotation.Body"/>.</param>
    /// <returns><see langword="true"/> if the list is a <see cref="OneOrMany{T}"/> whose
    /// <see cref="OneOrMany{T}.IsSingleValue"/> is set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    public static bool IsSingleValue<T>(this IList<T> list)
    {
        Guard.NotNull(list);

        return list is OneOrMany<T> { IsSingleValue: true };
    }

    /// <summary>Sets whether a list of the model is written as its lone value when it holds one item.</summary>
    /// <typeparam name="T">The type of an item.</typeparam>
    /// <param name="list">A list of the model, such as <see cref="Annotation.Body"/>.</param>
    /// <param name="singleValue"><see langword="true"/> to write one item without an array; <see langword="false"/>
    /// to always write an array.</param>
    /// <returns>The list, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="list"/> is not a list of the model (a
    /// <see cref="OneOrMany{T}"/>), so it has no shape to set.</exception>
    public static IList<T> SetSingleValue<T>(this IList<T> list, bool singleValue = true)
    {
        Guard.NotNull(list);

        if (list is not OneOrMany<T> oneOrMany)
        {
            throw new ArgumentException(
                $"Only a list of the model (a OneOrMany<{typeof(T).Name}>) has a shape to set; this is a {list.GetType().Name}.", nameof(list));
        }

        oneOrMany.IsSingleValue = singleValue;
        return list;
    }
}
