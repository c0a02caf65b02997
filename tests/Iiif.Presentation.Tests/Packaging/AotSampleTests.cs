using System;
using System.IO;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Packaging;

/// <summary>
/// The core package in a native AOT app: <c>samples/Iiif.Presentation.AotSample</c> is published with
/// <c>PublishAot=true</c>, trim and AOT warnings as errors, and the native program it makes reads, builds
/// and writes Manifests.
/// </summary>
[TestFixture]
[NonParallelizable] // runs the dotnet CLI on the repository
public sealed class AotSampleTests
{
    [Test]
    public void PublishAot_ReadsBuildsAndWritesWithNoWarnings()
    {
        string output = Path.Combine(Path.GetTempPath(), "iiif-aot-" + Guid.NewGuid().ToString("N"));
        try
        {
            DotnetProcess.Result publish = DotnetProcess.Run("dotnet",
                ["publish", RepositoryFiles.Path("samples/Iiif.Presentation.AotSample/Iiif.Presentation.AotSample.csproj"),
                 "-c", "Release", "-o", output],
                RepositoryFiles.Root, TimeSpan.FromMinutes(10));
            publish.ExitCode.Should().Be(0, publish.ToString());
            publish.Output.Should().NotMatchRegex(@"warning (IL|CS)\d+", "a trim or AOT warning means a reflection path in the core package");

            string app = Path.Combine(output, "Iiif.Presentation.AotSample");
            File.Exists(app).Should().BeTrue("the publish makes a native executable");
            File.Exists(Path.Combine(output, "Iiif.Presentation.dll")).Should().BeFalse("native AOT compiles the library into the executable");

            DotnetProcess.Result run = DotnetProcess.Run(app, [], output, TimeSpan.FromMinutes(1));
            run.ExitCode.Should().Be(0, run.ToString());
            run.Output.ReplaceLineEndings("\n").Should().Be(
                "read: A letter (2 languages), 1 canvas, extension {\"box\": 12}\n" +
                "built: 771 characters, 1 painting annotation\n" +
                "round trip: identical\n");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
