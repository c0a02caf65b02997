using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// Keeps what a package user reads (README.md, which every package carries, and <c>docs/</c>) followable
/// from the repository alone: no pointer to the workspace beside it, every relative link leading to a
/// file of the repository (and to a heading there, when it names one).
/// </summary>
[TestFixture]
public sealed class DocumentationTests
{
    private static readonly Regex s_link = new(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant);
    private static readonly Regex s_referenceLink = new(@"^\s*\[[^\]]+\]:\s*(?<target>\S+)", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex s_fence = new(@"^```.*?^```[^\n]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Singleline);
    private static readonly Regex s_codeSpan = new(@"`[^`\n]*`", RegexOptions.CultureInvariant);
    private static readonly Regex s_scheme = new(@"^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);
    private static readonly Regex s_heading = new(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>README.md and every Markdown file under <c>docs/</c>, as repository-relative paths.</summary>
    private static IEnumerable<string> UserDocuments()
    {
        yield return "README.md";
        foreach (string file in Directory.EnumerateFiles(RepositoryFiles.Path("docs"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".received.md", StringComparison.Ordinal)) // a failed RuleCatalogTests run's output
            .OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    [Test]
    public void UserDocuments_NameNoWorkspaceDocument()
    {
        var found = new List<string>();
        foreach (string document in UserDocuments())
        {
            string[] lines = File.ReadAllLines(RepositoryFiles.Path(document));
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (string name in SourceCitationTests.WorkspaceNames.Where(n => lines[i].Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{document}:{i + 1}: {name} in \"{lines[i].Trim()}\"");
                }
            }
        }

        if (found.Count > 0)
        {
            Assert.Fail("README.md and docs/ point only at the spec and at the repository itself (a package user has no ../shared); "
                + $"{found.Count} line(s) do not:\n" + string.Join("\n", found));
        }
    }

    [Test]
    public void UserDocuments_RelativeLinks_LeadToRepositoryFiles()
    {
        var broken = new List<string>();
        int checkedLinks = 0;
        foreach (string document in UserDocuments().Where(d => d.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (string target in LinkTargets(File.ReadAllText(RepositoryFiles.Path(document))))
            {
                if (s_scheme.IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal))
                {
                    continue; // the spec and other sites
                }

                checkedLinks++;
                if (Resolve(document, target) is { } problem)
                {
                    broken.Add($"{document}: ({target}) {problem}");
                }
            }
        }

        checkedLinks.Should().BePositive("the documents link to each other");
        if (broken.Count > 0)
        {
            Assert.Fail($"{broken.Count} relative link(s) lead nowhere in the repository:\n" + string.Join("\n", broken));
        }
    }

    /// <summary>The targets of inline and reference links outside code blocks and code spans.</summary>
    private static IEnumerable<string> LinkTargets(string markdown)
    {
        string prose = s_codeSpan.Replace(s_fence.Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty), string.Empty);
        return s_link.Matches(prose).Select(m => m.Groups["target"].Value)
            .Concat(s_referenceLink.Matches(prose).Select(m => m.Groups["target"].Value));
    }

    /// <summary>Follows a relative link from a document; returns what is wrong, or <see langword="null"/>.</summary>
    private static string? Resolve(string document, string target)
    {
        int hash = target.IndexOf('#', StringComparison.Ordinal);
        string path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        string? anchor = hash < 0 ? null : target[(hash + 1)..];

        string root = Path.GetFullPath(RepositoryFiles.Root);
        string file = path.Length == 0
            ? RepositoryFiles.Path(document)
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(RepositoryFiles.Path(document))!, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "leaves the repository";
        }

        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return "is no file or folder of the repository";
        }

        if (anchor is not null && file.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(file)).Contains(anchor))
        {
            return $"names no heading #{anchor} there";
        }

        return null;
    }

    /// <summary>The anchors GitHub gives a document's headings: lower case, punctuation other than
    /// <c>-</c> and <c>_</c> dropped, spaces as hyphens, <c>-1</c>, <c>-2</c>… on repeats.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        string prose = s_fence.Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty);
        foreach (Match heading in s_heading.Matches(prose))
        {
            var slug = new StringBuilder();
            foreach (char c in heading.Groups["text"].Value.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            string anchor = slug.ToString();
            for (int n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }
}
