using Microsoft.AspNetCore.Mvc.Filters;

namespace Iiif.Presentation.AspNetCore.Mvc;

/// <summary>Answers a request whose IIIF body was refused with the problem report, before the action runs.</summary>
/// <remarks>Ordered before <c>[ApiController]</c>'s model state filter (order -2000), whose generic 400 would
/// otherwise answer first.</remarks>
internal sealed class IiifBodyProblemFilter : IActionFilter, IOrderedFilter
{
    public int Order => -3000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.Features.Get<IiifBodyProblemFeature>() is { } feature)
        {
            context.Result = feature.Problem;
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
