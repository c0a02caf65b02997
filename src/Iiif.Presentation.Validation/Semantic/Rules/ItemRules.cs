using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// What a list of <c>items</c> (or <c>structures</c>) holds: the walk gives each entry the place its
/// owner's class gives it, and entries of the wrong JSON kind or <c>type</c> are reported under the
/// owner's rule (P3-ITEMS-01/06/08/09/10, P3-STR-01, P3-JSON-03).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#items"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#structures"/>.</remarks>
internal sealed class ItemRules(RuleContext context, DocumentWalker walker, CanvasReferenceRules canvasReferences)
{
    /// <summary>Visits <c>items</c>, each entry in the slot its owner's shape gives it.</summary>
    /// <param name="value">The list.</param>
    /// <param name="kind">The owner's kind.</param>
    /// <param name="slot">Where the entries sit.</param>
    /// <param name="children">What the entries need to know of their surroundings.</param>
    public void VisitItems(JsonElement value, ResourceKind? kind, Slot slot, Scope children)
    {
        foreach (JsonElement item in context.Each(value))
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    walker.VisitResource(item, slot, children);
                    if (slot == Slot.RangeItem)
                    {
                        canvasReferences.CheckCanvasReference(item);
                    }

                    break;
                case JsonValueKind.String when slot is Slot.RangeItem or Slot.CollectionItem:
                    context.Report(ValidationRules.Json03, $"An item is an object with `id` and `type`, not the URI string \"{Show(item.GetString()!)}\".");
                    break;
                default:
                    ReportItemKind(kind, item);
                    break;
            }
        }
    }

    /// <summary>Reports entries of a list whose <c>type</c> is not one the list may hold; the path is on
    /// the list's owner.</summary>
    public void CheckItemTypes(JsonElement items, string property, ValidationRule rule, string expected, Func<string, bool> allowed)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        context.Path.Push(property);
        int index = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            // The index goes on the path only for a finding: a Manifest's items may be many thousands.
            if (item.ValueKind == JsonValueKind.Object && TypeOf(item) is { } type && !allowed(type) &&
                CaseVariants.OfType(type) is null)
            {
                context.Path.Push(index);
                context.ReportProperty(rule, "type", $"This list holds {expected}, not a {Show(type)}.");
                context.Path.Pop();
            }

            index++;
        }

        context.Path.Pop();
    }

    /// <summary>Reports an entry that is not an object, under the rule of the list's owner.</summary>
    private void ReportItemKind(ResourceKind? kind, JsonElement item)
    {
        (ValidationRule Rule, string Holds)? list = kind switch
        {
            ResourceKind.Collection => (ValidationRules.Items01, "The items of a Collection are Collections and Manifests"),
            ResourceKind.Manifest => (ValidationRules.Items06, "The items of a Manifest are Canvases"),
            ResourceKind.Canvas => (ValidationRules.Items08, "The items of a Canvas are AnnotationPages"),
            ResourceKind.AnnotationPage => (ValidationRules.Items09, "The items of an AnnotationPage are Annotations"),
            ResourceKind.Range => (ValidationRules.Items10, "The items of a Range are Canvases, Ranges and SpecificResources"),
            _ => null,
        };
        if (list is { } expected)
        {
            context.Report(expected.Rule, $"{expected.Holds}, not {Kind(item.ValueKind)}.");
        }
    }
}
