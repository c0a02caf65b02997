using System;
using System.IO;
using System.Linq;

namespace Iiif.Presentation.Cookbook;

/// <summary>The sample's command line: <c>list</c>, <c>build NAME</c>, <c>build --all -o DIR</c>.</summary>
public static class CookbookCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return Dispatch(args, output, error);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or IiifBuildException)
        {
            // The newspaper recipes' OCR input not found or not readable, or a recipe the builder refuses.
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Dispatch(string[] args, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case ["list"]:
                foreach (Recipe recipe in Recipe.All)
                {
                    output.WriteLine(recipe.Name);
                }

                return 0;
            case ["build", "--all", "-o", string directory]:
                Directory.CreateDirectory(directory);
                foreach (Recipe recipe in Recipe.All)
                {
                    File.WriteAllText(Path.Combine(directory, recipe.Name + ".json"), IiifJson.Serialize(recipe.Build()) + "\n");
                }

                error.WriteLine($"{Recipe.All.Count} documents written to {directory}");
                return 0;
            case ["build", string name]:
                Recipe? found = Recipe.All.FirstOrDefault(r => r.Name == name);
                if (found is null)
                {
                    error.WriteLine($"No recipe {name}; `list` shows them.");
                    return 2;
                }

                output.WriteLine(IiifJson.Serialize(found.Build()));
                return 0;
            default:
                error.WriteLine("Usage: list | build NAME | build --all -o DIR");
                return 2;
        }
    }
}
