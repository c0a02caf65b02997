using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Iiif.Presentation.Cli.Serve;
using Iiif.Presentation.Validation;

namespace Iiif.Presentation.Tests.Docs;

/// <summary>
/// Renders the validator's rule catalogue (<see cref="ValidationRules.All"/>) as the Markdown of
/// <c>docs/rules.md</c>: one section per area (the <c>CTX</c> of <c>P3-CTX-01</c>), in the order the
/// catalogue first names each area, every spec section linked to the Presentation 3.0 specification.
/// </summary>
/// <remarks>
/// A new area or a spec section this renderer cannot link makes it throw, naming what to add here, so the
/// published catalogue never shows an unlinked or untitled entry.
/// </remarks>
internal static class RuleCatalog
{
    public const string SpecUrl = SpecSections.SpecUrl;

    private static readonly Dictionary<string, string> s_areaTitles = new(StringComparer.Ordinal)
    {
        ["JSON"] = "Reading and JSON shape",
        ["CTX"] = "JSON-LD context",
        ["ID"] = "Identifiers",
        ["TYPE"] = "Types",
        ["LANG"] = "Language maps",
        ["HTML"] = "HTML in property values",
        ["DESC"] = "Descriptive properties",
        ["RIGHTS"] = "Rights",
        ["NAV"] = "Navigation date",
        ["PROV"] = "Providers",
        ["PH"] = "Placeholder and accompanying Canvases",
        ["PROP"] = "Properties in the wrong place",
        ["DIM"] = "Dimensions",
        ["FMT"] = "Formats",
        ["PROF"] = "Profiles",
        ["VOC"] = "Vocabularies",
        ["MOT"] = "Motivations",
        ["BEH"] = "Behaviors",
        ["LINK"] = "Links",
        ["SVC"] = "Services",
        ["START"] = "Start",
        ["SUPP"] = "Supplementary",
        ["ITEMS"] = "Items",
        ["STR"] = "Structures",
        ["ANNO"] = "Annotations",
        ["PAINT"] = "Painting annotations",
        ["FRAG"] = "Fragments and selectors",
        ["EXT"] = "Registered extensions and Content State",
        ["SCHEMA"] = "The official JSON schema",
    };

    private const string Introduction = """
        Every finding of `IiifValidator` carries one of the codes below, with its severity, the layer that
        found it, the JSON Pointer of the value and a message saying what to write instead. Codes are stable:
        they are never renumbered or reused. In code, `ValidationRules.All` lists them and
        `ValidationRules.TryGet(code, out ValidationRule? rule)` looks one up.

        - **Severity.** `Error`: the document breaks a MUST or MUST NOT of the specification and is not
          valid. `Warning`: it breaks a SHOULD, SHOULD NOT or a recommendation; it is still valid. `Info`: a
          hint.
        - **Layer.** `Semantic`: a rule of the specification that a JSON schema cannot express, checked by
          this library. `Schema`: the official IIIF Presentation 3.0 JSON schema (see the last section).
        - **Spec.** The section of the [IIIF Presentation API 3.0](https://iiif.io/api/presentation/3.0/) the
          rule comes from; "—" where no single section states it.
        - **Applies to.** The resources the rule checks: Col Collection, Man Manifest, Can Canvas, Rng Range,
          AP AnnotationPage, Ann Annotation, AC AnnotationCollection, CR content resource (Image, Sound,
          Video, Text, Dataset, Model, any other type that is not a IIIF class, or a Canvas used as a body),
          Agt Agent (an entry of `provider`), SR SpecificResource, Ch Choice, TB TextualBody; *IIIF classes*
          are Collection, Manifest, Canvas, Range, AnnotationPage, Annotation and AnnotationCollection; *top*
          is the document's top-level resource, *embedded* any resource inside it, *any* every resource,
          and *same* the resources of the row above. An *extension context* is an `@context` entry other
          than the Presentation 3 and Web Annotation contexts.
        """;

    private const string SchemaIntroduction = """
        `P3-SCHEMA-00` is a finding of the official schema, passed through. `P3-SCHEMA-01` to `P3-SCHEMA-10`
        are the places where the schema rejects what the specification allows. With both layers (the
        default), the validator adjusts those findings as the entry says and keeps the ones it leaves out in
        `ValidationReport.Suppressed`, under the entry's code; with `ValidationLayers.Schema` alone, the
        report is the official validator's verdict.
        """;

    /// <summary>Renders the catalogue, with <c>\n</c> line ends.</summary>
    /// <exception cref="InvalidOperationException">An area has no title, or a spec section no anchor.</exception>
    public static string Render(IEnumerable<ValidationRule> rules)
    {
        List<IGrouping<string, ValidationRule>> areas = rules.GroupBy(r => Area(r.Code)).ToList();

        var md = new StringBuilder();
        md.Append("# Validation rules\n\n");
        md.Append("<!-- Generated from ValidationRules.All by tests/Iiif.Presentation.Tests/Docs/RuleCatalogTests.cs; do not edit.\n");
        md.Append("     After changing a rule, run that test with IIIF_UPDATE_SNAPSHOTS=1 and review the diff. -->\n\n");
        md.Append(Introduction.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n\n");

        md.Append("## Areas\n\n");
        foreach (IGrouping<string, ValidationRule> area in areas)
        {
            string heading = Heading(area.Key);
            md.Append("- [").Append(heading.Replace("`", string.Empty, StringComparison.Ordinal)).Append("](#").Append(Slug(heading)).Append(")\n");
        }

        foreach (IGrouping<string, ValidationRule> area in areas)
        {
            md.Append("\n## ").Append(Heading(area.Key)).Append("\n\n");
            if (area.Key == "SCHEMA")
            {
                md.Append(SchemaIntroduction.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n\n");
            }

            md.Append("| Code | Severity | Layer | Applies to | Rule | Spec |\n");
            md.Append("|---|---|---|---|---|---|\n");
            foreach (ValidationRule rule in area)
            {
                md.Append("| ").Append(rule.Code)
                    .Append(" | ").Append(rule.Severity)
                    .Append(" | ").Append(rule.Layer)
                    .Append(" | ").Append(Cell(rule.AppliesTo))
                    .Append(" | ").Append(Cell(rule.Summary))
                    .Append(" | ").Append(SectionLinks(rule.Code, rule.Section))
                    .Append(" |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>Links each part of a section such as <c>3.2 id, 5, 6.1</c>: a numbered section to its heading,
    /// a property (<c>3.2 id</c>, or <c>requiredStatement</c> after <c>3.1 metadata</c>) to its definition.</summary>
    internal static string SectionLinks(string code, string section)
    {
        if (section == "—")
        {
            return section;
        }

        return string.Join(", ", SpecSections.Links(section).Select(link => $"[{link.Part}]({link.Url ?? throw new InvalidOperationException(
            $"{code}: the spec section \"{link.Part}\" has no anchor; add it to SpecSections' section anchors in the iiif tool.")})"));
    }

    private static string Area(string code)
    {
        string[] parts = code.Split('-');
        return parts.Length == 3 && parts[0] == "P3"
            ? parts[1]
            : throw new InvalidOperationException($"{code} is not a P3-AREA-NN code.");
    }

    private static string Heading(string area) =>
        s_areaTitles.TryGetValue(area, out string? title)
            ? $"{title} (`P3-{area}`)"
            : throw new InvalidOperationException($"The area P3-{area} has no title; add one to RuleCatalog's area titles.");

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation other than <c>-</c> and <c>_</c>
    /// dropped, each space a hyphen.</summary>
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (char c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
