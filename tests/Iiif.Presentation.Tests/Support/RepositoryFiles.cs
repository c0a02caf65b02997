using System;
using System.IO;

namespace Iiif.Presentation.Tests.Support;

/// <summary>Finds files of this repository (such as <c>fixtures/</c>) from the test assembly.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Iiif.Presentation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (the folder of Iiif.Presentation.sln) was not found above the tests.");
    });

    public static string Root => s_root.Value;

    public static string Path(string relativePath) =>
        System.IO.Path.Combine(Root, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
}
