namespace Iiif.Presentation.AspNetCore.Internal;

/// <summary>One finding of a problem report: a validator finding or an upgrade note.</summary>
internal readonly record struct ProblemFinding(string Code, string Pointer, string Severity, string Message, string? Section);
