using System.Collections.Generic;
using System.Text.Json;

namespace Iiif.Presentation.Validation.Semantic;

internal sealed partial class SemanticValidator
{
    /// <summary>Checks a resource object and everything below it.</summary>
    private void VisitResource(JsonElement obj, Role role, Scope scope)
    {
        string? type = TypeOf(obj);
        Cls cls = ClassOfType(type, role, out bool wrongCase);
        if (cls == Cls.Service)
        {
            VisitService(obj);
            return;
        }

        CheckTypeProperty(obj, cls, role, type, wrongCase);
        CheckId(obj, cls, role, scope);
        CheckProperties(obj, cls, role, scope, ChildScope(obj, cls, role, scope));

        switch (cls)
        {
            case Cls.Collection:
                CheckCollection(obj, role, scope);
                break;
            case Cls.Manifest:
                CheckManifest(obj, role);
                break;
            case Cls.Canvas:
                CheckCanvas(obj, role, scope);
                break;
            case Cls.Range:
                CheckRange(obj, role, scope);
                break;
            case Cls.AnnotationPage:
                CheckAnnotationPage(obj, role, scope);
                break;
            case Cls.AnnotationCollection:
                CheckAnnotationCollection(obj, role);
                break;
            case Cls.Annotation when role is Role.PageAnnotation or Role.Top:
                CheckAnnotation(obj, scope);
                break;
            case Cls.Content:
                CheckContent(obj, role, type);
                break;
            case Cls.Agent:
                CheckAgent(obj);
                break;
        }

        if (role == Role.ChoiceItem && scope.Painting)
        {
            CheckChoiceOption(obj);
        }

        RegisterDescription(obj, cls, role);
    }

    /// <summary>P3-DESC-05: an option of a painted Choice has a label and a thumbnail, so users can choose.</summary>
    private void CheckChoiceOption(JsonElement option)
    {
        foreach (string property in new[] { "label", "thumbnail" })
        {
            if (!option.TryGetProperty(property, out _))
            {
                ReportMissing(ValidationRules.Desc05, property, $"An option of a painted Choice should have a `{property}`, so the user can choose between them.");
            }
        }
    }

