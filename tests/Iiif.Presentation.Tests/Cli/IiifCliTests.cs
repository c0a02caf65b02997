namespace Iiif.Presentation.Tests.Cli;

[TestFixture]
public sealed class IiifCliTests
{
    [Test]
    public void Help_ListsTheCommands()
    {
        CliRun run = CliRun.Of("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("format").And.Contain("info").And.Contain("--version");
    }

    [Test]
    public void Version_PrintsTheInformationalVersion()
    {
        CliRun run = CliRun.Of("--version");

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [TestCase]
    [TestCase("frobnicate")]
    [TestCase("format")]
    [TestCase("info", "a.json", "--no-such-option")]
    public void Usage_Wrong_ExitsWith2AndSaysWhy(params string[] args)
    {
        CliRun run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("iiif --help");
    }
}
