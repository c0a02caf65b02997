using System.Diagnostics.CodeAnalysis;
using static Iiif.Presentation.Validation.Semantic.ResourceKinds;
using P = Iiif.Presentation.Vocabulary.IiifProperties;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// The name and shape of every property: known to Presentation 3 or Web Annotation (P3-CTX-06,
/// P3-JSON-01, P3-PROP-03), allowed on this class (P3-PROP-01/02), and an array exactly where the
/// specification wants one (P3-JSON-02/04).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#43-properties-with-multiple-values"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#46-linked-data-context-and-extensions"/>.</remarks>
internal sealed class PropertyRules(RuleContext context)
{
    /// <summary>Checks a property's name against the vocabulary and the classes it is allowed on; returns
    /// whether the value is worth checking further, which it is only for a Presentation 3 or Web Annotation
    /// property.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="property">The property of that name, if the core knows it.</param>
    /// <param name="kind">The kind of the resource that carries it.</param>
    public bool CheckPropertyName(string name, [NotNullWhen(true)] IiifProperty? property, ResourceKind? kind)
    {
        if (property is null || (!property.Has(PropertyFacts.Presentation3) && !property.Has(PropertyFacts.WebAnnotation)))
        {
            CheckUnknownName(name, kind);
            return false;
        }

        bool presentation3 = property.Has(PropertyFacts.Presentation3);

        // The summary of property requirements covers the IIIF classes and content resources only.
        if (!presentation3 || kind is not { } covered || !PropertyMatrix.Covers(covered))
        {
            return true;
        }

        if (property == P.Logo)
        {
            context.ReportProperty(ValidationRules.Prop02, name, "`logo` belongs to an Agent in `provider`, not to this resource; move it there.");
            return true;
        }

        if (property == P.Profile && IsIiifClass(covered))
        {
            context.ReportProperty(ValidationRules.Prop02, name, $"`profile` is defined for content resources and services, not for a {Name(covered)}.");
            return true;
        }

        if (PropertyMatrix.AllowedOn(property) is { } allowed && Array.IndexOf(allowed, covered) < 0)
        {
            context.ReportProperty(ValidationRules.Prop01, name, $"`{name}` is not allowed on a {Name(covered)}; it may be given on a {Names(WhereAllowed(property, allowed))}.");
            return false;
        }

        return true;
    }

    /// <summary>Checks whether a value is an array where one is required, or is not where one is not allowed.</summary>
    public void CheckShape(IiifProperty property, JsonElement value, ResourceKind? kind)
    {
        string name = property.Name;
        if (property.Has(PropertyFacts.AlwaysArray) && value.ValueKind != JsonValueKind.Array)
        {
            // Web Annotation lets a TextualBody give one language as a string, as the cookbook does.
            if (value.ValueKind == JsonValueKind.Null)
            {
                // Reading keeps the null, so the model writes back what it read; it is no list, and the
                // schema layer may not run.
                context.ReportProperty(ValidationRules.Json02, name, $"`{name}` is null; give a list, or leave the property out.");
            }
            else if (!(property == P.Language && kind == ResourceKind.TextualBody))
            {
                context.ReportProperty(ValidationRules.Json02, name, $"`{name}` is a list, even with one entry: write [ … ] around the value.");
            }
        }
        else if (property.Has(PropertyFacts.NeverArray) && value.ValueKind == JsonValueKind.Array)
        {
            context.ReportProperty(ValidationRules.Json04, name, $"`{name}` takes one value, not an array.");
        }
    }

    /// <summary>Returns the classes a message names as those that may carry a property: the summary's classes
    /// that may (<see cref="PropertyMatrix.AllowedOn"/>), then, for a term Web Annotation defines too, the
    /// other classes whose shape holds it (a Choice's <c>items</c>).</summary>
    private static List<ResourceKind> WhereAllowed(IiifProperty property, ResourceKind[] allowed)
    {
        var kinds = new List<ResourceKind>(allowed);
        if (property.Has(PropertyFacts.WebAnnotation))
        {
            foreach (IiifType type in IiifTypes.All)
            {
                if (IiifTypes.OfKind(type.Kind) == type && !PropertyMatrix.Covers(type.Kind) && MemberOf(type.Kind, property) is not null)
                {
                    kinds.Add(type.Kind);
                }
            }
        }

        return kinds;
    }

    /// <summary>P3-PROP-03, P3-JSON-01, P3-CTX-06: a name neither Presentation 3 nor Web Annotation defines.</summary>
    private void CheckUnknownName(string name, ResourceKind? kind)
    {
        if (LegacyProperties.Find(name) is { } legacy)
        {
            context.ReportProperty(ValidationRules.Prop03, name, $"`{name}` is a Presentation 2.x or draft name; Presentation 3.0 uses {Replacement(legacy)}.");
            return;
        }

        if (CaseVariants.OfProperty(name) is { } variant)
        {
            context.ReportProperty(ValidationRules.Json01, name, $"Property names are case-sensitive: write `{variant}`, not `{name}`.");
            return;
        }

        if (name is "@id" or "@type" && (IsIiifClass(kind) || kind is ResourceKind.Content or ResourceKind.Agent))
        {
            context.ReportProperty(ValidationRules.Prop03, name, $"`{name}` is the Presentation 2.x key; Presentation 3.0 uses `{name.Substring(1)}`. Run 'iiif upgrade' on 2.x or half-upgraded documents.");
            return;
        }

        if (!context.ExtensionContext && name.Length > 0 && name[0] != '@')
        {
            context.ReportProperty(ValidationRules.Ctx06, name,
                $"`{name}` is not a Presentation 3 or Web Annotation property, and the document's @context names no extension that defines it. Add the extension's context before the Presentation 3 context.");
        }
    }

    /// <summary>Says what replaces a legacy property: "`summary` (or `metadata`)".</summary>
    private static string Replacement(LegacyProperty legacy) =>
        legacy.Alternative is { } alternative ? $"`{legacy.Replacement}` (or `{alternative}`)"
        : legacy.Remark is { } remark ? $"`{legacy.Replacement}` ({remark})"
        : $"`{legacy.Replacement}`";
}
