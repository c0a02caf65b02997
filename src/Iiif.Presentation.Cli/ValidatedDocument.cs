using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Cli;

/// <summary>One document's outcome in <c>iiif validate</c> and <c>iiif serve</c>: its report, or why there is none.</summary>
/// <param name="Path">The name the document is reported under: its path, <c>-</c>, or the address it came from.</param>
/// <param name="Report">The validator's report, or <see langword="null"/> when the document could not be read or validated.</param>
/// <param name="Error">Why there is no report.</param>
/// <param name="ExitCode">The exit code this document alone would end the command with.</param>
internal sealed record ValidatedDocument(string Path, ValidationReport? Report, string? Error, int ExitCode);
