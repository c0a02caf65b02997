using System.Text.Json;
using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// The linking properties: each entry is an object, not a URI string (P3-JSON-03), with the label and
/// profile its property asks for (P3-LINK-01/02, P3-PROF-01); the walk goes on into each entry.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#33-linking-properties"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#42-resource-representations"/>.</remarks>
internal sealed class LinkRules(RuleContext context, DocumentWalker walker)
{
    /// <summary>Returns the place an entry of a linking property has, or <see langword="null"/> for a
    /// property that links nothing this way.</summary>
    public static Role? RoleOf(string property) => property switch
    {
        "thumbnail" => Role.Thumbnail,
        "homepage" => Role.Homepage,
        "logo" => Role.Logo,
        "rendering" => Role.Rendering,
        "seeAlso" => Role.SeeAlso,
        "partOf" => Role.PartOf,
        "provider" => Role.Provider,
        "service" or "services" => Role.Service,
        _ => null,
    };

    /// <summary>Visits the values of a linking property: objects, with a string reported as a URI where
    /// an object belongs (P3-JSON-03).</summary>
    public void VisitLinks(JsonElement value, Role role, Scope scope)
    {
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                CheckLinkEntry(item, role);
                walker.VisitResource(item, role, scope with { Top = false });
            }
            else if (item.ValueKind == JsonValueKind.String)
            {
                context.Report(ValidationRules.Json03, $"A link is an object with `id` and `type`, not the URI string \"{Show(item.GetString()!)}\".");
            }
            else if (item.ValueKind != JsonValueKind.Null || value.ValueKind == JsonValueKind.Array)
            {
                context.Report(ValidationRules.Json03, $"A link is an object with `id` and `type`, not {Kind(item.ValueKind)}.");
            }
        }
    }

    /// <summary>P3-LINK-01/02, P3-PROF-01: what an entry of a linking property needs.</summary>
    private void CheckLinkEntry(JsonElement item, Role role)
    {
        bool hasLabel = item.TryGetProperty("label", out _);
        switch (role)
        {
            case Role.Homepage or Role.Rendering when !hasLabel:
                context.ReportMissing(ValidationRules.Link01, "label", $"A `{(role == Role.Homepage ? "homepage" : "rendering")}` entry has a `label`, so the client can show the link.");
                break;
            case Role.SeeAlso or Role.PartOf when !hasLabel:
                context.ReportMissing(ValidationRules.Link02, "label", $"A `{(role == Role.SeeAlso ? "seeAlso" : "partOf")}` entry should have a `label`.");
                break;
        }

        if (role == Role.SeeAlso && !item.TryGetProperty("profile", out _))
        {
            context.ReportMissing(ValidationRules.Prof01, "profile", "A `seeAlso` entry should have a `profile` saying what schema the data follows.");
        }
    }
}
