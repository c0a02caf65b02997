using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

/// <summary><see cref="IiifValidator.ValidateContentState"/>: P3-EXT-06 and P3-EXT-07 on each form of a content state.</summary>
[TestFixture]
public sealed class ContentStateValidationTests
{
    private const string Canvas = """{"id":"https://example.org/canvas/1#xywh=0,0,10,10","type":"Canvas"}""";

    private static IEnumerable<TestCaseData> CorpusContentStates() =>
        CorpusFiles.Cases("v3/cookbook", "v3/clover-iiif/manifest/content-state", "v3/presentation-validator")
            .Where(c => c.Arguments[0] is not CorpusFile { FullPath.Length: > 0 } file
                || File.ReadAllText(file.FullPath).Contains("\"contentState\"", StringComparison.Ordinal));

    [TestCaseSource(nameof(CorpusContentStates))]
    public void ValidateContentState_CorpusContentStateEncoded_HasNoContentStateFinding(CorpusFile file)
    {
        string json = File.ReadAllText(file.FullPath);

        ValidationReport encoded = Validators.Full.ValidateContentState(ContentState.Encode(json), Validators.SemanticOnly);
        ValidationReport plain = Validators.Full.ValidateContentState(json, Validators.SemanticOnly);

        encoded.Findings.Should().NotContain(f => f.Code.StartsWith("P3-EXT-0", StringComparison.Ordinal), encoded.ToString());
        encoded.Findings.Select(f => f.Code).Should().Equal(plain.Findings.Select(f => f.Code), "the encoded form is checked as the plain one");
        encoded.Type.Should().Be("Annotation");
    }

    [Test]
    public void ValidateContentState_Padded_SaysThePaddingIsRemoved()
    {
        string encoded = ContentState.Encode("https://example.org/m");

        ValidationReport report = Validators.Full.ValidateContentState(encoded + new string('=', 4 - (encoded.Length % 4)));

        report.Findings.Should().ContainSingle().Which.Should().Match<ValidationFinding>(f =>
            f.Code == "P3-EXT-07" && f.Severity == ValidationSeverity.Error && f.Message.Contains("padding", StringComparison.Ordinal));
    }

    [Test]
    public void ValidateContentState_Base64OfTheJsonAlone_SaysItWasNotUriComponentEncoded()
    {
        string json = """{"type":"Annotation","motivation":["contentState"],"target":"https://example.org/manifest"}""";
        string base64Url = Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        ValidationReport report = Validators.Full.ValidateContentState(base64Url, Validators.SemanticOnly);

        report.Findings.Should().Contain(f => f.Code == "P3-EXT-07" && f.Message.Contains("encodeURIComponent", StringComparison.Ordinal));
    }

    [TestCase("abc$def", "'$' at index 3")]
    [TestCase("JTdCJTdE+", "standard base64")]
    public void ValidateContentState_NotBase64Url_IsOneFindingThatSaysWhy(string value, string why)
    {
        ValidationReport report = Validators.Full.ValidateContentState(value);

        report.Findings.Should().ContainSingle().Which.Should().Match<ValidationFinding>(f => f.Code == "P3-EXT-07" && f.Message.Contains(why, StringComparison.Ordinal));
        report.IsValid.Should().BeFalse();
    }

    [Test]
    public void ValidateContentState_CanvasAloneWithoutPartOf_IsP3Ext06AndNoDocumentRule()
    {
        ValidationReport report = Validators.Full.ValidateContentState(ContentState.Encode(Canvas));

        report.Findings.Should().ContainSingle().Which.Code.Should().Be("P3-EXT-06");
        report.Type.Should().Be("Canvas");
    }

    [TestCase("https://example.org/manifest")]
    [TestCase("\"https://example.org/manifest\"")]
    public void ValidateContentState_Uri_HasNoFinding(string uri)
    {
        Validators.Full.ValidateContentState(uri).Findings.Should().BeEmpty();
        Validators.Full.ValidateContentState(ContentState.Encode(uri)).Findings.Should().BeEmpty();
    }

    [Test]
    public void ValidateContentState_BrokenJson_IsTheDocumentsReadingError()
    {
        ValidationReport report = Validators.Full.ValidateContentState(ContentState.Encode("{\"type\": "));

        report.Findings.Should().ContainSingle().Which.Code.Should().Be("P3-JSON-00");
    }
}
