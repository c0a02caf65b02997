using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Iiif.Presentation.AspNetCore.Mvc;

/// <summary>Gives the IIIF binder to body parameters of the IIIF types, and to <see cref="IiifBody{T}"/> ones.</summary>
/// <remarks>The types are listed rather than found by reflection, so that nothing here needs run-time code generation.</remarks>
internal sealed class IiifBodyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        Type type = context.Metadata.ModelType;
        if (type == typeof(IiifBody<Manifest>))
        {
            return new IiifBodyModelBinder<Manifest>(wrap: true);
        }

        if (type == typeof(IiifBody<Collection>))
        {
            return new IiifBodyModelBinder<Collection>(wrap: true);
        }

        if (type == typeof(IiifBody<IiifResource>))
        {
            return new IiifBodyModelBinder<IiifResource>(wrap: true);
        }

        if (context.BindingInfo.BindingSource != BindingSource.Body)
        {
            return null;
        }

        return type == typeof(Manifest) ? new IiifBodyModelBinder<Manifest>(wrap: false)
            : type == typeof(Collection) ? new IiifBodyModelBinder<Collection>(wrap: false)
            : type == typeof(IiifResource) ? new IiifBodyModelBinder<IiifResource>(wrap: false)
            : null;
    }
}
