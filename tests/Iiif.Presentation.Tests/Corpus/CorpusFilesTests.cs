using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Corpus;

/// <summary>The corpus is found, or its absence is loud when it is required.</summary>
[TestFixture]
public sealed class CorpusFilesTests
{
    private string _root = null!;

    [SetUp]
    public void CreateLayout()
    {
        _root = Directory.CreateTempSubdirectory("iiif-layout-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "main"));
    }

    [TearDown]
    public void DeleteLayout() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Locate_RequiredButMissing_Throws()
    {
        FluentActions.Invoking(() => CorpusFiles.Locate("../shared/corpus", Path.Combine(_root, "main")))
            .Should().Throw<DirectoryNotFoundException>().WithMessage("*IIIF_CORPUS*no such folder*");
    }

    [Test]
    public void Locate_RequiredAndRelative_IsTakenFromTheRepositoryRoot()
    {
        string corpus = Directory.CreateDirectory(Path.Combine(_root, "shared", "corpus")).FullName;

        CorpusFiles.Locate("../shared/corpus", Path.Combine(_root, "main")).Should().Be(corpus);
    }

    [Test]
    public void Locate_NotConfigured_FindsItBesideTheRepositoryOrReturnsNull()
    {
        CorpusFiles.Locate(null, Path.Combine(_root, "main")).Should().BeNull();

        string corpus = Directory.CreateDirectory(Path.Combine(_root, "shared", "corpus")).FullName;

        CorpusFiles.Locate(null, Path.Combine(_root, "main")).Should().Be(corpus);
    }

    [Test]
    public void Root_InThisRun_IsFound()
    {
        // CI sets IIIF_CORPUS, so the corpus tests can never pass by finding nothing.
        if (System.Environment.GetEnvironmentVariable(CorpusFiles.EnvironmentVariable) is not null)
        {
            CorpusFiles.Root.Should().NotBeNull();
        }
        else if (CorpusFiles.Root is null)
        {
            Assert.Ignore(CorpusFiles.MissingReason);
        }

        CorpusFiles.Files("v3").Should().HaveCountGreaterThan(200);
    }
}