    /// <summary>Checks every property of a resource: its name, its shape, its value, and the resources below it.</summary>
    private void CheckProperties(JsonElement obj, Cls cls, Role role, Scope scope, Scope children)
    {
        // The second copy of a key is reported by the duplicate-key scan (P3-JSON-00), not checked again.
        List<string>? seen = _hasDuplicates ? new List<string>(8) : null;
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            string name = property.Name;
            JsonElement value = property.Value;
            if (seen is not null)
            {
                if (seen.Contains(name))
                {
                    continue;
                }

                seen.Add(name);
            }

            if (!CheckPropertyName(name, cls, role, scope))
            {
                continue;
            }

            CheckShape(name, value, cls);
            _path.Push(name);
            CheckPropertyValue(name, value, cls, role, scope, children, obj);
            _path.Pop();
        }
    }

    /// <summary>Checks a property's name against the vocabulary and the §1 matrix; returns whether the
    /// value is worth checking further.</summary>
    private bool CheckPropertyName(string name, Cls cls, Role role, Scope scope)
    {
        bool presentation3 = Vocabulary.Presentation3Properties.Contains(name);
        bool webAnnotation = Vocabulary.WebAnnotationProperties.Contains(name);
        if (!presentation3 && !webAnnotation)
        {
            if (Vocabulary.LegacyProperties.TryGetValue(name, out string? replacement))
            {
                ReportProperty(ValidationRules.Prop03, name, $"`{name}` is a Presentation 2.x or draft name; Presentation 3.0 uses {replacement}.");
                return false;
            }

            string? variant = Vocabulary.CaseVariantOf(name, Vocabulary.Presentation3Properties) ??
                Vocabulary.CaseVariantOf(name, Vocabulary.WebAnnotationProperties);
            if (variant is not null)
            {
                ReportProperty(ValidationRules.Json01, name, $"Property names are case-sensitive: write `{variant}`, not `{name}`.");
                return false;
            }

            if (name is "@id" or "@type" && (IsIiifClass(cls) || cls is Cls.Content or Cls.Agent))
            {
                ReportProperty(ValidationRules.Prop03, name, $"`{name}` is the Presentation 2.x key; Presentation 3.0 uses `{name.Substring(1)}`. Run 'iiif upgrade' on 2.x or half-upgraded documents.");
                return false;
            }

            if (!_extensionContext && name.Length > 0 && name[0] != '@')
            {
                ReportProperty(ValidationRules.Ctx06, name,
                    $"`{name}` is not a Presentation 3 or Web Annotation property, and the document's @context names no extension that defines it. Add the extension's context before the Presentation 3 context.");
            }

            return false;
        }

        if (!presentation3 || cls is Cls.Unknown or Cls.SpecificResource or Cls.Choice or Cls.TextualBody or Cls.Agent)
        {
            return true;
        }

        if (name == "logo" && cls != Cls.Agent)
        {
            ReportProperty(ValidationRules.Prop02, name, "`logo` belongs to an Agent in `provider`, not to this resource; move it there.");
            return true;
        }

        if (name == "profile" && IsIiifClass(cls))
        {
            ReportProperty(ValidationRules.Prop02, name, $"`profile` is defined for content resources and services, not for a {Vocabulary.Name(cls)}.");
            return true;
        }

        Cls[]? allowed = Vocabulary.AllowedOn(name);
        if (allowed is not null && System.Array.IndexOf(allowed, cls) < 0)
        {
            if (name is "placeholderCanvas" or "accompanyingCanvas" && cls == Cls.Canvas)
            {
                return true;
            }

            ReportProperty(ValidationRules.Prop01, name,
                $"`{name}` is not allowed on a {Vocabulary.Name(cls)}; it may be given on a {Vocabulary.Names(allowed)}.");
            return false;
        }

        return true;
    }

    /// <summary>Checks whether a value is an array where one is required, or is not where one is not allowed.</summary>
    private void CheckShape(string name, JsonElement value, Cls cls)
    {
        if (Vocabulary.ArrayProperties.Contains(name) && value.ValueKind != JsonValueKind.Array)
        {
            // Web Annotation lets a TextualBody give one language as a string, as the cookbook does.
            if (value.ValueKind == JsonValueKind.Null)
            {
                // Reading keeps the null (DESIGN.md, principle 2); it is no list, and the schema layer may not run.
                ReportProperty(ValidationRules.Json02, name, $"`{name}` is null; give a list, or leave the property out.");
            }
            else if (!(name == "language" && cls == Cls.TextualBody))
            {
                ReportProperty(ValidationRules.Json02, name, $"`{name}` is a list, even with one entry: write [ … ] around the value.");
            }
        }
        else if (Vocabulary.SingleProperties.Contains(name) && value.ValueKind == JsonValueKind.Array)
        {
            ReportProperty(ValidationRules.Json04, name, $"`{name}` takes one value, not an array.");
        }
    }

    /// <summary>Checks the value of one property; the path is on the property.</summary>
    private void CheckPropertyValue(string name, JsonElement value, Cls cls, Role role, Scope scope, Scope children, JsonElement owner)
    {
        switch (name)
        {
            case "@context":
                if (!scope.Top && ContainsPresentation3Context(value))
                {
                    Report(ValidationRules.Ctx04, "Only the document's top resource has the Presentation 3 @context; remove it here.");
                }

                break;
            case "label":
            case "summary":
                CheckLanguageMap(value, name, allowHtml: name == "summary");
                break;
            case "metadata":
                CheckMetadata(value);
                break;
            case "requiredStatement":
                CheckLabelValuePair(value, "requiredStatement");
                break;
            case "rights":
                CheckRights(value);
                break;
            case "navDate":
                CheckNavDate(value);
                break;
            case "behavior":
                CheckBehavior(value, cls);
                break;
            case "viewingDirection":
                CheckVocabularyValue(value, Vocabulary.ViewingDirections, "viewingDirection");
                break;
            case "timeMode":
                CheckVocabularyValue(value, Vocabulary.TimeModes, "timeMode");
                break;
            case "language":
                CheckLanguageTags(value);
                break;
            case "format":
                CheckFormat(value);
                break;
            case "height":
            case "width":
                CheckDimension(value, name, isInteger: true);
                break;
            case "duration":
                CheckDimension(value, name, isInteger: false);
                break;
            case "thumbnail":
                VisitLinks(value, Role.Thumbnail, children);
                break;
            case "homepage":
                VisitLinks(value, Role.Homepage, children);
                break;
            case "logo":
                VisitLinks(value, Role.Logo, children);
                break;
            case "rendering":
                VisitLinks(value, Role.Rendering, children);
                break;
            case "seeAlso":
                VisitLinks(value, Role.SeeAlso, children);
                break;
            case "partOf":
                VisitLinks(value, Role.PartOf, children);
                break;
            case "provider":
                VisitLinks(value, Role.Provider, children);
                break;
            case "service":
            case "services":
                VisitLinks(value, Role.Service, children);
                break;
            case "placeholderCanvas":
            case "accompanyingCanvas":
                CheckAuxiliaryCanvas(value, name == "placeholderCanvas" ? Role.PlaceholderCanvas : Role.AccompanyingCanvas, children);
                break;
            case "start":
                if (cls is Cls.Manifest or Cls.Range)
                {
                    CheckStart(value);
                }

                break;
            case "supplementary":
                CheckSupplementary(value, children);
                break;
            case "items":
                VisitItems(value, cls, children);
                break;
            case "structures":
                if (cls == Cls.Manifest)
                {
                    VisitStructures(value, children);
                }

                break;
            case "annotations":
                VisitAnnotations(value, children, cls, owner);
                break;
            case "first":
            case "last":
            case "next":
            case "prev":
                if (cls is Cls.AnnotationCollection or Cls.AnnotationPage)
                {
                    VisitLinks(value, Role.PageLink, children);
                }

                break;
            case "body":
                if (cls == Cls.Annotation)
                {
                    VisitList(value, Role.Body, children);
                }

                break;
            case "target":
                if (cls == Cls.Annotation)
                {
                    VisitTargets(value, children);
                }

                break;
            case "source":
                if (cls == Cls.SpecificResource)
                {
                    VisitSource(value, role, children);
                }

                break;
            case "selector":
                if (cls == Cls.SpecificResource)
                {
                    VisitSelectors(value);
                }

                break;
        }
    }

    /// <summary>Visits the values of a linking property: objects, with a string reported as a URI where
    /// an object belongs (P3-JSON-03).</summary>
    private void VisitLinks(JsonElement value, Role role, Scope scope)
    {
        int index = 0;
        foreach (JsonElement item in Values(value))
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                _path.Push(index);
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                CheckLinkEntry(item, role);
                VisitResource(item, role, scope with { Top = false });
            }
            else if (item.ValueKind == JsonValueKind.String)
            {
                Report(ValidationRules.Json03, $"A link is an object with `id` and `type`, not the URI string \"{Show(item.GetString()!)}\".");
            }
            else if (item.ValueKind != JsonValueKind.Null || value.ValueKind == JsonValueKind.Array)
            {
                Report(ValidationRules.Json03, $"A link is an object with `id` and `type`, not {Kind(item.ValueKind)}.");
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                _path.Pop();
            }

            index++;
        }
    }

    /// <summary>Visits a list of resources where strings are allowed (bodies).</summary>
    private void VisitList(JsonElement value, Role role, Scope scope)
    {
        int index = 0;
        foreach (JsonElement item in Values(value))
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                _path.Push(index);
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                VisitResource(item, role, scope with { Top = false });
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                _path.Pop();
            }

            index++;
        }
    }
}
