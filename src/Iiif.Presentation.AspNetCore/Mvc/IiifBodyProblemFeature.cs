namespace Iiif.Presentation.AspNetCore.Mvc;

/// <summary>The problem with a request body that a controller parameter could not be bound from.</summary>
internal sealed class IiifBodyProblemFeature(IiifProblemResult problem)
{
    public IiifProblemResult Problem { get; } = problem;
}
