using System;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

public sealed partial class ReadmeTests
{
    [Test]
    public void ComparingSample_Runs()
    {
        string output = RunInFolder(
            () =>
            {
                var manifest = IiifJson.Deserialize<Manifest>(File.ReadAllBytes("expected.json"));
                manifest.Label!["en"][0] = "Hours";

                #region readme-comparing
                IiifDiffResult diff = IiifDiff.Compare(
                    File.ReadAllText("expected.json"),
                    IiifJson.Serialize(manifest),
                    new IiifDiffOptions { Ignore = { "/items/*/id", "**/created" }, UnorderedArrays = { "/behavior" } });

                if (!diff.IsSame)
                {
                    Console.WriteLine(diff); // 1 difference:
                                             //   Changed /label/en/0: "Book of Hours" -> "Hours"
                }
                #endregion
            },
            (RepositoryFiles.Path("fixtures/serialization/kitchen-sink-manifest.json"), "expected.json"));

        output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be("1 difference:\n  Changed /label/en/0: \"Book of Hours\" -> \"Hours\"\n");
    }
}
