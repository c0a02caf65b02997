namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Sets the properties the upgrader makes on a resource whose class may not have them: the typed member
/// where the class has one, else the JSON in <see cref="IiifResource.ExtensionData"/>, as reading that
/// JSON would have kept it. A value of <see langword="null"/> (or an empty list) sets nothing.
/// </summary>
internal static class Members
{
    public static void SetViewingDirection(IiifResource resource, string? value)
    {
        if (value is null)
        {
            return;
        }

        var direction = new ViewingDirection(value);
        switch (resource)
        {
            case Manifest manifest: manifest.ViewingDirection = direction; break;
            case Collection collection: collection.ViewingDirection = direction; break;
            case IiifRange range: range.ViewingDirection = direction; break;
            default: resource.ExtensionData["viewingDirection"] = JsonValues.String(value); break;
        }
    }

    public static void SetNavDate(IiifResource resource, string? value)
    {
        switch (value is null ? null : resource)
        {
            case null: break;
            case Manifest manifest: manifest.NavDate = value; break;
            case Collection collection: collection.NavDate = value; break;
            case Canvas canvas: canvas.NavDate = value; break;
            case IiifRange range: range.NavDate = value; break;
            default: resource.ExtensionData["navDate"] = JsonValues.String(value!); break;
        }
    }

    /// <summary>Sets <c>height</c> or <c>width</c>.</summary>
    public static void SetDimension(IiifResource resource, string key, int? value)
    {
        bool height = key == "height";
        switch (value is null ? null : resource)
        {
            case null: break;
            case Canvas canvas when height: canvas.Height = value; break;
            case Canvas canvas: canvas.Width = value; break;
            case ContentResource content when height: content.Height = value; break;
            case ContentResource content: content.Width = value; break;
            default: resource.ExtensionData[key] = JsonValues.Write(value!.Value, static (w, n) => w.WriteNumberValue(n)); break;
        }
    }

    /// <summary>Sets <c>duration</c>.</summary>
    public static void SetDuration(IiifResource resource, double? value)
    {
        switch (value is null ? null : resource)
        {
            case null: break;
            case Canvas canvas: canvas.Duration = value; break;
            case ContentResource content: content.Duration = value; break;
            default: resource.ExtensionData["duration"] = JsonValues.Write(value!.Value, static (w, n) => w.WriteNumberValue(n)); break;
        }
    }

    public static void SetFormat(IiifResource resource, string? value)
    {
        switch (value is null ? null : resource)
        {
            case null: break;
            case ContentResource content: content.Format = value; break;
            case TextualBody text: text.Format = value; break;
            default: resource.ExtensionData["format"] = JsonValues.String(value!); break;
        }
    }

    public static void SetStart(IiifResource resource, IiifResource? start)
    {
        switch (start is null ? null : resource)
        {
            case null: break;
            case Manifest manifest: manifest.Start = start; break;
            case IiifRange range: range.Start = start; break;
            default: resource.ExtensionData["start"] = JsonValues.Resource(start!); break;
        }
    }

    /// <summary>Sets <c>annotations</c>, unless the list is empty.</summary>
    public static void SetAnnotations(IiifResource resource, OneOrMany<AnnotationPage> pages)
    {
        if (pages.Count == 0)
        {
            return;
        }

        IList<AnnotationPage>? annotations = resource switch
        {
            Canvas canvas => canvas.Annotations,
            Manifest manifest => manifest.Annotations,
            IiifRange range => range.Annotations,
            Collection collection => collection.Annotations,
            ContentResource content => content.Annotations,
            _ => null,
        };
        if (annotations is null)
        {
            resource.ExtensionData["annotations"] = JsonValues.Resources(pages);
            return;
        }

        Replace(annotations, pages);
    }

    /// <summary>Makes an AnnotationPage write its <c>items</c> even when empty, as the schema requires, unless
    /// the input gave an <c>items</c> the model keeps as read.</summary>
    public static void RequireItems(IiifResource resource)
    {
        if (resource is AnnotationPage page && !resource.ExtensionData.ContainsKey("items"))
        {
            WriteEmpty(page.Items);
        }
    }

    /// <summary>Empties a list to set it anew, as an array that is written even when empty (<c>items: []</c>);
    /// a value read into it before, kept as it is, goes.</summary>
    public static void Reset<T>(IList<T> list)
    {
        list.Clear();
        ((OneOrMany<T>)list).IsSingleValue = false;
        ((OneOrMany<T>)list).WriteWhenEmpty = true;
    }

    /// <summary>Makes a list write itself even when empty (<c>items: []</c>).</summary>
    public static void WriteEmpty<T>(IList<T> list) => ((OneOrMany<T>)list).WriteWhenEmpty = true;

    /// <summary>Adds to a list the resources it does not hold already, by id (a resource without an id is added).</summary>
    public static void AddNew<T>(IList<T> list, IEnumerable<T> values)
        where T : IiifResource
    {
        foreach (T value in values)
        {
            bool held = false;
            for (int i = 0; i < list.Count && !held; i++)
            {
                held = value.Id is not null && string.Equals(list[i].Id, value.Id, System.StringComparison.Ordinal);
            }

            if (!held)
            {
                list.Add(value);
            }
        }
    }

    /// <summary>Replaces the values of a list with others, unless there are none: a property set from two
    /// 2.x properties (<c>within</c>, then <c>partOf</c>) takes the last that gives a value.</summary>
    public static void Replace<T>(IList<T> list, IList<T> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        list.Clear();
        foreach (T value in values)
        {
            list.Add(value);
        }
    }
}
