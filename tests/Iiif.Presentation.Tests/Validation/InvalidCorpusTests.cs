using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>Every document the corpus knows to be invalid is reported invalid, with a clear reason, never a crash.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class InvalidCorpusTests
{
    private static readonly Dictionary<string, string> s_kinds = LoadKinds();

    private static IEnumerable<TestCaseData> Documents() => CorpusFiles.Cases("invalid");

    [TestCaseSource(nameof(Documents))]
    public void Validate_InvalidDocument_IsReportedInvalidWithAReason(CorpusFile file)
    {
        ValidationReport report = Validators.Full.Validate(File.ReadAllBytes(file.FullPath));

        report.IsValid.Should().BeFalse(file.RelativePath);
        report.Findings.Should().Contain(f => f.Severity == ValidationSeverity.Error && f.Message.Length > 20);
        s_kinds.Should().ContainKey(file.RelativePath, "EXPECTED.tsv says why each file is invalid");
        if (!IsReadableJson(file.FullPath))
        {
            // Not JSON, not UTF-8, empty: one finding that says where.
            report.Findings.Should().ContainSingle().Which.Code.Should().Be("P3-JSON-00");
            report.Findings[0].Message.Should().MatchRegex(@"empty|line \d+, byte \d+", "an unreadable document is located");
        }

        if (report.Version == "2")
        {
            // A Presentation 2 document gets one finding that says what to do, not hundreds of schema errors.
            report.Findings.Should().ContainSingle(report.ToString()).Which.Message.Should().Contain("iiif upgrade");
        }
    }

    [Test]
    public void Presentation2Document_GetsOneErrorThatSaysToUpgrade()
    {
        ValidationReport report = Validators.Full.Validate(File.ReadAllBytes(CorpusFiles.Path("v2/cookbook/0057-publishing-v2-and-v3__manifest-v2.json")));

        report.Version.Should().Be("2");
        ValidationFinding finding = report.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be("P3-CTX-03");
        finding.Message.Should().Contain("iiif upgrade");
    }

    private static bool IsReadableJson(string path)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)));
            return true;
        }
        catch (System.Exception ex) when (ex is System.Text.Json.JsonException or System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    private static Dictionary<string, string> LoadKinds()
    {
        var kinds = new Dictionary<string, string>();
        if (CorpusFiles.Root is null)
        {
            return kinds;
        }

        foreach (string line in File.ReadAllLines(CorpusFiles.Path("invalid/EXPECTED.tsv")).Skip(1))
        {
            string[] columns = line.Split('\t');
            kinds[columns[0]] = columns[1];
        }

        return kinds;
    }
}
