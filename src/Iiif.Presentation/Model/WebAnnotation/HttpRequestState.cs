namespace Iiif.Presentation;

/// <summary>
/// Represents an HttpRequestState: the HTTP request headers that get the representation of the source
/// the annotation is about (<c>"type": "HttpRequestState"</c>).
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#request-header-state"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public sealed class HttpRequestState : State
{
    /// <summary>The <c>type</c> of the class.</summary>
    internal const string TypeName = "HttpRequestState";

    /// <summary>Initializes an HttpRequestState with no properties but its type.</summary>
    public HttpRequestState()
        : base(TypeName)
    {
    }

    /// <summary>Initializes an HttpRequestState with its headers.</summary>
    /// <param name="value">The headers, such as <c>Accept: application/pdf</c>.</param>
    public HttpRequestState(string value)
        : this()
    {
        Value = value;
    }

    /// <summary>Gets or sets the request headers (<c>value</c>).</summary>
    public string? Value { get; set; }

    internal override Shape<State> Shape => ValueShapes.HttpRequestState;
}
