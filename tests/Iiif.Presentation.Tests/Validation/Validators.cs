using System;
using Iiif.Presentation.Tests.Support;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Validation;

/// <summary>One validator for the whole test run, built from the corpus's copy of the official schema.</summary>
public static class Validators
{
    private static readonly Lazy<IiifValidator> s_full = new(() => new IiifValidator(IiifSchema.Load(CorpusFiles.Path("schema/iiif_3_0.json"))));

    public static IiifValidator Full => s_full.Value;

    public static ValidationOptions SchemaOnly { get; } = new() { Layers = ValidationLayers.Schema };

    public static ValidationOptions SemanticOnly { get; } = new() { Layers = ValidationLayers.Semantic };
}
