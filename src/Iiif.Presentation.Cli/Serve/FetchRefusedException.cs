namespace Iiif.Presentation.Cli.Serve;

/// <summary>A fetch that <c>iiif serve</c> refused or could not complete, with the HTTP status to answer with.</summary>
internal sealed class FetchRefusedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FetchRefusedException"/> class.</summary>
    public FetchRefusedException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    /// <summary>Initializes a new instance of the <see cref="FetchRefusedException"/> class.</summary>
    public FetchRefusedException()
        : this(502, "The document could not be fetched.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FetchRefusedException"/> class.</summary>
    public FetchRefusedException(string message)
        : this(502, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FetchRefusedException"/> class.</summary>
    public FetchRefusedException(string message, Exception innerException)
        : base(message, innerException) => StatusCode = 502;

    /// <summary>Gets the HTTP status the API answers with: 400, 403, 413, 502 or 504.</summary>
    public int StatusCode { get; }
}
