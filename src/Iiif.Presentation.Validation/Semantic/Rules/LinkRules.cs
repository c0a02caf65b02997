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
    /// <summary>Visits the values of a linking property: objects, with a string reported as a URI where
    /// an object belongs (P3-JSON-03).</summary>
    public void VisitLinks(JsonElement value, Slot slot, Scope scope)
    {
        foreach (JsonElement item in context.Each(value))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                CheckLinkEntry(item, slot);
                walker.VisitResource(item, slot, scope with { Top = false });
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
    private void CheckLinkEntry(JsonElement item, Slot slot)
    {
        bool hasLabel = item.TryGetProperty("label", out _);
        switch (slot)
        {
            case Slot.Homepage or Slot.Rendering when !hasLabel:
                context.ReportMissing(ValidationRules.Link01, "label", $"A `{(slot == Slot.Homepage ? "homepage" : "rendering")}` entry has a `label`, so the client can show the link.");
                break;
            case Slot.SeeAlso or Slot.PartOf when !hasLabel:
                context.ReportMissing(ValidationRules.Link02, "label", $"A `{(slot == Slot.SeeAlso ? "seeAlso" : "partOf")}` entry should have a `label`.");
                break;
        }

        if (slot == Slot.SeeAlso && !item.TryGetProperty("profile", out _))
        {
            context.ReportMissing(ValidationRules.Prof01, "profile", "A `seeAlso` entry should have a `profile` saying what schema the data follows.");
        }
    }
}
