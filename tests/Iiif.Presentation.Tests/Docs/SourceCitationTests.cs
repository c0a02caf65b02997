using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// Keeps the shipped code's XML docs and comments pointing where a package user can follow: the
/// specification and the repository's <c>docs/</c>. The workspace documents next to the repository
/// (<c>../shared</c> with its SPEC.md, UPGRADE.md, DESIGN.md and STYLE.md) are not in a package.
/// </summary>
[TestFixture]
public sealed class SourceCitationTests
{
    /// <summary>Names that point outside the repository: the workspace folder and its documents.</summary>
    internal static readonly string[] WorkspaceNames = ["../shared", "SPEC.md", "UPGRADE.md", "DESIGN.md", "STYLE.md"];

    [Test]
    public void SourceFiles_CiteNoWorkspaceDocument()
    {
        List<string> files = SourceFiles().ToList();
        files.Should().NotBeEmpty("the scan must look at something");

        var found = new List<string>();
        foreach (string file in files)
        {
            string[] lines = File.ReadAllLines(RepositoryFiles.Path(file));
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (string name in WorkspaceNames.Where(n => lines[i].Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{file}:{i + 1}: {name} in \"{lines[i].Trim()}\"");
                }
            }
        }

        if (found.Count > 0)
        {
            Assert.Fail(
                "XML docs and comments in src/ cite the spec (https://iiif.io/api/presentation/3.0/#…) or the repository's docs/, " +
                $"never the workspace documents; {found.Count} citation(s) do:\n" + string.Join("\n", found));
        }
    }

    /// <summary>Every C# file under <c>src/</c>, build output left out, as repository-relative paths with <c>/</c>.</summary>
    private static IEnumerable<string> SourceFiles()
    {
        string root = RepositoryFiles.Root;
        return Directory.EnumerateFiles(RepositoryFiles.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(f => f, StringComparer.Ordinal);
    }
}
