using System.Collections.Generic;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>
/// Every Presentation 3 document of the corpus, and the synthetic one, reads and writes back to the
/// same JSON (object key order aside, numbers by value, a lone value and a one-element array told
/// apart, empty arrays kept), whichever way it is read; and writing is a fixed point: writing the
/// result again gives the same bytes.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class RoundTripTests
{
    private static IEnumerable<TestCaseData> Documents() =>
        CorpusFiles.Cases("v3", "synthetic");

    [TestCaseSource(nameof(Documents))]
    public void ReadThenWrite_CorpusDocument_KeepsEveryValue(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);

        foreach (ReaderMode mode in new[] { ReaderMode.FromString, ReaderMode.FromUtf8Bytes, ReaderMode.FromTrickleStream, ReaderMode.FromStreamAsync })
        {
            string written = IiifJson.Serialize(Reader.Parse(original, mode));

            JsonAssert.EquivalentIgnoringKeyOrder(original, written, $"{file.RelativePath} ({mode})");
            IiifJson.Serialize(IiifJson.Parse(written)).Should().Be(written, $"{file.RelativePath} ({mode}): writing is a fixed point");
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void WriteCompact_CorpusDocument_KeepsEveryValueWithoutWhitespace(CorpusFile file)
    {
        string original = File.ReadAllText(file.FullPath);
        var compact = new IiifWriteOptions { Indented = false };

        string written = IiifJson.Serialize(IiifJson.Parse(original), compact);

        JsonAssert.EquivalentIgnoringKeyOrder(original, written, file.RelativePath);
        written.Should().NotContain("\n", "compact output is one line");
        IiifJson.Serialize(IiifJson.Parse(written), compact).Should().Be(written);
    }
}
