using System.Text.Json;
using static Iiif.Presentation.Validation.Semantic.ResourceKinds;

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
    /// whether the value is worth checking further.</summary>
    public bool CheckPropertyName(string name, Cls cls)
    {
        bool presentation3 = Vocabulary.Presentation3Properties.Contains(name);
        bool webAnnotation = Vocabulary.WebAnnotationProperties.Contains(name);
        if (!presentation3 && !webAnnotation)
        {
            CheckUnknownName(name, cls);
            return false;
        }

        if (!presentation3 || cls is Cls.Unknown or Cls.SpecificResource or Cls.Choice or Cls.TextualBody or Cls.Agent)
        {
            return true;
        }

        if (name == "logo" && cls != Cls.Agent)
        {
            context.ReportProperty(ValidationRules.Prop02, name, "`logo` belongs to an Agent in `provider`, not to this resource; move it there.");
            return true;
        }

        if (name == "profile" && IsIiifClass(cls))
        {
            context.ReportProperty(ValidationRules.Prop02, name, $"`profile` is defined for content resources and services, not for a {Vocabulary.Name(cls)}.");
            return true;
        }

        Cls[]? allowed = Vocabulary.AllowedOn(name);
        if (allowed is not null && System.Array.IndexOf(allowed, cls) < 0)
        {
            if (name is "placeholderCanvas" or "accompanyingCanvas" && cls == Cls.Canvas)
            {
                return true;
            }

            context.ReportProperty(ValidationRules.Prop01, name,
                $"`{name}` is not allowed on a {Vocabulary.Name(cls)}; it may be given on a {Vocabulary.Names(allowed)}.");
            return false;
        }

        return true;
    }

    /// <summary>Checks whether a value is an array where one is required, or is not where one is not allowed.</summary>
    public void CheckShape(string name, JsonElement value, Cls cls)
    {
        if (Vocabulary.ArrayProperties.Contains(name) && value.ValueKind != JsonValueKind.Array)
        {
            // Web Annotation lets a TextualBody give one language as a string, as the cookbook does.
            if (value.ValueKind == JsonValueKind.Null)
            {
                // Reading keeps the null, so the model writes back what it read; it is no list, and the
                // schema layer may not run.
                context.ReportProperty(ValidationRules.Json02, name, $"`{name}` is null; give a list, or leave the property out.");
            }
            else if (!(name == "language" && cls == Cls.TextualBody))
            {
                context.ReportProperty(ValidationRules.Json02, name, $"`{name}` is a list, even with one entry: write [ … ] around the value.");
            }
        }
        else if (Vocabulary.SingleProperties.Contains(name) && value.ValueKind == JsonValueKind.Array)
        {
            context.ReportProperty(ValidationRules.Json04, name, $"`{name}` takes one value, not an array.");
        }
    }

    /// <summary>P3-PROP-03, P3-JSON-01, P3-CTX-06: a name neither Presentation 3 nor Web Annotation defines.</summary>
    private void CheckUnknownName(string name, Cls cls)
    {
        if (Vocabulary.LegacyProperties.TryGetValue(name, out string? replacement))
        {
            context.ReportProperty(ValidationRules.Prop03, name, $"`{name}` is a Presentation 2.x or draft name; Presentation 3.0 uses {replacement}.");
            return;
        }

        string? variant = Vocabulary.CaseVariantOf(name, Vocabulary.Presentation3Properties) ??
            Vocabulary.CaseVariantOf(name, Vocabulary.WebAnnotationProperties);
        if (variant is not null)
        {
            context.ReportProperty(ValidationRules.Json01, name, $"Property names are case-sensitive: write `{variant}`, not `{name}`.");
            return;
        }

        if (name is "@id" or "@type" && (IsIiifClass(cls) || cls is Cls.Content or Cls.Agent))
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
}
