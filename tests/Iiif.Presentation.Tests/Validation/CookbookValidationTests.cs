using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// Full validation of the IIIF Cookbook, the community's reference documents, reports no error but the
/// few real violations of the specification listed here, each with its section.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CookbookValidationTests
{
    /// <summary>The errors the cookbook really has: file → (code, pointer, why, with the spec section).</summary>
    private static readonly Dictionary<string, (string Code, string Pointer, string Why)[]> s_knownViolations = new(StringComparer.Ordinal)
    {
        ["0015-start.json"] =
        [
            ("P3-PAINT-03", "/items/0/items/0/items/0/body",
                "§5.3 (SPEC.md PAINT-03): a Video, which has a spatial extent, is painted on a Canvas that has only a duration."),
        ],
        ["0074-multiple-language-captions.json"] =
        [
            ("P3-JSON-02", "/items/0/annotations/0/items/0/body/items/0/language", "§3.2 language: the value must be an array of strings; the recipe follows the schema's string."),
            ("P3-JSON-02", "/items/0/annotations/0/items/0/body/items/1/language", "§3.2 language, as above."),
        ],
        ["0219-using-caption-file.json"] =
        [
            ("P3-JSON-02", "/items/0/annotations/0/items/0/body/language", "§3.2 language, as above."),
        ],
        ["0229-behavior-ranges.json"] =
        [
            ("P3-ID-03", "/id", "§3.2 id: the id ends with a space, so it is not a well-formed URI."),
        ],
        ["0309-annotation-collection.json"] =
        [
            ("P3-JSON-03", "/items/0/annotations/0/partOf/0/first", "§3.5 first: the value must be a JSON object with id and type, not a URI string."),
            ("P3-JSON-03", "/items/0/annotations/0/partOf/0/last", "§3.5 last, as above."),
            ("P3-JSON-03", "/items/0/annotations/0/next", "§3.5 next, as above."),
            ("P3-JSON-03", "/items/1/annotations/0/partOf/0/first", "§3.5 first, as above."),
            ("P3-JSON-03", "/items/1/annotations/0/partOf/0/last", "§3.5 last, as above."),
            ("P3-JSON-03", "/items/1/annotations/0/prev", "§3.5 prev, as above."),
        ],
        ["0309-annotation-collection__anno_coll.json"] =
        [
            ("P3-JSON-03", "/first", "§3.5 first, as above."),
            ("P3-JSON-03", "/last", "§3.5 last, as above."),
        ],
        ["0309-annotation-collection__anno_p1.json"] = [("P3-JSON-03", "/next", "§3.5 next, as above.")],
        ["0309-annotation-collection__anno_p2.json"] = [("P3-JSON-03", "/prev", "§3.5 prev, as above.")],
        ["0464-reuse-manifest.json"] =
        [
            ("P3-ANNO-03", "/items/0/annotations/0/items/0/target",
                "§3.4 annotations: the Canvas's annotation targets …/0464-reuse-manifest/canvas-1, which is not that Canvas (…/0008-rights/canvas/p1) nor any resource in the document."),
        ],
    };

    private static IEnumerable<TestCaseData> Recipes() => CorpusFiles.Cases("v3/cookbook");

    [TestCaseSource(nameof(Recipes))]
    public void Validate_CookbookDocument_HasNoErrorButItsKnownViolations(CorpusFile file)
    {
        ValidationReport report = Validators.Full.Validate(File.ReadAllBytes(file.FullPath));

        var errors = report.Findings.Where(f => f.Severity == ValidationSeverity.Error)
            .Select(f => (f.Code, f.Pointer)).OrderBy(e => e.Pointer, StringComparer.Ordinal).ToList();
        var expected = s_knownViolations.TryGetValue(Path.GetFileName(file.FullPath), out var known)
            ? known.Select(k => (k.Code, k.Pointer)).OrderBy(e => e.Pointer, StringComparer.Ordinal).ToList()
            : [];

        errors.Should().Equal(expected, $"{file.RelativePath}:\n{report}");
    }

    [Test]
    public void Cookbook_AllButTheKnownViolations_IsValid()
    {
        int valid = CorpusFiles.Files("v3/cookbook").Count(f => Validators.Full.Validate(File.ReadAllBytes(f.FullPath)).IsValid);

        valid.Should().Be(109 - s_knownViolations.Count);
    }
}
