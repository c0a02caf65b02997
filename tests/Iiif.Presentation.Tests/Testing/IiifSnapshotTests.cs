using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Iiif.Presentation.Testing;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Testing;

[TestFixture]
public sealed class IiifSnapshotTests
{
    private const string ManifestJson = """
        {
          "id": "https://example.org/iiif/m",
          "type": "Manifest",
          "label": {
            "en": [
              "Book of Hours"
            ]
          }
        }

        """;

    private string _folder = string.Empty;
    private Dictionary<string, string> _environment = [];

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("iiif-snapshot-").FullName;
        _environment = [];
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Verified => Path.Combine(_folder, "Book.verified.json");

    private string Received => Path.Combine(_folder, "Book.received.json");

    private IiifSnapshotOptions Local => new() { EnvironmentVariableReader = name => _environment.GetValueOrDefault(name) };

    private static Manifest Book(string label = "Book of Hours") =>
        new("https://example.org/iiif/m") { Label = new LanguageMap("en", label) };

    [Test]
    public void Match_SameCanonicalBytes_PassesAndDeletesAStaleReceivedFile()
    {
        File.WriteAllText(Verified, ManifestJson);
        File.WriteAllText(Received, "stale");

        IiifSnapshot.Match(Book(), Verified, Local);

        File.Exists(Received).Should().BeFalse("a run that matches removes the output of an earlier failure");
    }

    [Test]
    public void Match_MissingSnapshot_FailsAndWritesReceivedForReview()
    {
        var act = () => IiifSnapshot.Match(Book(), Verified, Local);

        IiifSnapshotMismatchException failure = act.Should().Throw<IiifSnapshotMismatchException>()
            .WithMessage($"There is no snapshot {Verified}.*{Received}*renaming it to Book.verified.json*").Which;
        failure.IsMissing.Should().BeTrue();
        failure.ReceivedPath.Should().Be(Received);
        File.ReadAllText(Received).Should().Be(ManifestJson);
        File.Exists(Verified).Should().BeFalse("a missing snapshot is never accepted silently");
    }

    [Test]
    public void Match_MissingSnapshotInAFolderNotMadeYet_WritesReceivedThere()
    {
        string verified = Path.Combine(_folder, "Snapshots", "Book.verified.json");

        var act = () => IiifSnapshot.Match(Book(), verified, Local);

        act.Should().Throw<IiifSnapshotMismatchException>().Which.IsMissing.Should().BeTrue();
        File.ReadAllText(Path.Combine(_folder, "Snapshots", "Book.received.json")).Should().Be(ManifestJson);
    }

    [TestCase("CI", "true")]
    [TestCase("TF_BUILD", "True")]
    [TestCase("GITHUB_ACTIONS", "true")]
    [TestCase("GITLAB_CI", "true")]
    [TestCase("JENKINS_URL", "https://jenkins.example.org/")]
    [TestCase("TEAMCITY_VERSION", "2024.12")]
    [TestCase("BUILDKITE", "true")]
    [TestCase("APPVEYOR", "True")]
    [TestCase("TRAVIS", "true")]
    public void Match_MissingSnapshotInContinuousIntegration_FailsAndWritesNothing(string variable, string value)
    {
        _environment[variable] = value;
        _environment[IiifSnapshot.UpdateVariable] = "1"; // CI never accepts a snapshot, even when asked to

        var act = () => IiifSnapshot.Match(Book(), Verified, Local);

        IiifSnapshotMismatchException failure = act.Should().Throw<IiifSnapshotMismatchException>()
            .WithMessage($"*Nothing was written*({variable} is set)*").Which;
        failure.IsMissing.Should().BeTrue();
        failure.ReceivedPath.Should().BeNull();
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [TestCase("false")]
    [TestCase("0")]
    [TestCase("")]
    public void Match_CiVariableTurnedOff_WritesReceivedLocally(string value)
    {
        _environment["CI"] = value;

        var act = () => IiifSnapshot.Match(Book(), Verified, Local);

        act.Should().Throw<IiifSnapshotMismatchException>();
        File.Exists(Received).Should().BeTrue();
    }

    [Test]
    public void Match_ContinuousIntegrationOption_WinsOverTheEnvironment()
    {
        _environment["CI"] = "true";
        IiifSnapshotOptions local = Local;
        local.ContinuousIntegration = false;
        IiifSnapshotOptions ci = new() { EnvironmentVariableReader = _ => null, ContinuousIntegration = true };

        ((Action)(() => IiifSnapshot.Match(Book(), Verified, ci))).Should().Throw<IiifSnapshotMismatchException>()
            .WithMessage("*Nothing was written, since this is a continuous integration build:*");
        File.Exists(Received).Should().BeFalse();

        ((Action)(() => IiifSnapshot.Match(Book(), Verified, local))).Should().Throw<IiifSnapshotMismatchException>();
        File.Exists(Received).Should().BeTrue();
    }

    [Test]
    public void Match_ChangedValue_FailsWithTheDiffAndWritesReceived()
    {
        File.WriteAllText(Verified, ManifestJson);

        var act = () => IiifSnapshot.Match(Book("Hours"), Verified, Local);

        IiifSnapshotMismatchException failure = act.Should().Throw<IiifSnapshotMismatchException>().Which;
        failure.Message.Should().Contain("1 difference:\n  Changed /label/en/0: \"Book of Hours\" -> \"Hours\"")
            .And.Contain("First different line, 6:");
        failure.Differences!.Differences.Should().ContainSingle(d => d.Pointer == "/label/en/0" && d.Kind == IiifDifferenceKind.Changed);
        failure.IsMissing.Should().BeFalse();
        File.ReadAllText(Received).Should().Be(ManifestJson.Replace("Book of Hours", "Hours", StringComparison.Ordinal));
        File.ReadAllText(Verified).Should().Be(ManifestJson, "a failure never changes the snapshot");
    }

    [Test]
    public void Match_KeyOrderOnly_FailsAndSaysTheJsonIsTheSame()
    {
        File.WriteAllText(Verified, ManifestJson.Replace(
            "  \"id\": \"https://example.org/iiif/m\",\n  \"type\": \"Manifest\",",
            "  \"type\": \"Manifest\",\n  \"id\": \"https://example.org/iiif/m\",",
            StringComparison.Ordinal));

        var act = () => IiifSnapshot.Match(Book(), Verified, Local);

        IiifSnapshotMismatchException failure = act.Should().Throw<IiifSnapshotMismatchException>()
            .WithMessage("*The JSON is the same: only key order or formatting differs*First different line, 2:*").Which;
        failure.Differences!.IsSame.Should().BeTrue();
        File.ReadAllText(Received).Should().Be(ManifestJson);
    }

    [Test]
    public void Match_FormattingOnly_Fails()
    {
        File.WriteAllText(Verified, IiifJson.Serialize(Book(), new IiifWriteOptions { Indented = false }) + "\n");

        var act = () => IiifSnapshot.Match(Book(), Verified, Local);

        act.Should().Throw<IiifSnapshotMismatchException>().WithMessage("*only key order or formatting differs*");
    }

    [Test]
    public void Match_WriteOptions_WriteTheResourceThatWay()
    {
        File.WriteAllText(Verified, IiifJson.Serialize(Book(), new IiifWriteOptions { Indented = false }) + "\n");
        IiifSnapshotOptions options = Local;
        options.WriteOptions = new IiifWriteOptions { Indented = false };

        IiifSnapshot.Match(Book(), Verified, options);

        File.Exists(Received).Should().BeFalse();
    }

    [Test]
    public void Match_TextWithCrLfLineEndsAndNoFinalLineEnd_IsNormalised()
    {
        File.WriteAllText(Verified, ManifestJson);

        IiifSnapshot.Match(ManifestJson.TrimEnd('\n').Replace("\n", "\r\n", StringComparison.Ordinal), Verified, Local);
    }

    [Test]
    public void Match_Utf8BytesWithByteOrderMark_ComparesTheJson()
    {
        File.WriteAllText(Verified, ManifestJson);
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ManifestJson)];

