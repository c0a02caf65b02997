using System.Linq;

namespace Iiif.Presentation;

/// <summary>
/// What every builder can set on its resource: the descriptive and linking properties of 3.0 §3.1–3.3.
/// Each call adds to or sets one property and returns the builder, so calls read like the document.
/// </summary>
/// <typeparam name="TSelf">The builder itself, for chaining.</typeparam>
/// <typeparam name="TResource">The resource it builds.</typeparam>
public abstract class ResourceBuilder<TSelf, TResource>
    where TSelf : ResourceBuilder<TSelf, TResource>
    where TResource : IiifResource
{
    private protected ResourceBuilder(TResource resource, BuildContext context)
    {
        Resource = resource;
        Context = context;

        // A full resource writes what its class requires even when empty (an "items": []).
        resource.Shape.EnsureRequiredWritten(resource);
    }

    /// <summary>Gets the resource being built, for what the builder has no call for.</summary>
    public TResource Resource { get; }

    private protected BuildContext Context { get; }

    private TSelf Self => (TSelf)this;

    /// <summary>Adds values to the label in a language (<c>"none"</c> for none), or in the default language.</summary>
    /// <param name="language">The BCP 47 language tag, or <c>"none"</c>.</param>
    /// <param name="values">The label's values in that language.</param>
    /// <returns>This builder.</returns>
    public TSelf Label(string language, params string[] values)
    {
        Resource.Label = Add(Resource.Label, language, values, nameof(Label));
        return Self;
    }

    /// <summary>Sets the label in the builder's default language.</summary>
    /// <param name="value">The label.</param>
    /// <returns>This builder.</returns>
    public TSelf Label(string value) => Label(Context.DefaultLanguage, value);

    /// <summary>Adds values to the summary in a language.</summary>
    /// <param name="language">The BCP 47 language tag, or <c>"none"</c>.</param>
    /// <param name="values">The summary's values in that language; HTML must start and end with a tag.</param>
    /// <returns>This builder.</returns>
    public TSelf Summary(string language, params string[] values)
    {
        Resource.Summary = Add(Resource.Summary, language, values, nameof(Summary));
        return Self;
    }

    /// <summary>Adds a metadata entry.</summary>
    /// <param name="label">Its label.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This builder.</returns>
    public TSelf Metadata(LanguageMap label, LanguageMap value)
    {
        Guard.NotNull(label);
        Guard.NotNull(value);
        Resource.Metadata.Add(new MetadataEntry(label, value));
        return Self;
    }

    /// <summary>Adds a metadata entry whose label and value are in one language.</summary>
    /// <param name="language">The language of both, or <c>"none"</c>.</param>
    /// <param name="label">Its label.</param>
    /// <param name="values">Its values.</param>
    /// <returns>This builder.</returns>
    public TSelf Metadata(string language, string label, params string[] values) =>
        Metadata(new LanguageMap(language, label), new LanguageMap(language, values));

    /// <summary>Sets the required statement.</summary>
    /// <param name="label">Its label.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This builder.</returns>
    public TSelf RequiredStatement(LanguageMap label, LanguageMap value)
    {
        Guard.NotNull(label);
        Guard.NotNull(value);
        Resource.RequiredStatement = new MetadataEntry(label, value);
        return Self;
    }

    /// <summary>Sets the rights: a Creative Commons or RightsStatements.org licence, written as the
    /// <c>http</c> machine URI that the official schema requires.</summary>
    /// <remarks>
    /// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#rights"/>. The licence bodies' web pages
    /// show <c>https</c> URIs, which the schema rejects; the builder writes the form it accepts, so that
    /// <c>https://creativecommons.org/licenses/by/4.0/</c> is written
    /// <c>http://creativecommons.org/licenses/by/4.0/</c>, <c>https://rightsstatements.org/page/InC/1.0/</c>
    /// is written <c>http://rightsstatements.org/vocab/InC/1.0/</c>, and a Creative Commons deed or legal
    /// code page (<c>…/by/4.0/deed.en</c>) is written as the licence it describes. <c>www.</c>, a query and
    /// a fragment are dropped.</para>
    /// <para>Other rights URIs need an extension context that defines them; the builder does not write them.</para>
    /// </remarks>
    /// <param name="uri">The licence URI, in any of the forms above.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The URI is neither a Creative Commons licence or public domain
    /// mark nor a RightsStatements.org statement.</exception>
    public TSelf Rights(string uri)
    {
        Guard.NotNull(uri);
        Resource.Rights = RightsUris.Normalize(uri) ?? throw new ArgumentException(
            $"rights is a Creative Commons licence (http://creativecommons.org/licenses/…, …/publicdomain/…) or a RightsStatements.org statement (http://rightsstatements.org/vocab/…), not \"{uri}\".", nameof(uri));
        return Self;
    }

    /// <summary>Adds a provider.</summary>
    /// <param name="agent">The Agent; it needs an id and a label.</param>
    /// <returns>This builder.</returns>
    public TSelf Provider(Agent agent) => Append(Resource.Provider, agent, nameof(agent));

    /// <summary>Adds a thumbnail.</summary>
    /// <param name="thumbnail">The image (or other content) that stands for the resource.</param>
    /// <returns>This builder.</returns>
    public TSelf Thumbnail(ContentResource thumbnail) => Append(Resource.Thumbnail, thumbnail, nameof(thumbnail));

    /// <summary>Adds a homepage: a web page about the resource.</summary>
    /// <param name="page">The page; it needs a label.</param>
    /// <returns>This builder.</returns>
    public TSelf Homepage(ContentResource page) => Append(Resource.Homepage, page, nameof(page));

    /// <summary>Adds a rendering: an alternative form of the resource, such as a PDF.</summary>
    /// <param name="rendering">The rendering; it needs a label.</param>
    /// <returns>This builder.</returns>
    public TSelf Rendering(ContentResource rendering) => Append(Resource.Rendering, rendering, nameof(rendering));

    /// <summary>Adds a machine-readable description (<c>seeAlso</c>).</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public TSelf SeeAlso(ContentResource description) => Append(Resource.SeeAlso, description, nameof(description));

    /// <summary>Adds a service.</summary>
    /// <param name="service">The service.</param>
    /// <returns>This builder.</returns>
    public TSelf Service(Service service) => Append(Resource.Service, service, nameof(service));

    /// <summary>Adds what the resource is part of (<c>partOf</c>).</summary>
    /// <param name="parent">A reference to the containing resource.</param>
    /// <returns>This builder.</returns>
    public TSelf PartOf(IiifResource parent) => Append(Resource.PartOf, parent, nameof(parent));

    /// <summary>Adds behaviors.</summary>
    /// <param name="behaviors">The behaviors.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A behavior is not allowed on this resource, or excludes one it already has.</exception>
    public TSelf Behavior(params Behavior[] behaviors)
    {
        Guard.NotNull(behaviors);
        foreach (Behavior behavior in behaviors)
        {
            if (!BehaviorRules.IsAllowed(behavior.Value, Resource.Kind))
            {
                throw new ArgumentException($"A {Resource.Type} may not have the behavior \"{behavior.Value}\".", nameof(behaviors));
            }

            if (BehaviorRules.Conflict(behavior.Value, Resource.Behavior.Select(b => b.Value)) is { } other)
            {
                throw new ArgumentException($"The behaviors \"{behavior.Value}\" and \"{other}\" exclude each other.", nameof(behaviors));
            }

            if (!Resource.Behavior.Contains(behavior))
            {
                Resource.Behavior.Add(behavior);
            }
        }

        return Self;
    }

    /// <summary>Names the JSON-LD context of an extension the builders have no call of their own for (such as
    /// <see cref="IiifContexts.GeoJson"/>) in the document's <c>@context</c>: once, and before the Presentation 3
    /// context, as the contexts of the registered extensions are added.</summary>
    /// <param name="uri">The context's URI.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>.
    /// Contexts are kept in the order first named; the Presentation 3 context stays last.</remarks>
    public TSelf ExtensionContext(string uri)
    {
        Context.UseExtension(Guard.Checked(uri));
        return Self;
    }

    /// <summary>Changes the resource directly, for what the builder has no call for.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    public TSelf Configure(Action<TResource> configure)
    {
        Guard.NotNull(configure);
        configure(Resource);
        return Self;
    }

    private TSelf Append<T>(IList<T> list, T item, string name)
        where T : class
    {
        list.Add(Guard.Checked(item, name));
        return Self;
    }

    private static LanguageMap Add(LanguageMap? map, string language, string[] values, string property)
    {
        Guard.NotNull(language);
        Guard.NotNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException($"{property} needs at least one value.", nameof(values));
        }

        map ??= new LanguageMap();
        if (!map.TryGetValue(language, out IList<string>? list))
        {
            list = new List<string>();
            map[language] = list;
        }

        foreach (string value in values)
        {
            list.Add(value);
        }

        return map;
    }
}

