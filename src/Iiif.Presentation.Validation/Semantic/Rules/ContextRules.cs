using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// The document as JSON-LD: the top resource's <c>@context</c> (P3-CTX-01/02/03/05), no Presentation 3
/// context below it (P3-CTX-04), and the top resource's <c>id</c> against the URL it was fetched from
/// (P3-ID-07).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#id"/>.</remarks>
internal sealed class ContextRules(RuleContext context)
{
    /// <summary>The Presentation 3 context without its scheme, which an embedded context is matched by (http or https).</summary>
    private static readonly string s_presentation3WithoutScheme = IiifContexts.Bare(IiifContexts.Presentation3);

    /// <summary>P3-CTX-01/02/03/05: the top resource's <c>@context</c>; also notes whether it names an extension.</summary>
    public void CheckTopContext(JsonElement root)
    {
        if (root.TryGetProperty("@graph", out _))
        {
            context.ReportProperty(ValidationRules.Ctx05, "@graph", "A IIIF document has no `@graph`: describe one resource at the top.");
        }

        if (!root.TryGetProperty("@context", out JsonElement value))
        {
            context.ReportMissing(ValidationRules.Ctx01, "@context",
                $"The top resource has no `@context`; add \"@context\": \"{IiifContexts.Presentation3}\".");
            return;
        }

        using (JsonElement.ObjectEnumerator properties = root.EnumerateObject())
        {
            if (properties.MoveNext() && properties.Current.Name != "@context")
            {
                context.ReportProperty(ValidationRules.Ctx02, "@context", "`@context` should be the first property of the document.");
            }
        }

        var entries = new List<JsonElement>(Values(value));
        foreach (JsonElement entry in entries)
        {
            if (entry.ValueKind != JsonValueKind.String)
            {
                context.ExtensionContext = true; // an inline context defines terms
            }
            else if (entry.GetString() is { } uri && uri != IiifContexts.Presentation3 && uri != IiifContexts.WebAnnotation)
            {
                context.ExtensionContext = true;
            }
        }

        bool valid = value.ValueKind == JsonValueKind.String
            ? value.GetString() == IiifContexts.Presentation3
            : value.ValueKind == JsonValueKind.Array && entries.Count > 0 &&
              entries[entries.Count - 1].ValueKind == JsonValueKind.String &&
              entries[entries.Count - 1].GetString() == IiifContexts.Presentation3 &&
              entries.FindIndex(e => e.ValueKind == JsonValueKind.String && e.GetString() == IiifContexts.Presentation3) == entries.Count - 1;
        if (!valid)
        {
            string found = value.ValueKind == JsonValueKind.String ? $"\"{Show(value.GetString()!)}\"" : Kind(value.ValueKind);
            context.ReportProperty(ValidationRules.Ctx03, "@context",
                $"`@context` is {found}; it must be \"{IiifContexts.Presentation3}\" (http, not https), or an array with extension contexts first and that URI last.");
        }
    }

    /// <summary>P3-CTX-04: an <c>@context</c> below the top resource; the path is on it.</summary>
    public void CheckEmbeddedContext(JsonElement value, Scope scope)
    {
        if (!scope.Top && ContainsPresentation3Context(value))
        {
            context.Report(ValidationRules.Ctx04, "Only the document's top resource has the Presentation 3 @context; remove it here.");
        }
    }

    /// <summary>P3-ID-07: a fetched document's id is the URL it was fetched from.</summary>
    public void CheckSourceUri(JsonElement root)
    {
        Uri? source = context.Options.SourceUri;
        if (source is null || IdOf(root) is not { } id)
        {
            return;
        }

        if (!string.Equals(id, source.OriginalString, StringComparison.Ordinal) &&
            !string.Equals(id, source.AbsoluteUri, StringComparison.Ordinal))
        {
            context.ReportProperty(ValidationRules.Id07, "id", $"The document was fetched from {source.OriginalString}, but its `id` is {Show(id)}; they must be the same.");
        }
    }

    private static bool ContainsPresentation3Context(JsonElement value)
    {
        foreach (JsonElement entry in Values(value))
        {
            if (entry.ValueKind == JsonValueKind.String &&
                entry.GetString()!.EndsWith(s_presentation3WithoutScheme, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
