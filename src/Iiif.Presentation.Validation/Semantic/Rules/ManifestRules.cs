using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// A Manifest (P3-DESC-01/03, P3-ITEMS-06, P3-STR-01, P3-BEH-06), or one listed in a Collection; and the
/// Manifest's Canvases, which rules deep in the document look up.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#52-manifest"/>.</remarks>
internal sealed class ManifestRules(
    RuleContext context, DescriptiveRules descriptive, TechnicalRules technical, ItemRules items, CollectionRules collections)
{
    /// <summary>Finds the Manifest's Canvases, with their sizes, before the walk needs them for Ranges,
    /// <c>start</c> and annotation targets.</summary>
    public static Dictionary<string, CanvasInfo> CollectCanvases(JsonElement manifest)
    {
        var canvases = new Dictionary<string, CanvasInfo>(StringComparer.Ordinal);
        if (manifest.TryGetProperty("items", out JsonElement entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement canvas in entries.EnumerateArray())
            {
                if (IdOf(canvas) is { } id && !canvases.ContainsKey(id))
                {
                    canvases.Add(id, new CanvasInfo(PositiveIntOf(canvas, "width"), PositiveIntOf(canvas, "height"), PositiveNumberOf(canvas, "duration")));
                }
            }
        }

        return canvases;
    }

    /// <summary>P3-DESC-01/03, P3-ITEMS-06, P3-STR-01, P3-BEH-06.</summary>
    public void CheckManifest(JsonElement manifest, Slot slot)
    {
        if (slot == Slot.CollectionItem)
        {
            collections.CheckCollectionEntry(manifest, ResourceKind.Manifest);
            return;
        }

        if (!ResourceKinds.IsFullDescription(ResourceKind.Manifest, slot, manifest))
        {
            return; // a reference (in partOf, say) needs no more than id, type and label
        }

        descriptive.CheckLabelPresent(manifest, ResourceKind.Manifest, ValidationRules.Desc01);
        descriptive.CheckRecommended(manifest, ResourceKind.Manifest);

        if (!manifest.TryGetProperty("items", out JsonElement canvases) ||
            (canvases.ValueKind == JsonValueKind.Array && canvases.GetArrayLength() == 0))
        {
            if (manifest.TryGetProperty("items", out _))
            {
                context.ReportProperty(ValidationRules.Items06, "items", "A Manifest has at least one Canvas in `items`.");
            }
            else
            {
                context.ReportMissing(ValidationRules.Items06, "items", "A Manifest has `items`: at least one Canvas.");
            }
        }
        else
        {
            items.CheckItemTypes(canvases, "items", ValidationRules.Items06, "Canvases", t => t == "Canvas");
        }

        if (manifest.TryGetProperty("structures", out JsonElement structures))
        {
            items.CheckItemTypes(structures, "structures", ValidationRules.Str01, "Ranges", t => t == "Range");
        }

        technical.CheckBehaviorNeeds(manifest, ResourceKind.Manifest, context.Canvases?.Values ?? (IEnumerable<CanvasInfo>)[]);
    }
}
