using System.Reflection;
using Iiif.Presentation.AspNetCore.Internal;
using Iiif.Presentation.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace Iiif.Presentation.AspNetCore;

// ASP.NET Core finds BindAsync and PopulateMetadata as static members of the parameter's own type, and
// ReadAsync sits beside them; CA1000 would have them elsewhere.
#pragma warning disable CA1000

/// <summary>
/// A IIIF document read from the request body, checked and validated: a minimal API handler takes it as a
/// parameter (<c>app.MapPost("/manifests/{name}", (string name, IiifBody&lt;Manifest&gt; body) =&gt; …)</c>),
/// and a controller action as an <c>[FromBody]</c> parameter once <c>AddIiifPresentation</c> is called on
/// the MVC builder.
/// </summary>
/// <typeparam name="T">The type the endpoint takes: <see cref="Manifest"/>, <see cref="Collection"/>, or
/// <see cref="IiifResource"/> for any top-level resource.</typeparam>
/// <remarks>
/// <para>
/// The body must be JSON (<c>application/ld+json</c>, <c>application/json</c> or another <c>+json</c> type,
/// in UTF-8), at most <see cref="IiifPresentationOptions.MaxRequestBodySize"/> bytes, a Presentation 3
/// document of type <typeparamref name="T"/> (or 2.x with <see cref="IiifPresentationOptions.UpgradeFromV2"/>,
/// which is upgraded first), and valid for the configured validator. Otherwise the endpoint does not run: the
/// request is answered with an <see cref="IiifProblemResult"/> (RFC 9457), whose <c>type</c> is one of
/// <see cref="IiifProblemTypes"/>: 400 for an empty body or one that is not JSON (with the line and byte where
/// reading stopped), 415 for another content type, 413 past the size limit, 422 for JSON that is not a valid
/// IIIF document of the type, or is 2.x while upgrading is off. No exception reaches the host, whatever the body.
/// </para>
/// <para>For minimal APIs an endpoint filter, added by the parameter itself, answers with the problem; call
/// <see cref="ReadAsync(HttpContext)"/> to read a body in any other handler and check <see cref="Problem"/>
/// yourself. Instances are immutable.</para>
/// </remarks>
public sealed class IiifBody<T> : IEndpointParameterMetadataProvider
    where T : IiifResource
{
    private readonly T? _value;

    internal IiifBody(T value, ValidationReport? report, bool wasUpgraded, IReadOnlyList<UpgradeNote> upgradeNotes)
    {
        _value = value;
        Report = report;
        WasUpgraded = wasUpgraded;
        UpgradeNotes = upgradeNotes;
    }

    internal IiifBody(IiifProblemResult problem)
    {
        Problem = problem;
        UpgradeNotes = [];
    }

    /// <summary>Gets the document.</summary>
    /// <exception cref="InvalidOperationException">The body was refused: see <see cref="Problem"/>.</exception>
    public T Value => _value ?? throw new InvalidOperationException("The request body was refused: " + Problem!.Detail);

    /// <summary>Gets why the body was refused, or <see langword="null"/> when <see cref="Value"/> holds the document.</summary>
    public IiifProblemResult? Problem { get; }

    /// <summary>Gets the validator's report on the document (warnings and information included), or
    /// <see langword="null"/> when validation is off or the body was refused before it.</summary>
    public ValidationReport? Report { get; }

    /// <summary>Gets whether the body was a Presentation 2.x document, upgraded to 3.0.</summary>
    public bool WasUpgraded { get; }

    /// <summary>Gets the notes of the upgrade of a 2.x body: the choices it made where information could not
    /// carry over exactly; empty for a 3.0 body.</summary>
    public IReadOnlyList<UpgradeNote> UpgradeNotes { get; }

    /// <summary>Reads, checks and validates the body of a request; never throws.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The document, or the problem with the body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public static Task<IiifBody<T>> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RequestBodyReader<T>.ReadAsync(context);
    }

    /// <summary>Binds the parameter of a minimal API handler: ASP.NET Core calls this, not user code.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="parameter">The handler's parameter.</param>
    /// <returns>The document or the problem; never <see langword="null"/>.</returns>
    public static async ValueTask<IiifBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        await ReadAsync(context).ConfigureAwait(false);

    /// <summary>Adds to the endpoint the filter
    /// that answers with the problem when the body is refused: ASP.NET Core calls this, not user code.</summary>
    /// <param name="parameter">The handler's parameter.</param>
    /// <param name="builder">The endpoint's builder.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(builder);
        // No AcceptsMetadata: routing would answer another content type with a bare 415 before the
        // body is read, and the client would not learn why.
        int position = parameter.Position;
        builder.FilterFactories.Add((_, next) => invocation =>
            invocation.Arguments.Count > position && invocation.Arguments[position] is IiifBody<T> { Problem: { } problem }
                ? ValueTask.FromResult<object?>(problem)
                : next(invocation));
    }
}
