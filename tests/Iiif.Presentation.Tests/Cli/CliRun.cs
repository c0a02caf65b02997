using System.IO;
using Iiif.Presentation.Cli;

namespace Iiif.Presentation.Tests.Cli;

/// <summary>The result of running the <c>iiif</c> command in process.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = IiifCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
