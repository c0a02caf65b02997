using Iiif.Presentation.AspNetCore.Internal;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Iiif.Presentation.AspNetCore.Mvc;

/// <summary>Binds a controller parameter from the request body as <see cref="IiifBody{T}"/> reads it; a refused
/// body leaves its problem for <see cref="IiifBodyProblemFilter"/>.</summary>
internal sealed class IiifBodyModelBinder<T>(bool wrap) : IModelBinder
    where T : IiifResource
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        IiifBody<T> body = await RequestBodyReader<T>.ReadAsync(bindingContext.HttpContext).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            bindingContext.HttpContext.Features.Set(new IiifBodyProblemFeature(problem));
            bindingContext.ModelState.AddModelError(bindingContext.ModelName, problem.Detail);
            bindingContext.Result = ModelBindingResult.Failed();
            return;
        }

        bindingContext.Result = ModelBindingResult.Success(wrap ? body : body.Value);
    }
}
