using System.IO;

namespace Iiif.Presentation.Tests.Support;

[TestFixture]
public sealed class SnapshotTests
{
    [Test]
    public void LocateSource_PathMappedByCiBuild_ResolvesUnderRepositoryRoot()
    {
        string located = Snapshot.LocateSource("/_/tests/Iiif.Presentation.Tests/Support/SnapshotTests.cs");

        located.Should().Be(RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Support/SnapshotTests.cs"));
        File.Exists(located).Should().BeTrue();
    }

    [Test]
    public void LocateSource_UnknownFile_ThrowsNamingIt()
    {
        var act = () => Snapshot.LocateSource("/_/tests/NoSuchFolder/NoSuchTest.cs");

        act.Should().Throw<FileNotFoundException>().WithMessage("*NoSuchTest.cs*");
    }
}
