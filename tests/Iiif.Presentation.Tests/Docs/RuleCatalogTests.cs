using System;
using System.IO;
using System.Linq;
using System.Text;
using Iiif.Presentation.Testing;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// Keeps <c>docs/rules.md</c> the rendering of <see cref="ValidationRules.All"/>, byte for byte: a mismatch
/// writes the git-ignored <c>docs/rules.received.md</c> and fails with the first differing line;
/// <c>IIIF_UPDATE_SNAPSHOTS=1</c> (<see cref="IiifSnapshot.UpdateVariable"/>, as for the JSON snapshots) rewrites
/// <c>docs/rules.md</c>. Markdown is no JSON snapshot, so <see cref="IiifSnapshot"/> does not check it.
/// </summary>
[TestFixture]
public sealed class RuleCatalogTests
{
    [Test]
    public void RulesDocument_IsTheRenderedCatalogue()
    {
        string rendered = RuleCatalog.Render(ValidationRules.All);

        string document = RepositoryFiles.Path("docs/rules.md");
        string received = RepositoryFiles.Path("docs/rules.received.md");
        string committed = File.ReadAllText(document, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (committed == rendered)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(IiifSnapshot.UpdateVariable) == "1")
        {
            File.WriteAllText(document, rendered, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(received, rendered, new UTF8Encoding(false));
        string[] expected = committed.Split('\n');
        string[] actual = rendered.Split('\n');
        int line = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
        Assert.Fail($"docs/rules.md is not the rendered catalogue; see {received}. First different line, {line + 1}:\n"
            + $"  committed: {(line < expected.Length ? expected[line] : "(end of file)")}\n  rendered:  {(line < actual.Length ? actual[line] : "(end of file)")}");
    }

    [Test]
    public void Render_EveryRule_HasOneRowWithItsCode()
    {
        string[] lines = RuleCatalog.Render(ValidationRules.All).Split('\n');

        foreach (ValidationRule rule in ValidationRules.All)
        {
            lines.Where(l => l.StartsWith($"| {rule.Code} |", StringComparison.Ordinal))
                .Should().ContainSingle($"{rule.Code} is listed once");
        }
    }

    [TestCase("P3-ID-03", "3.2 id, 5, 6.1", "[3.2 id](https://iiif.io/api/presentation/3.0/#id), [5](https://iiif.io/api/presentation/3.0/#5-resource-structure), [6.1](https://iiif.io/api/presentation/3.0/#61-uri-recommendations)")]
    [TestCase("P3-DESC-04", "3.1 metadata, requiredStatement", "[3.1 metadata](https://iiif.io/api/presentation/3.0/#metadata), [requiredStatement](https://iiif.io/api/presentation/3.0/#requiredstatement)")]
    [TestCase("P3-PROP-01", "App. A", "[App. A](https://iiif.io/api/presentation/3.0/#a-summary-of-property-requirements)")]
    [TestCase("P3-ID-09", "—", "—")]
    public void SectionLinks_SpecSection_LinksEachPart(string code, string section, string expected) =>
        RuleCatalog.SectionLinks(code, section).Should().Be(expected);

    [Test]
    public void SectionLinks_UnknownSection_ThrowsNamingTheCode()
    {
        Action act = () => RuleCatalog.SectionLinks("P3-NEW-01", "9.9");

        act.Should().Throw<InvalidOperationException>().WithMessage("P3-NEW-01*9.9*");
    }
}
