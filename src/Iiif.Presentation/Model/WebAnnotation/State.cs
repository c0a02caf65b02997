namespace Iiif.Presentation;

/// <summary>
/// Represents a state of a <see cref="SpecificResource"/> (<c>state</c>): how to get the representation of its
/// source that the annotation is about, such as the copy of a given date. States of the types the model
/// names have their own classes (<see cref="TimeState"/>, <see cref="HttpRequestState"/>); a state of any
/// other type is read as this class, with its properties in <see cref="ExtensionData"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#states"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public class State : IJsonObject
{
    internal ExtensionDataCollection? Extensions;
    internal OneOrMany<State>? RefinedByList;

    /// <summary>Initializes a state of a given type.</summary>
    /// <param name="type">The <c>type</c>; <see langword="null"/> for none.</param>
    public State(string? type)
    {
        Type = type;
    }

    /// <summary>Gets or sets the state's URI (<c>id</c>), which few states have.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the type of the state (<c>type</c>), as read or as the class sets it.</summary>
    public string? Type { get; set; }

    /// <summary>Gets the states that narrow this one further (<c>refinedBy</c>).</summary>
    public IList<State> RefinedBy => RefinedByList ??= new OneOrMany<State>();

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Returns the type, for debugging.</summary>
    /// <returns>The type.</returns>
    public override string ToString() => Type ?? GetType().Name;

    /// <summary>Gets the properties of the state's class in canonical order.</summary>
    internal virtual Shape<State> Shape => ValueShapes.State;

    /// <summary>Creates the state of the class a <c>type</c> names, or of this class.</summary>
    internal static State Create(string? type) => type switch
    {
        TimeState.TypeName => new TimeState(),
        HttpRequestState.TypeName => new HttpRequestState(),
        _ => new State(null),
    };
}
