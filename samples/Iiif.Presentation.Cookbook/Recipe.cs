using System;
using System.Collections.Generic;
using System.Linq;

namespace Iiif.Presentation.Cookbook;

/// <summary>One document of the IIIF Cookbook, rebuilt with the builder.</summary>
public abstract class Recipe
{
    /// <summary>The recipe folder's URL, the base of its ids.</summary>
    protected const string Cookbook = "https://iiif.io/api/cookbook/recipe/";

    /// <summary>Gets the corpus file name without <c>.json</c>, such as <c>0001-mvm-image</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Builds the document.</summary>
    public abstract IiifResource Build();

    /// <summary>Gets every recipe of this assembly, by name.</summary>
    public static IReadOnlyList<Recipe> All { get; } = typeof(Recipe).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Recipe)) && !t.IsAbstract)
        .Select(t => (Recipe)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>A language map with one value, for labels given inline.</summary>
    protected static LanguageMap En(params string[] values) => new("en", values);
}
