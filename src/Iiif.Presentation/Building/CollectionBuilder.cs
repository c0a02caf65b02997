namespace Iiif.Presentation;

/// <summary>Builds a Collection: an ordered list of Manifests and Collections, by reference or embedded.</summary>
public sealed class CollectionBuilder : PresentationResourceBuilder<CollectionBuilder, Collection>
{
    /// <summary>Starts a Collection.</summary>
    /// <param name="id">The Collection's URI.</param>
    /// <param name="defaultLanguage">The language of labels given without one; by default <c>"none"</c>.</param>
    public CollectionBuilder(string id, string defaultLanguage = "none")
        : base(new Collection(Guard.Checked(id)), new BuildContext(id, IdStrategy.Paths, defaultLanguage))
    {
        Resource.Context.Add(IiifContexts.Presentation3);
        BuilderSupport.Single(Resource.Context);
        Context.Contexts = Resource.Context;
    }

    /// <summary>Adds a Manifest by reference: its id, label and, if given, thumbnail.</summary>
    /// <param name="id">The Manifest's URI.</param>
    /// <param name="label">Its label.</param>
    /// <param name="thumbnail">Its thumbnail, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public CollectionBuilder Manifest(string id, LanguageMap label, ContentResource? thumbnail = null)
    {
        var reference = new Manifest(Guard.Checked(id)) { Label = Guard.Checked(label) };
        if (thumbnail is not null)
        {
            reference.Thumbnail.Add(thumbnail);
        }

        Resource.Items.Add(reference);
        return this;
    }

    /// <summary>Adds a Collection by reference: its id and label.</summary>
    /// <param name="id">The Collection's URI.</param>
    /// <param name="label">Its label.</param>
    /// <returns>This builder.</returns>
    public CollectionBuilder Collection(string id, LanguageMap label)
    {
        Resource.Items.Add(new Collection(Guard.Checked(id)) { Label = Guard.Checked(label) });
        return this;
    }

    /// <summary>Adds an item as given: a reference with more than id and label (a navDate, a navPlace, a
    /// thumbnail), or an embedded Manifest or Collection.</summary>
    /// <param name="item">The Manifest or Collection.</param>
    /// <returns>This builder.</returns>
    /// <remarks>An item with a <c>navPlace</c> adds <see cref="IiifContexts.NavPlace"/> to the Collection's
    /// <c>@context</c>, as a place set on the Collection itself does.</remarks>
    /// <exception cref="ArgumentException">The item is neither a Manifest nor a Collection.</exception>
    public CollectionBuilder Item(IiifResource item)
    {
        Guard.NotNull(item);
        if (item is not (Presentation.Manifest or Presentation.Collection))
        {
            throw new ArgumentException($"The items of a Collection are Manifests and Collections, not {item.Type}.", nameof(item));
        }

        Resource.Items.Add(item);
        if (((PresentationResource)item).NavPlace is not null)
        {
            Context.UseExtension(IiifContexts.NavPlace);
        }

        return this;
    }

    /// <summary>Sets the navigation date.</summary>
    /// <param name="date">The date and time.</param>
    /// <returns>This builder.</returns>
    public CollectionBuilder NavDate(DateTimeOffset date)
    {
        Resource.SetNavDate(date);
        return this;
    }

    /// <summary>Checks the whole and returns the Collection.</summary>
    /// <returns>The Collection; calling again returns the same one.</returns>
    /// <exception cref="IiifBuildException">The Collection is not valid 3.0; every problem is listed.</exception>
    public Collection Build()
    {
        var problems = new List<string>();
        if (Resource.Label is not { Count: > 0 })
        {
            problems.Add("label: a Collection needs a label");
        }

        for (int i = 0; i < Resource.Items.Count; i++)
        {
            if (Resource.Items[i].Label is not { Count: > 0 })
            {
                problems.Add($"items[{i}]: the items of a Collection need a label");
            }
        }

        return problems.Count > 0 ? throw new IiifBuildException(problems) : Resource;
    }
}
