using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Cookbook;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Tests.Validation;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Building;

/// <summary>
/// The cookbook rebuilt with the builder (<c>samples/Iiif.Presentation.Cookbook</c>): each recipe's document
/// equals the corpus copy (key order aside; a single value and a one-element array differ), passes the
/// validator, and comes out the same twice.
/// </summary>
[TestFixture]
public sealed class CookbookSampleTests
{
    private static IEnumerable<string> Names() => Recipe.All.Select(r => r.Name);

    [TestCaseSource(nameof(Names))]
    public void Recipe_BuildsTheCookbookDocument(string name)
    {
        Recipe recipe = Recipe.All.Single(r => r.Name == name);
        string expected = File.ReadAllText(CorpusFiles.Path($"v3/cookbook/{name}.json"));

        string built = IiifJson.Serialize(recipe.Build());

        JsonAssert.EquivalentIgnoringKeyOrder(expected, built);
        IiifJson.Serialize(recipe.Build()).Should().Be(built, "the same builder calls give the same bytes");
    }

    /// <summary>Valid, but where the cookbook document itself is not (0015 paints a video on a Canvas
    /// without a size; see CookbookValidationTests).</summary>
    [TestCaseSource(nameof(Names))]
    public void Recipe_IsValidWhereTheCookbookIs(string name)
    {
        string expected = File.ReadAllText(CorpusFiles.Path($"v3/cookbook/{name}.json"));
        string built = IiifJson.Serialize(Recipe.All.Single(r => r.Name == name).Build());
        var original = Validators.Full.Validate(expected).Findings
            .Where(f => f.Severity == ValidationSeverity.Error)
            .Select(f => f.ToString())
            .ToHashSet();

        ValidationReport report = Validators.Full.Validate(built);

        report.Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString()).Where(f => !original.Contains(f))
            .Should().BeEmpty();
    }

    [Test]
    public void Cli_ListsBuildsOneAndWritesAll()
    {
        string[] corpusNames = CookbookCorpusNames().ToArray();

        using var list = new StringWriter();
        CookbookCli.Run(["list"], list, TextWriter.Null).Should().Be(0);
        list.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(Recipe.All.Select(r => r.Name));

        using var one = new StringWriter();
        CookbookCli.Run(["build", "0001-mvm-image"], one, TextWriter.Null).Should().Be(0);
        JsonAssert.EquivalentIgnoringKeyOrder(File.ReadAllText(CorpusFiles.Path("v3/cookbook/0001-mvm-image.json")), one.ToString());

        string directory = Directory.CreateTempSubdirectory("iiif-cookbook-").FullName;
        try
        {
            CookbookCli.Run(["build", "--all", "-o", directory], TextWriter.Null, TextWriter.Null).Should().Be(0);
            string[] written = Directory.GetFiles(directory, "*.json");
            written.Select(Path.GetFileNameWithoutExtension).Should().BeEquivalentTo(corpusNames);
            foreach (string file in written)
            {
                JsonAssert.EquivalentIgnoringKeyOrder(
                    File.ReadAllText(CorpusFiles.Path($"v3/cookbook/{Path.GetFileName(file)}")), File.ReadAllText(file), Path.GetFileName(file));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        CookbookCli.Run(["build", "no-such-recipe"], TextWriter.Null, TextWriter.Null).Should().Be(2);
    }

    [Test]
    public void Recipes_AreTheCookbookDocuments_EachOnce()
    {
        Recipe.All.Select(r => r.Name).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(CookbookCorpusNames(), "every cookbook document of the corpus is rebuilt, and nothing else");
    }

    /// <summary>The corpus's cookbook documents, by name: all 109.</summary>
    private static IEnumerable<string> CookbookCorpusNames()
    {
        string[] names = Directory.GetFiles(CorpusFiles.Path("v3/cookbook"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).ToArray();
        names.Should().HaveCount(109, "the cookbook has 109 documents (72 recipes)");
        return names;
    }
}
