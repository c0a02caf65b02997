using System;
using System.IO;
using System.Linq;
using Iiif.Presentation;
using Iiif.Presentation.Cookbook;

// list | build NAME | build --all -o DIR
if (args is ["list"])
{
    foreach (Recipe recipe in Recipe.All)
    {
        Console.WriteLine(recipe.Name);
    }

    return 0;
}

if (args is ["build", "--all", "-o", string directory])
{
    Directory.CreateDirectory(directory);
    foreach (Recipe recipe in Recipe.All)
    {
        File.WriteAllText(Path.Combine(directory, recipe.Name + ".json"), IiifJson.Serialize(recipe.Build()) + "\n");
    }

    Console.Error.WriteLine($"{Recipe.All.Count} documents written to {directory}");
    return 0;
}

if (args is ["build", string name])
{
    Recipe? recipe = Recipe.All.FirstOrDefault(r => r.Name == name);
    if (recipe is null)
    {
        Console.Error.WriteLine($"No recipe {name}; `list` shows them.");
        return 2;
    }

    Console.WriteLine(IiifJson.Serialize(recipe.Build()));
    return 0;
}

Console.Error.WriteLine("Usage: list | build NAME | build --all -o DIR");
return 2;
