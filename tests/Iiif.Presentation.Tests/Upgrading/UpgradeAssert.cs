using System;
using System.Collections.Generic;
using System.Linq;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>What the upgrade tests ask of an output: valid 3.0, except where a note says why.</summary>
public static class UpgradeAssert
{
    /// <summary>
    /// The validator's errors on the output that no note excuses. Error and <c>value-invalid</c> notes excuse
    /// what lies under their output pointer; so do <c>closed-class-extension</c> notes, when asked.
    /// </summary>
    public static List<string> UnexcusedErrors(UpgradeResult result, string output, bool excuseClosedClass)
    {
        var excused = result.Notes
            .Where(n => n.OutputPointer is not null &&
                (n.Severity == UpgradeNoteSeverity.Error || n.Code == UpgradeNoteCodes.ValueInvalid ||
                 (excuseClosedClass && n.Code == UpgradeNoteCodes.ClosedClassExtension)))
            .Select(n => n.OutputPointer!)
            .ToList();
        return Validators.Full.Validate(output).Findings
            .Where(f => f.Severity == ValidationSeverity.Error)
            .Where(f => !excused.Any(p => p.Length == 0 || f.Pointer == p || f.Pointer.StartsWith(p + "/", StringComparison.Ordinal)))
            .Select(f => f.ToString())
            .ToList();
    }
}
