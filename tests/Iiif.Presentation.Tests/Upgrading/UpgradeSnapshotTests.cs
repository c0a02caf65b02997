using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Iiif.Presentation.Testing;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Upgrading;

/// <summary>
/// The upgraded output and notes of the project's small 2.x documents, one per row of UPGRADE.md's property
/// table (<c>fixtures/upgrade/rows</c>), as reviewed snapshots. The same files are checked against the
/// netstandard2.0 and net8.0 builds, so every target upgrades to the same bytes.
/// </summary>
[TestFixture]
public sealed class UpgradeSnapshotTests
{
    private static IEnumerable<string> Rows() =>
        Directory.EnumerateFiles(RepositoryFiles.Path("fixtures/upgrade/rows"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Rows))]
    public void Upgrade_Row_MatchesSnapshot(string name)
    {
        UpgradeResult result = IiifUpgrader.Upgrade(File.ReadAllBytes(RepositoryFiles.Path($"fixtures/upgrade/rows/{name}.json")));

        var text = new StringBuilder(IiifJson.Serialize(result.Resource)).Append('\n');
        foreach (UpgradeNote note in result.Notes)
        {
            text.Append("// ").Append(note).Append(" -> ").Append(note.OutputPointer ?? "(no place)").Append('\n');
        }

        IiifSnapshot.Match(text.ToString(), IiifSnapshot.PathFor(name));
    }
}