/// <summary>What builders of one document share: the base URI, the id strategy, the default language.</summary>
internal sealed class BuildContext
{
    public BuildContext(string baseUri, IdStrategy ids, string defaultLanguage)
    {
        BaseUri = baseUri.TrimEnd('/');
        Ids = ids;
        DefaultLanguage = defaultLanguage;
    }

    public string BaseUri { get; }

    public IdStrategy Ids { get; }

    public string DefaultLanguage { get; }

    /// <summary>Gets or sets the <c>@context</c> of the document's top resource, to which an extension's
    /// context is added when the builders write its properties; <see langword="null"/> when the top resource
    /// is not built here.</summary>
    public IList<string>? Contexts { get; set; }

    /// <summary>Adds an extension's context to the document's <c>@context</c> once, before the Presentation 3
    /// context, as Presentation 3.0 section 4.6 and each extension require.</summary>
    /// <param name="context">The extension's context URI.</param>
    public void UseExtension(string context)
    {
        if (Contexts is null || Contexts.Contains(context))
        {
            return;
        }

        int presentation3 = Contexts.IndexOf(IiifContexts.Presentation3);
        Contexts.Insert(presentation3 < 0 ? Contexts.Count : presentation3, context);
    }

    public string Mint(IdKind kind, string parentId, int canvasIndex, int index) =>
        Ids.Mint(new IdRequest(kind, BaseUri, parentId, canvasIndex, index));
}
