namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// A Collection (P3-DESC-01/03, P3-ITEMS-01/02, P3-SVC-03), and the Manifests and Collections it lists,
/// which it refers to rather than embeds (P3-ITEMS-03/04/05).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#51-collection"/>.</remarks>
internal sealed class CollectionRules(RuleContext context, DescriptiveRules descriptive, ItemRules items)
{
    /// <summary>P3-DESC-01/03, P3-ITEMS-01…05, P3-SVC-03.</summary>
    public void CheckCollection(JsonElement collection, Slot slot, Scope scope)
    {
        bool full = ResourceKinds.IsFullDescription(ResourceKind.Collection, slot, collection);
        if (slot == Slot.CollectionItem)
        {
            CheckCollectionEntry(collection, ResourceKind.Collection);
        }

        if (full)
        {
            descriptive.CheckLabelPresent(collection, ResourceKind.Collection, ValidationRules.Desc01);
            if (scope.Top)
            {
                descriptive.CheckRecommended(collection, ResourceKind.Collection);
            }
        }

        if (!scope.Top && collection.TryGetProperty("services", out _))
        {
            context.ReportProperty(ValidationRules.Svc03, "services", "`services` is only given on the top-most Collection; move these services there.");
        }

        if (!full && slot != Slot.Top)
        {
            return;
        }

        if (!collection.TryGetProperty("items", out JsonElement entries))
        {
            context.ReportMissing(ValidationRules.Items01, "items", "A Collection has `items`: the Manifests and Collections it lists.");
            return;
        }

        if (entries.ValueKind == JsonValueKind.Array && entries.GetArrayLength() == 0)
        {
            context.ReportProperty(ValidationRules.Items02, "items", "This Collection lists nothing; an empty Collection is allowed but not useful.");
        }

        items.CheckItemTypes(entries, "items", ValidationRules.Items01, "Collections and Manifests", t => t is "Collection" or "Manifest");
    }

    /// <summary>P3-ITEMS-03/04/05: a Manifest or Collection listed in a Collection's <c>items</c>.</summary>
    public void CheckCollectionEntry(JsonElement entry, ResourceKind kind)
    {
        if (kind == ResourceKind.Manifest && (entry.TryGetProperty("items", out _) || entry.TryGetProperty("structures", out _)))
        {
            context.Report(ValidationRules.Items03, "A Collection refers to its Manifests (id, type, label, thumbnail); it does not embed their `items` or `structures`.");
        }

        if (!entry.TryGetProperty("label", out _))
        {
            context.ReportMissing(ValidationRules.Items04, "label", $"A {ResourceKinds.Name(kind)} listed in a Collection has a `label`, so clients can show the list.");
        }

        if (!entry.TryGetProperty("thumbnail", out _))
        {
            context.ReportMissing(ValidationRules.Items05, "thumbnail", $"A {ResourceKinds.Name(kind)} listed in a Collection should have a `thumbnail`.");
        }
    }
}
