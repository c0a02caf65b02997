using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>
/// With the schema layer alone, our verdict is the official validator's for every Presentation 3
/// document of the corpus (oracle-schema-verdicts.tsv: Python jsonschema, draft-07, no format checks).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class OracleVerdictTests
{
    private static IEnumerable<TestCaseData> Verdicts()
    {
        if (CorpusFiles.Root is null)
        {
            yield return new TestCaseData("(corpus not found)", true).Ignore(CorpusFiles.MissingReason);
            yield break;
        }

        string[] lines = File.ReadAllLines(CorpusFiles.Path("oracle-schema-verdicts.tsv"));
        lines[0].Should().StartWith("path\tvalid");
        foreach (string line in lines.Skip(1))
        {
            string[] columns = line.Split('\t');
            yield return new TestCaseData(columns[0], columns[1] == "true");
        }
    }

    [TestCaseSource(nameof(Verdicts))]
    public void SchemaOnly_CorpusDocument_HasTheOfficialVerdict(string path, bool officiallyValid)
    {
        ValidationReport report = Validators.Full.Validate(File.ReadAllBytes(CorpusFiles.Path(path)), Validators.SchemaOnly);

        report.IsValid.Should().Be(officiallyValid, $"{path}: {report}");
        if (!officiallyValid)
        {
            report.Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Code == "P3-SCHEMA-00" || f.Code == "P3-JSON-00");
        }
    }

    /// <summary>The oracle has one row for every file the corpus index says is Presentation 3, and no
    /// other: both are counted from their files, so a corpus that grows keeps the test honest.</summary>
    [Test]
    public void Oracle_CoversEveryPresentation3Document()
    {
        string[] oracle = Rows("oracle-schema-verdicts.tsv", "path\tvalid").Select(columns => columns[0]).ToArray();
        string[] indexed = Rows("index.tsv", "path\tversion").Where(columns => columns[1] == "3").Select(columns => columns[0]).ToArray();

        indexed.Should().NotBeEmpty();
        oracle.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(indexed);
    }

    private static IEnumerable<string[]> Rows(string file, string header)
    {
        string[] lines = File.ReadAllLines(CorpusFiles.Path(file));
        lines[0].Should().StartWith(header, file);
        return lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t'));
    }
}
