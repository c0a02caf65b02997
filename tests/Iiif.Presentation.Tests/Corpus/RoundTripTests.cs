using System.Collections.Generic;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>
/// Every Presentation 3 document of the corpus, and the synthetic one, reads and writes back to the
/// same JSON (key order aside, numbers by value), and writing is a fixed point: the second write gives
/// the same bytes as the first.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class RoundTripTests
{
    private static IEnumerable<TestCaseData> Documents() =>
        CorpusFiles.Cases(nameof(ReadThenWrite_CorpusDocument_KeepsEveryValue), "v3", "synthetic");

    [TestCaseSource(nameof(Documents))]
    public void ReadThenWrite_CorpusDocument_KeepsEveryValue(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);

        IiifResource resource = IiifJson.Parse(original);
        string written = IiifJson.Serialize(resource);

        JsonAssert.EquivalentIgnoringKeyOrder(original, written, file.RelativePath);
        IiifJson.Serialize(IiifJson.Parse(written)).Should().Be(written, $"{file.RelativePath}: writing is a fixed point");
    }
}
