using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// Every semantic rule of SPEC.md has documents that break it and documents that keep it, under
/// <c>fixtures/validation/&lt;CODE&gt;/</c> (written by <c>tools/make-validation-fixtures.py</c>): each
/// <c>fail-*.json</c> gets a finding with the code, each <c>pass-*.json</c> none. A content state as a link carries it
/// (encoded, not JSON) is a <c>.txt</c> fixture, checked through <see cref="IiifValidator.ValidateContentState"/>.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class RuleFixtureTests
{
    private const string SourceUriForId07 = "https://example.org/iiif/book/manifest";

    private static IEnumerable<ValidationRule> SemanticRules() =>
        ValidationRules.All.Where(r => r.Layer == ValidationLayer.Semantic);

    private static IEnumerable<TestCaseData> Fixtures()
    {
        foreach (ValidationRule rule in SemanticRules())
        {
            string folder = RepositoryFiles.Path($"fixtures/validation/{rule.Code}");
            if (!Directory.Exists(folder))
            {
                continue; // Every_SemanticRule_HasFixtures reports it.
            }

            foreach (string file in Directory.GetFiles(folder).Where(IsFixture).OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                yield return new TestCaseData(rule.Code, name).SetName($"{rule.Code}/{name}");
            }
        }
    }

    [Test]
    public void Every_SemanticRule_HasFixtures()
    {
        var missing = new List<string>();
        foreach (ValidationRule rule in SemanticRules())
        {
            string folder = RepositoryFiles.Path($"fixtures/validation/{rule.Code}");
            bool hasFail = Directory.Exists(folder) && Directory.GetFiles(folder, "fail-*").Any(IsFixture);
            bool hasPass = Directory.Exists(folder) && Directory.GetFiles(folder, "pass-*").Any(IsFixture);
            if (!hasFail || !hasPass)
            {
                missing.Add(rule.Code);
            }
        }

        missing.Should().BeEmpty("each rule has at least one document that breaks it and one that keeps it");
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Validate_Fixture_FindsTheRuleExactlyWhenItIsBroken(string code, string file)
    {
        byte[] json = File.ReadAllBytes(RepositoryFiles.Path($"fixtures/validation/{code}/{file}"));
        var options = new ValidationOptions
        {
            SourceUri = code == "P3-ID-07" ? new Uri(SourceUriForId07) : null,
        };

        ValidationReport report = file.EndsWith(".txt", StringComparison.Ordinal)
            ? Validators.Full.ValidateContentState(System.Text.Encoding.UTF8.GetString(json), options)
            : Validators.Full.Validate(json, options);

        if (file.StartsWith("fail-", StringComparison.Ordinal))
        {
            report.Findings.Should().Contain(f => f.Code == code, $"{code}/{file} breaks the rule; the report was:\n{report}");
            ValidationRules.TryGet(code, out ValidationRule? rule).Should().BeTrue();
            report.Findings.Where(f => f.Code == code).Should().OnlyContain(f => f.Severity == rule!.Severity && f.Section == rule.Section);
        }
        else
        {
            report.Findings.Should().NotContain(f => f.Code == code, $"{code}/{file} keeps the rule; the report was:\n{report}");
        }
    }

    private static bool IsFixture(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal);

    [Test]
    public void BaseDocument_OfTheFixtures_HasNoFinding()
    {
        // The first pass fixture of P3-CTX-01 is the base every fixture changes: a finding there would
        // show up in every fixture.
        byte[] json = File.ReadAllBytes(RepositoryFiles.Path("fixtures/validation/P3-CTX-01/pass-1.json"));

        ValidationReport report = Validators.Full.Validate(json);

        report.Findings.Should().BeEmpty(report.ToString());
    }
}
