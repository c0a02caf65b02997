using System;
using System.Linq;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Building;

/// <summary>
/// The rights rule is one rule: whatever form of a Creative Commons or RightsStatements.org URI the builder
/// is given, what it writes passes the validator's rights rules and the official schema.
/// </summary>
[TestFixture]
public sealed class RightsTests
{
    private static readonly (string Given, string Written)[] s_forms =
    [
        ("http://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/"),
        ("https://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/"),
        ("https://creativecommons.org/licenses/by/4.0", "http://creativecommons.org/licenses/by/4.0/"),
        ("https://www.creativecommons.org/licenses/by-nc-sa/4.0/", "http://creativecommons.org/licenses/by-nc-sa/4.0/"),
        ("https://creativecommons.org/licenses/by/4.0/deed.en", "http://creativecommons.org/licenses/by/4.0/"),
        ("https://creativecommons.org/licenses/by/4.0/legalcode", "http://creativecommons.org/licenses/by/4.0/"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "http://creativecommons.org/publicdomain/zero/1.0/"),
        ("http://creativecommons.org/publicdomain/mark/1.0/", "http://creativecommons.org/publicdomain/mark/1.0/"),
        ("HTTPS://CreativeCommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/"),
        (" https://creativecommons.org/licenses/by/4.0/?ref=x#y ", "http://creativecommons.org/licenses/by/4.0/"),
        ("http://rightsstatements.org/vocab/InC/1.0/", "http://rightsstatements.org/vocab/InC/1.0/"),
        ("https://rightsstatements.org/vocab/InC/1.0/", "http://rightsstatements.org/vocab/InC/1.0/"),
        ("https://rightsstatements.org/page/NoC-US/1.0/", "http://rightsstatements.org/vocab/NoC-US/1.0/"),
        ("https://rightsstatements.org/page/InC-EDU/1.0/?language=en", "http://rightsstatements.org/vocab/InC-EDU/1.0/"),
    ];

    private static TestCaseData[] Forms() =>
        s_forms.Select(f => new TestCaseData(f.Given, f.Written).SetArgDisplayNames(f.Given.Trim())).ToArray();

    [TestCaseSource(nameof(Forms))]
    public void Rights_AnyFormOfALicenceUri_WritesTheMachineUriTheValidatorAccepts(string given, string written)
    {
        Manifest manifest = new ManifestBuilder("https://example.org/iiif/book1/manifest")
            .Label("en", "Book 1")
            .Rights(given)
            .Canvas(c => c.Size(1000, 1500).Paint(IiifContent.Image("https://example.org/images/p1.jpg", "image/jpeg", 1000, 1500)))
            .Build();

        manifest.Rights.Should().Be(written);
        ValidationReport report = Validators.Full.Validate(IiifJson.SerializeToUtf8Bytes(manifest));
        report.Findings.Should().NotContain(f => f.Code.StartsWith("P3-RIGHTS-", StringComparison.Ordinal) || f.Code.StartsWith("P3-SCHEMA-", StringComparison.Ordinal),
            $"{given} was written as {manifest.Rights}: {report}");
        report.IsValid.Should().BeTrue(report.ToString());
    }

    [TestCase("https://en.wikipedia.org/wiki/License")]
    [TestCase("All rights reserved")]
    [TestCase("https://creativecommons.org/")]
    [TestCase("https://creativecommons.org/about/")]
    [TestCase("https://rightsstatements.org/")]
    public void Rights_NotALicenceUri_IsRefusedNamingTheForms(string given)
    {
        var builder = new ManifestBuilder("https://example.org/m");

        Action call = () => builder.Rights(given);

        call.Should().Throw<ArgumentException>().WithMessage("*http://creativecommons.org/licenses/*http://rightsstatements.org/vocab/*");
    }

    [Test]
    public void Validator_HttpsLicence_SuggestsTheMachineUri()
    {
        ValidationReport report = Validators.Full.Validate("""
            {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://example.org/m", "type": "Manifest",
             "label": {"en": ["m"]}, "rights": "https://rightsstatements.org/page/InC/1.0/", "items": []}
            """, Validators.SemanticOnly);

        report.Findings.Should().ContainSingle(f => f.Code == "P3-RIGHTS-02")
            .Which.Message.Should().Contain("\"http://rightsstatements.org/vocab/InC/1.0/\"");
    }
}
