namespace Iiif.Presentation.Upgrading;

/// <summary>
/// The classes the schema closes (<see cref="SchemaClosedClasses"/>; docs/upgrading.md, "Closed classes"): a
/// property it forbids on a Manifest or AnnotationPage is kept with a note, or, under
/// <see cref="UpgradeOptions.StrictSchema"/>, removed into the note.
/// </summary>
internal static class ClosedClasses
{
    /// <summary>The 2.x property a 3.0 property comes from, to point back at the input.</summary>
    private static readonly Dictionary<string, string> s_sources = new()
    {
        ["summary"] = "description", ["requiredStatement"] = "attribution", ["rights"] = "license", ["homepage"] = "related",
        ["provider"] = "logo", ["behavior"] = "viewingHint", ["partOf"] = "within", ["annotations"] = "otherContent",
        ["start"] = "startCanvas", ["items"] = "resources",
    };

    /// <summary>The properties set after the input's own: the descriptive ones, then what a role requires.</summary>
    private static readonly string[] s_settled = ["summary", "requiredStatement", "rights", "homepage", "provider", "metadata", "items", "structures"];

    /// <summary>Notes (and under the strict option removes) the properties the schema forbids on the resource,
    /// in the order they were set.</summary>
    public static void Check(UpgradeContext context, in Frame frame)
    {
        IiifResource resource = frame.Resource;
        if (!Any(frame))
        {
            return; // the usual case: nothing to note, and no list of keys to make
        }

        JsonElement? written = null;
        foreach (string key in Keys(frame))
        {
            if (SchemaClosedClasses.Allows(frame.Role, key) || !IsSet(resource, key))
            {
                continue;
            }

            InputPath input = frame.Input.Key(s_sources.TryGetValue(key, out string? source) ? source : key);
            string what = frame.Role == ResourceKind.Manifest ? "a Manifest" : "an AnnotationPage";
            if (!context.Options.StrictSchema)
            {
                context.Note(UpgradeNoteCodes.ClosedClassExtension, input, OutputPlace.Of(resource, key),
                    $"The schema allows no \"{key}\" on {what}; it was kept, so the schema will report it.");
                continue;
            }

            written ??= JsonValues.Resource(resource);
            JsonElement original = written.Value.TryGetProperty(key, out JsonElement value) ? value : default;
            Remove(resource, key);
            context.Note(UpgradeNoteCodes.ClosedClassExtension, input,
                $"The schema allows no \"{key}\" on {what}; under StrictSchema it was removed.", original.ValueKind == JsonValueKind.Undefined ? null : original);
        }
    }

    /// <summary>Returns whether the resource has any property the schema forbids on it.</summary>
    private static bool Any(in Frame frame) => Candidates(frame, into: null);

    /// <summary>The output properties of a resource in the order the translation sets them, each once.</summary>
    private static List<string> Keys(in Frame frame)
    {
        var keys = new List<string>();
        Candidates(frame, keys);
        return keys;
    }

    /// <summary>Goes through the output properties of a resource in the order the translation sets them:
    /// those of its input properties, in input order; then the descriptive ones; then what its role requires;
    /// then its extension properties. With a list, adds each to it once; without, returns at the first the
    /// schema forbids and the resource has.</summary>
    private static bool Candidates(in Frame frame, List<string>? into)
    {
        foreach (JsonProperty property in frame.Source.EnumerateObject())
        {
            if (OutputKey(frame.Role, V2Keys.Name(property)) is { } key && Take(frame, key, into))
            {
                return true;
            }
        }

        foreach (string key in s_settled)
        {
            if (Take(frame, key, into))
            {
                return true;
            }
        }

        if (frame.Resource.Extensions is { } extensions)
        {
            foreach (KeyValuePair<string, JsonElement> extension in extensions)
            {
                if (Take(frame, extension.Key, into))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Take(in Frame frame, string key, List<string>? into)
    {
        if (into is null)
        {
            return !SchemaClosedClasses.Allows(frame.Role, key) && IsSet(frame.Resource, key);
        }

        if (!into.Contains(key))
        {
            into.Add(key);
        }

        return false;
    }

    /// <summary>The output property a 2.x property of a Manifest or AnnotationList becomes, if it becomes one
    /// in its place.</summary>
    private static string? OutputKey(ResourceKind role, string key) => key switch
    {
        "@id" or "@type" or "id" or "type" or "@context" => null,
        "description" or "summary" or "metadata" or "attribution" or "requiredStatement" or "license" or "rights" or "related" or
            "homepage" or "logo" or "provider" => null,
        "within" => "partOf",
        "viewingHint" => "behavior",
        "startCanvas" when role == ResourceKind.Manifest => "start",
        "otherContent" when role == ResourceKind.Manifest => "annotations",
        "resources" when role == ResourceKind.AnnotationPage => "items",
        _ => key,
    };

    private static bool IsSet(IiifResource resource, string key)
    {
        if (resource.Extensions?.ContainsKey(key) == true)
        {
            return true;
        }

        return resource is AnnotationPage page && key switch
        {
            "summary" => page.Summary is not null,
            "metadata" => page.MetadataList is { Count: > 0 },
            "requiredStatement" => page.RequiredStatement is not null,
            "rights" => page.Rights is not null,
            "provider" => page.SparseOrNull?.Provider is { Count: > 0 },
            "behavior" => page.SparseOrNull?.Behavior is { Count: > 0 },
            "homepage" => page.SparseOrNull?.Homepage is { Count: > 0 },
            "seeAlso" => page.SparseOrNull?.SeeAlso is { Count: > 0 },
            "startIndex" => page.StartIndex is not null,
            _ => false,
        };
    }

    private static void Remove(IiifResource resource, string key)
    {
        resource.Extensions?.Remove(key);
        switch (key)
        {
            case "summary": resource.Summary = null; break;
            case "metadata": Clear(resource.Metadata); break;
            case "requiredStatement": resource.RequiredStatement = null; break;
            case "rights": resource.Rights = null; break;
            case "provider": Clear(resource.Provider); break;
            case "behavior": Clear(resource.Behavior); break;
            case "homepage": Clear(resource.Homepage); break;
            case "seeAlso": Clear(resource.SeeAlso); break;
            case "startIndex" when resource is AnnotationPage page: page.StartIndex = null; break;
        }
    }

    private static void Clear<T>(IList<T> list)
    {
        list.Clear();
        ((OneOrMany<T>)list).WriteWhenEmpty = false;
    }
}
