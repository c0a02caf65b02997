namespace Iiif.Presentation.Validation.Schema;

/// <summary>One failure the schema reported: where in the document, which keyword, its message, and
/// where in the schema.</summary>
internal readonly struct SchemaError(string pointer, string keyword, string message, string evaluationPath, string? schemaLocation = null)
{
    public string Pointer { get; } = pointer;

    public string Keyword { get; } = keyword;

    public string Message { get; } = message;

    public string EvaluationPath { get; } = evaluationPath;

    /// <summary>Gets the absolute location of the failing subschema, when known.</summary>
    public string? SchemaLocation { get; } = schemaLocation;
}
