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

        string built = IiifJson.Serialize(recipe.Build());

        JsonAssert.EquivalentIgnoringKeyOrder(File.ReadAllText(CorpusFiles.Path($"v3/cookbook/{name}.json")), built);
        IiifJson.Serialize(recipe.Build()).Should().Be(built, "the same builder calls give the same bytes");
    }

    /// <summary>Valid, but where the cookbook document itself is not (0015 paints a video on a Canvas
    /// without a size; see CookbookValidationTests).</summary>
    [TestCaseSource(nameof(Names))]
    public void Recipe_IsValidWhereTheCookbookIs(string name)
    {
        string built = IiifJson.Serialize(Recipe.All.Single(r => r.Name == name).Build());
        var original = Validators.Full.Validate(File.ReadAllText(CorpusFiles.Path($"v3/cookbook/{name}.json"))).Findings
            .Where(f => f.Severity == ValidationSeverity.Error)
            .Select(f => f.ToString())
            .ToHashSet();

        ValidationReport report = Validators.Full.Validate(built);

        report.Findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => f.ToString()).Where(f => !original.Contains(f))
            .Should().BeEmpty();
    }

    [Test]
    public void Recipes_AreNamedAfterCorpusFiles()
    {
        Recipe.All.Should().NotBeEmpty();
        Recipe.All.Select(r => r.Name).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(n => File.Exists(CorpusFiles.Path($"v3/cookbook/{n}.json")));
    }
}