        IiifSnapshot.Match(bytes, Verified, Local);

        var act = () => IiifSnapshot.Match(Encoding.UTF8.GetBytes(ManifestJson.Replace("Manifest\"", "Collection\"", StringComparison.Ordinal)), Verified, Local);
        act.Should().Throw<IiifSnapshotMismatchException>().WithMessage("*Changed /type: \"Manifest\" -> \"Collection\"*");
    }

    [Test]
    public void Match_TextThatIsNotJson_ComparesLines()
    {
        File.WriteAllText(Verified, "{}\n// note one\n");

        var act = () => IiifSnapshot.Match("{}\n// note two", Verified, Local);

        IiifSnapshotMismatchException failure = act.Should().Throw<IiifSnapshotMismatchException>()
            .WithMessage("*not both JSON*First different line, 2:\n  verified: // note one\n  received: // note two").Which;
        failure.Differences.Should().BeNull();
    }

    [Test]
    public void Match_UpdateVariableLocally_AcceptsTheOutput()
    {
        _environment[IiifSnapshot.UpdateVariable] = "1";
        File.WriteAllText(Received, "stale");

        IiifSnapshot.Match(Book(), Verified, Local);

        File.ReadAllText(Verified).Should().Be(ManifestJson);
        File.Exists(Received).Should().BeFalse();
    }

    [TestCase("Book.json")]
    [TestCase("Book.received.json")]
    public void Match_PathNotAVerifiedFile_Throws(string name)
    {
        var act = () => IiifSnapshot.Match(Book(), Path.Combine(_folder, name), Local);

        act.Should().Throw<ArgumentException>().WithParameterName("snapshotPath").WithMessage("*.verified.json*");
    }

    [Test]
    public void PathFor_TestMethod_FollowsVerifyNaming()
    {
        string path = IiifSnapshot.PathFor("case-1");

        path.Should().Be(RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Testing/IiifSnapshotTests.PathFor_TestMethod_FollowsVerifyNaming_case-1.verified.json"));
        IiifSnapshot.PathFor().Should().EndWith($"{Path.DirectorySeparatorChar}IiifSnapshotTests.PathFor_TestMethod_FollowsVerifyNaming.verified.json");
    }

    [Test]
    public void PathFor_PathMappedByCiBuild_ResolvesAboveTheTestAssembly()
    {
        string path = IiifSnapshot.PathFor(null, "/_/tests/Iiif.Presentation.Tests/Testing/IiifSnapshotTests.cs", "Method");

        path.Should().Be(RepositoryFiles.Path("tests/Iiif.Presentation.Tests/Testing/IiifSnapshotTests.Method.verified.json"));
    }

    [Test]
    public void PathFor_UnknownSourceFile_ThrowsNamingIt()
    {
        var act = () => IiifSnapshot.PathFor(null, "/_/tests/NoSuchFolder/NoSuchTest.cs", "Method");

        act.Should().Throw<FileNotFoundException>().WithMessage("*NoSuchTest.cs*");
    }
}
