namespace Iiif.Presentation;

/// <summary>
/// Represents a TimeState: the source as it was at a time, or a copy of it cached then
/// (<c>"type": "TimeState"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#time-state"/>. Times are
/// <c>xsd:dateTime</c> strings, kept as written.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class TimeState : State
{
    /// <summary>The <c>type</c> of the class.</summary>
    internal const string TypeName = "TimeState";

    /// <summary>Initializes a TimeState with no properties but its type.</summary>
    public TimeState()
        : base(TypeName)
    {
    }

    /// <summary>Gets or sets the time the source is taken at (<c>sourceDate</c>).</summary>
    public string? SourceDate { get; set; }

    /// <summary>Gets or sets the start of the time span the source is taken in (<c>sourceDateStart</c>).</summary>
    public string? SourceDateStart { get; set; }

    /// <summary>Gets or sets the end of the time span the source is taken in (<c>sourceDateEnd</c>).</summary>
    public string? SourceDateEnd { get; set; }

    /// <summary>Gets or sets the URI of a copy of the source cached at that time (<c>cached</c>).</summary>
    public string? Cached { get; set; }

    internal override Shape<State> Shape => ValueShapes.TimeState;
}
