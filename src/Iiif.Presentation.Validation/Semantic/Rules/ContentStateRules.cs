using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// A content state: a document whose top resource is an Annotation with the <c>contentState</c> motivation
/// (P3-EXT-06). Each target that is part of a Manifest (a Canvas, a Range, a part of one) says which with
/// <c>partOf</c>, so that a viewer knows what to load.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>, sections 2 and 3. An Annotation with the
/// motivation below the top of a document is an annotation like any other, not a content state. A missing
/// <c>target</c> is P3-ANNO-04's finding. A target given as a bare URI with no media fragment may be a Manifest
/// or a Collection, which need no <c>partOf</c>; only one with a fragment is certainly part of a Canvas.</remarks>
internal sealed class ContentStateRules(RuleContext context)
{
    /// <summary>P3-EXT-06, on the top Annotation of a document.</summary>
    public void CheckContentState(JsonElement annotation)
    {
        if (!HasString(annotation, "motivation", "contentState") || !annotation.TryGetProperty("target", out JsonElement target))
        {
            return;
        }

        context.Path.Push("target");
        foreach (JsonElement item in context.Each(target))
        {
            CheckTarget(item);
        }

        context.Path.Pop();
    }

    private void CheckTarget(JsonElement target)
    {
        switch (target.ValueKind)
        {
            case JsonValueKind.String:
                if (Uris.FragmentOf(target.GetString()!) is { Length: > 0 })
                {
                    context.Report(
                        ValidationRules.Ext06,
                        $"The target {Show(target.GetString()!)} is part of a Canvas given as a bare URI, so it cannot say which Manifest it is part of; give it as an object with `id`, `type` and `partOf`.");
                }

                break;

            case JsonValueKind.Object:
                JsonElement resource = target;
                string? type = TypeOf(target);
                bool viaSource = type == "SpecificResource";
                if (viaSource)
                {
                    if (!target.TryGetProperty("source", out resource) || resource.ValueKind != JsonValueKind.Object)
                    {
                        // A source given as a URI string cannot carry partOf, and a missing source is no content state's concern alone.
                        if (resource.ValueKind == JsonValueKind.String)
                        {
                            context.ReportProperty(
                                ValidationRules.Ext06,
                                "source",
                                "The source of a content state's SpecificResource is a Canvas or Range given as an object, with `partOf` naming its Manifest.");
                        }

                        return;
                    }

                    type = TypeOf(resource);
                }

                if (type is "Canvas" or "Range" && !HasPartOf(resource))
                {
                    string what = viaSource ? "source of a target" : "target";
                    context.Report(
                        ValidationRules.Ext06,
                        $"The {type} {Show(IdOf(resource) ?? "(no id)")}, {what} of a content state, says with `partOf` which Manifest it is part of, so that a viewer knows what to load.");
                }

                break;

            default:
                context.Report(ValidationRules.Ext06, "A target of a content state is a resource (an object) or its URI.");
                break;
        }
    }

    /// <summary>Returns whether a resource names what it is part of: a <c>partOf</c> item with an id, or a URI.</summary>
    internal static bool HasPartOf(JsonElement resource)
    {
        if (!resource.TryGetProperty("partOf", out JsonElement partOf))
        {
            return false;
        }

        foreach (JsonElement item in Values(partOf))
        {
            if (item.ValueKind == JsonValueKind.String || (item.ValueKind == JsonValueKind.Object && IdOf(item) is not null))
            {
                return true;
            }
        }

        return false;
    }
}
