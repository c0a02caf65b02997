namespace Iiif.Presentation.Validation;

/// <summary>
/// The catalog of findings the validator can report, with their stable codes, published as <c>docs/rules.md</c>. Codes are never
/// renumbered or reused.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class ValidationRules
{
    private static readonly Dictionary<string, ValidationRule> s_byCode = new(StringComparer.Ordinal);

    /// <summary>Gets the rule with a code.</summary>
    /// <param name="code">The code, such as <c>P3-DIM-02</c>.</param>
    /// <param name="rule">The rule, when the code is known.</param>
    /// <returns><see langword="true"/> if the code is known.</returns>
    public static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValidationRule? rule) =>
        s_byCode.TryGetValue(code, out rule);

    internal static ValidationRule Ctx01 { get; } = new("P3-CTX-01", ValidationSeverity.Error, ValidationLayer.Semantic, "4.6", "top", "Has `@context`.");
    internal static ValidationRule Ctx02 { get; } = new("P3-CTX-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "4.6", "top", "`@context` is the first key.");
    internal static ValidationRule Ctx03 { get; } = new("P3-CTX-03", ValidationSeverity.Error, ValidationLayer.Semantic, "4.6", "top", "`@context` is `http://iiif.io/api/presentation/3/context.json`, or an array ending with it, extension contexts first.");
    internal static ValidationRule Ctx04 { get; } = new("P3-CTX-04", ValidationSeverity.Error, ValidationLayer.Semantic, "4.6", "embedded", "No Presentation 3 context below *top*.");
    internal static ValidationRule Ctx05 { get; } = new("P3-CTX-05", ValidationSeverity.Error, ValidationLayer.Semantic, "4.6", "top", "No `@graph` key.");
    internal static ValidationRule Ctx06 { get; } = new("P3-CTX-06", ValidationSeverity.Warning, ValidationLayer.Semantic, "3, 4.6", "any", "A property unknown to Presentation 3 and Web Annotation, with no extension context (the property itself is legal).");
    internal static ValidationRule Json01 { get; } = new("P3-JSON-01", ValidationSeverity.Error, ValidationLayer.Semantic, "4.1", "any", "Keys and enumerated values in the spec's case; found when equal to a known term ignoring case.");
    internal static ValidationRule Json02 { get; } = new("P3-JSON-02", ValidationSeverity.Error, ValidationLayer.Semantic, "4.3", "any", "Arrays even for one value: behavior, metadata, thumbnail, provider, homepage, logo, rendering, seeAlso, partOf, service, services, items, structures, annotations, language.");
    internal static ValidationRule Json03 { get; } = new("P3-JSON-03", ValidationSeverity.Error, ValidationLayer.Semantic, "4.2", "any", "A link is an object with `id` and `type`, not a URI string (exempt: Ann `target`/`body`, SR `source`).");
    internal static ValidationRule Json04 { get; } = new("P3-JSON-04", ValidationSeverity.Error, ValidationLayer.Semantic, "3", "any", "No arrays for type, format, profile, rights, navDate, viewingDirection, timeMode, requiredStatement, start, supplementary, placeholderCanvas, accompanyingCanvas (legacy services: their own API).");
    internal static ValidationRule Id01 { get; } = new("P3-ID-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 id", "IIIF classes, Agt, CR", "Has `id`, a string (if `@id` instead: suggest the upgrader).");
    internal static ValidationRule Id02 { get; } = new("P3-ID-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 id", "SR, Ch, TB", "Has `id`; Web Annotation makes it optional, the cookbook omits it. Check against the spec text.");
    internal static ValidationRule Id03 { get; } = new("P3-ID-03", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 id, 5, 6.1", "Col, Man, Can, AP, Ann", "`id` is an absolute, well-formed HTTP(S) URI, special characters encoded.");
    internal static ValidationRule Id04 { get; } = new("P3-ID-04", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 provider, 5.4, 5.7, 5.8", "Rng, AC, Agt, CR, services", "`id` is an absolute, well-formed URI.");
    internal static ValidationRule Id05 { get; } = new("P3-ID-05", ValidationSeverity.Warning, ValidationLayer.Semantic, "5.4, 5.8", "Rng, AC", "`id` is HTTP(S).");
    internal static ValidationRule Id06 { get; } = new("P3-ID-06", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 id, 5.3", "Can", "`id` has no fragment.");
    internal static ValidationRule Id07 { get; } = new("P3-ID-07", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 id, 5.2", "top", "If fetched by the validator, `id` equals the URL fetched.");
    internal static ValidationRule Id08 { get; } = new("P3-ID-08", ValidationSeverity.Warning, ValidationLayer.Semantic, "6.1", "IIIF classes", "`id` is https, without query or fragment (fragment ids of embedded-only resources, e.g. Ranges, are fine).");
    internal static ValidationRule Id09 { get; } = new("P3-ID-09", ValidationSeverity.Warning, ValidationLayer.Semantic, "—", "any", "Two different embedded descriptions share an `id` (references may repeat it). Implied by JSON-LD identity.");
    internal static ValidationRule Type01 { get; } = new("P3-TYPE-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 type", "any", "Has `type`.");
    internal static ValidationRule Type02 { get; } = new("P3-TYPE-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 type, 5.7", "CR", "`type` is Dataset, Image, Model, Sound, Text or Video (or Canvas, Ch, SR, TB where allowed).");
    internal static ValidationRule Type03 { get; } = new("P3-TYPE-03", ValidationSeverity.Error, ValidationLayer.Semantic, "5.7", "CR", "An Image with a IIIF Image service has `type` `Image` and an `id` other than the bare service URI.");
    internal static ValidationRule Lang01 { get; } = new("P3-LANG-01", ValidationSeverity.Error, ValidationLayer.Semantic, "4.4", "any", "`label`, `summary`, and `label`/`value` in `metadata` and `requiredStatement` are objects of string arrays.");
    internal static ValidationRule Lang02 { get; } = new("P3-LANG-02", ValidationSeverity.Error, ValidationLayer.Semantic, "4.4", "any", "The no-language key is `none`, not `@none`.");
    internal static ValidationRule Lang03 { get; } = new("P3-LANG-03", ValidationSeverity.Error, ValidationLayer.Semantic, "4.4", "any", "Other keys are well-formed BCP 47 tags (`es-419`, `zh-Hant-TW`); syntax only.");
    internal static ValidationRule Lang04 { get; } = new("P3-LANG-04", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 language", "CR, links", "`language` items are well-formed BCP 47 tags.");
    internal static ValidationRule Html01 { get; } = new("P3-HTML-01", ValidationSeverity.Error, ValidationLayer.Semantic, "4.5", "any", "HTML (a value starting `<`, ending `>`) only in `summary`, `metadata[].value`, `requiredStatement.value`.");
    internal static ValidationRule Html02 { get; } = new("P3-HTML-02", ValidationSeverity.Error, ValidationLayer.Semantic, "4.5", "any", "HTML is well-formed XML with one root element and nothing, not even whitespace, around it. Plain text that looks like HTML should end with a space.");
    internal static ValidationRule Html03 { get; } = new("P3-HTML-03", ValidationSeverity.Warning, ValidationLayer.Semantic, "4.5", "any", "Only markup clients keep: tags a b br i img p small span sub sup, attributes `a@href`, `img@src/alt`, http/https/mailto links; no comments, CDATA, PIs. From client duties.");
    internal static ValidationRule Desc01 { get; } = new("P3-DESC-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 label", "Col, Man", "Has `label` with at least one entry.");
    internal static ValidationRule Desc02 { get; } = new("P3-DESC-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.1 label", "Can, Rng, AC", "Has `label` with at least one entry.");
    internal static ValidationRule Desc03 { get; } = new("P3-DESC-03", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.1", "Col, Man", "Has `metadata`, `summary`, `provider`, `thumbnail` (one finding each).");
    internal static ValidationRule Desc04 { get; } = new("P3-DESC-04", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 metadata, requiredStatement", "any", "`metadata` entries and `requiredStatement` have both `label` and `value`.");
    internal static ValidationRule Desc05 { get; } = new("P3-DESC-05", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.1 label, thumbnail", "CR in Ch", "Options of a painted Choice have `label` and `thumbnail`.");
    internal static ValidationRule Desc06 { get; } = new("P3-DESC-06", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.1 thumbnail", "Can", "A Canvas with several painting Annotations has `thumbnail`.");
    internal static ValidationRule Rights01 { get; } = new("P3-RIGHTS-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 rights", "any", "`rights` is an absolute URI.");
    internal static ValidationRule Rights02 { get; } = new("P3-RIGHTS-02", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 rights", "any", "CC and RightsStatements.org values use their http machine URIs: `http://creativecommons.org/licenses/…`, `…/publicdomain/…`, `http://rightsstatements.org/vocab/…`.");
    internal static ValidationRule Rights03 { get; } = new("P3-RIGHTS-03", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 rights, 4.6", "any", "Any other value, with no extension context in `@context`.");
    internal static ValidationRule Rights04 { get; } = new("P3-RIGHTS-04", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.1 rights", "any", "Any other value, with an extension context: unverifiable.");
    internal static ValidationRule Rights05 { get; } = new("P3-RIGHTS-05", ValidationSeverity.Info, ValidationLayer.Semantic, "3.1 rights", "any", "A CC URI ending in `deed.xx` or `legalcode`, not the licence root. Check against the spec text.");
    internal static ValidationRule Nav01 { get; } = new("P3-NAV-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 navDate", "Col, Man, Can, Rng", "`navDate` is an XSD dateTime with timezone (`Z` or `±hh:mm`).");
    internal static ValidationRule Nav02 { get; } = new("P3-NAV-02", ValidationSeverity.Info, ValidationLayer.Semantic, "3.1 navDate", "same", "`navDate` has an offset, not `Z`: a SHOULD, but offsets are explicitly allowed.");
    internal static ValidationRule Prov01 { get; } = new("P3-PROV-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 provider", "Agt", "Has URI `id`, `type` `Agent`, `label`.");
    internal static ValidationRule Prov02 { get; } = new("P3-PROV-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.1 provider", "Agt", "Has `homepage` and `logo`.");
    internal static ValidationRule Prov03 { get; } = new("P3-PROV-03", ValidationSeverity.Error, ValidationLayer.Semantic, "3.3.1 logo", "Agt", "`logo` items have `type` `Image`.");
    internal static ValidationRule Ph01 { get; } = new("P3-PH-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1 placeholderCanvas", "Col, Man, Can, Rng", "`placeholderCanvas`, `accompanyingCanvas`: an object with `id`, `type` `Canvas`.");
    internal static ValidationRule Ph02 { get; } = new("P3-PH-02", ValidationSeverity.Error, ValidationLayer.Semantic, "3.1, App. A", "Can", "Such a Canvas has neither property itself.");
    internal static ValidationRule Prop01 { get; } = new("P3-PROP-01", ValidationSeverity.Error, ValidationLayer.Semantic, "App. A", "any", "A property Appendix A does not allow on this type (`navDate` on Ann, `height` on AP); the message says where it may go.");
    internal static ValidationRule Prop02 { get; } = new("P3-PROP-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 profile, 3.3.1 logo", "any", "A property defined elsewhere, with no MUST NOT: `logo` off an Agent, `profile` on a IIIF class (Appendix A forbids it, the `profile` text allows it).");
    internal static ValidationRule Prop03 { get; } = new("P3-PROP-03", ValidationSeverity.Warning, ValidationLayer.Semantic, "change log", "any", "A 2.x or draft name (`sequences`, `viewingHint`, `attribution`, `license`, `description`, `related`, `within`, `otherContent`, `startCanvas`, `posterCanvas`); the message names the 3.0 term.");
    internal static ValidationRule Dim01 { get; } = new("P3-DIM-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 height, width, duration", "Can, CR", "`height`, `width` positive integers; `duration` a positive number.");
    internal static ValidationRule Dim02 { get; } = new("P3-DIM-02", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 height, width", "Can", "`height` and `width` come together.");
    internal static ValidationRule Dim03 { get; } = new("P3-DIM-03", ValidationSeverity.Error, ValidationLayer.Semantic, "5.3", "Can", "Has `height`+`width`, `duration`, or both.");
    internal static ValidationRule Dim04 { get; } = new("P3-DIM-04", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2, 3.1 thumbnail", "CR", "Image/Video (thumbnails too) have `width`+`height`, Sound/Video `duration`.");
    internal static ValidationRule Fmt01 { get; } = new("P3-FMT-01", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 format, 4.2", "CR, links", "Content resources and external links (bodies, thumbnail, logo, homepage, rendering, seeAlso) have `format`; IIIF classes are exempt.");
    internal static ValidationRule Fmt02 { get; } = new("P3-FMT-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 format", "CR", "`format` is a media type (`type/subtype`), as a Content-Type header gives.");
    internal static ValidationRule Prof01 { get; } = new("P3-PROF-01", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 profile", "seeAlso, service items", "Have `profile`.");
    internal static ValidationRule Voc01 { get; } = new("P3-VOC-01", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2", "any", "A `behavior`, `viewingDirection` or `timeMode` value 3.0 does not define (only extensions may).");
    internal static ValidationRule Mot01 { get; } = new("P3-MOT-01", ValidationSeverity.Info, ValidationLayer.Semantic, "3.5", "Ann", "A `motivation` other than `painting`, `supplementing`, a Web Annotation one, or one a registered IIIF extension or API defines (`contentState`, `georeferencing`).");
    internal static ValidationRule Beh01 { get; } = new("P3-BEH-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 behavior", "any", "`behavior` items are strings.");
    internal static ValidationRule Beh02 { get; } = new("P3-BEH-02", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 behavior, App. A", "any", "Known values are allowed on this type (the spec says where each value may go).");
    internal static ValidationRule Beh03 { get; } = new("P3-BEH-03", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 behavior", "any", "No two values from one disjoint set.");
    internal static ValidationRule Beh04 { get; } = new("P3-BEH-04", ValidationSeverity.Error, ValidationLayer.Semantic, "5.4", "Rng", "A `sequence` Range is directly in `structures`, never in another Range.");
    internal static ValidationRule Beh05 { get; } = new("P3-BEH-05", ValidationSeverity.Error, ValidationLayer.Semantic, "3.2 behavior", "Rng", "Child Ranges of a `thumbnail-nav` Range have `thumbnail`.");
    internal static ValidationRule Beh06 { get; } = new("P3-BEH-06", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.2 behavior", "Col, Man, Can, Rng", "auto-advance, no-auto-advance, repeat, no-repeat need Canvases with `duration`; continuous, paged, facing-pages, non-paged need `height`/`width`.");
    internal static ValidationRule Beh07 { get; } = new("P3-BEH-07", ValidationSeverity.Info, ValidationLayer.Semantic, "3.2 behavior", "any", "A value is repeated.");
    internal static ValidationRule Link01 { get; } = new("P3-LINK-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.3.1", "homepage, rendering items", "Have `label`.");
    internal static ValidationRule Link02 { get; } = new("P3-LINK-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.3.1, 3.3.2", "seeAlso, partOf items", "Have `label`.");
    internal static ValidationRule Svc01 { get; } = new("P3-SVC-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.3.1 service", "service(s) items", "Objects with `id` or `@id`, and `type` or `@type`.");
    internal static ValidationRule Svc02 { get; } = new("P3-SVC-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.3.1 service", "service items", "No `@context` inside.");
    internal static ValidationRule Svc03 { get; } = new("P3-SVC-03", ValidationSeverity.Error, ValidationLayer.Semantic, "3.3.1 services", "Col", "`services` only on the top-most Collection.");
    internal static ValidationRule Svc04 { get; } = new("P3-SVC-04", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.3.1 service", "service items", "`@id`/`@type` for the legacy types (ImageService1/2, SearchService1, AutoCompleteService1, Auth…Service1), `id`/`type` for newer ones; never mixed.");
    internal static ValidationRule Start01 { get; } = new("P3-START-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.3.2 start", "Man, Rng", "`start` is a Canvas, or an SR with a selector and a Canvas `source`.");
    internal static ValidationRule Start02 { get; } = new("P3-START-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.3.2 start", "Man, Rng", "`start`'s Canvas (fragment, selector removed) is one of the Manifest's Canvases. Implied.");
    internal static ValidationRule Supp01 { get; } = new("P3-SUPP-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.3.2 supplementary", "Rng", "`supplementary` is one object, `type` `AnnotationCollection`.");
    internal static ValidationRule Items01 { get; } = new("P3-ITEMS-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 items", "Col", "Has `items`, each a Collection or Manifest.");
    internal static ValidationRule Items02 { get; } = new("P3-ITEMS-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "5.1", "Col", "`items` is empty.");
    internal static ValidationRule Items03 { get; } = new("P3-ITEMS-03", ValidationSeverity.Error, ValidationLayer.Semantic, "5.1", "Col", "Manifests in `items` are referenced, not embedded (no `items`, `structures`).");
    internal static ValidationRule Items04 { get; } = new("P3-ITEMS-04", ValidationSeverity.Error, ValidationLayer.Semantic, "5.1", "Col", "Collections and Manifests in `items` have `label`.");
    internal static ValidationRule Items05 { get; } = new("P3-ITEMS-05", ValidationSeverity.Warning, ValidationLayer.Semantic, "5.1", "Col", "... and `thumbnail`.");
    internal static ValidationRule Items06 { get; } = new("P3-ITEMS-06", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 items, 5.2", "Man", "`items` has at least one entry, each a Canvas.");
    internal static ValidationRule Items07 { get; } = new("P3-ITEMS-07", ValidationSeverity.Warning, ValidationLayer.Semantic, "3.4 items", "Can, AP", "Has at least one item. An AP without `items` inside a Canvas or `annotations` is a reference; only `items: []` or a top-level AP is reported.");
    internal static ValidationRule Items08 { get; } = new("P3-ITEMS-08", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 items", "Can", "Items are AnnotationPages.");
    internal static ValidationRule Items09 { get; } = new("P3-ITEMS-09", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 items", "AP", "Items are Annotations.");
    internal static ValidationRule Items10 { get; } = new("P3-ITEMS-10", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 items, 5.4", "Rng", "`items`, if present, is non-empty, of objects with `id`, `type`: Range, Canvas, or SR with a Canvas `source`. A top-level Range has `items`.");
    internal static ValidationRule Str01 { get; } = new("P3-STR-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 structures", "Man", "`structures` entries have `type` `Range`.");
    internal static ValidationRule Str02 { get; } = new("P3-STR-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "5.4", "Rng", "Canvases in a Range (fragment, selector removed) are among the Manifest's Canvases. Implied by 5.4; check against the spec text.");
    internal static ValidationRule Anno01 { get; } = new("P3-ANNO-01", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 annotations", "Col, Man, Can, Rng, CR", "`annotations` entries are AnnotationPage objects with `id`, `type`.");
    internal static ValidationRule Anno02 { get; } = new("P3-ANNO-02", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 annotations", "AP in `annotations`", "No Annotation is `painting`.");
    internal static ValidationRule Anno03 { get; } = new("P3-ANNO-03", ValidationSeverity.Error, ValidationLayer.Semantic, "3.4 annotations", "AP in `annotations`", "Annotations target the resource listing the page, or part of it.");
    internal static ValidationRule Anno04 { get; } = new("P3-ANNO-04", ValidationSeverity.Error, ValidationLayer.Semantic, "5.6", "Ann", "Has `target`.");
    internal static ValidationRule Paint01 { get; } = new("P3-PAINT-01", ValidationSeverity.Error, ValidationLayer.Semantic, "5.3", "AP in Can `items`", "Annotations are `painting` (other motivations may accompany it).");
    internal static ValidationRule Paint02 { get; } = new("P3-PAINT-02", ValidationSeverity.Error, ValidationLayer.Semantic, "5.6", "painting Ann", "`target` is the Canvas URI, optionally with a media fragment, or an SR with that Canvas as `source`.");
    internal static ValidationRule Paint03 { get; } = new("P3-PAINT-03", ValidationSeverity.Error, ValidationLayer.Semantic, "5.3", "painting Ann", "No body dimension the Canvas lacks: Image, Video, declared height/width need Canvas height/width; Sound, Video, declared duration need its duration.");
    internal static ValidationRule Frag01 { get; } = new("P3-FRAG-01", ValidationSeverity.Error, ValidationLayer.Semantic, "5.3", "Canvas refs", "Fragments and selectors stay inside the Canvas: `xywh` with x, y ≥ 0, x+w ≤ width, y+h ≤ height (`percent:` 0–100), `t` within 0…duration, no dimension it lacks.");
    internal static ValidationRule Frag02 { get; } = new("P3-FRAG-02", ValidationSeverity.Warning, ValidationLayer.Semantic, "5.3", "Canvas refs", "In a combined fragment, `t=` precedes `xywh=`.");

    internal static ValidationRule Ext06 { get; } = new("P3-EXT-06", ValidationSeverity.Error, ValidationLayer.Semantic, "Content State 2 and 3", "content state", "A content state is an Annotation with motivation `contentState` and a `target` (a resource, or an SR of one) — or a bare reference the Content State API allows; each target that is part of a Manifest says so with `partOf`.");
    internal static ValidationRule Ext07 { get; } = new("P3-EXT-07", ValidationSeverity.Error, ValidationLayer.Semantic, "Content State 6", "content state", "An encoded content state is base64url without padding of the URI-component-encoded UTF-8 JSON.");
    internal static ValidationRule Json00 { get; } = new("P3-JSON-00", ValidationSeverity.Error, ValidationLayer.Semantic, "4.1", "top", "The document is UTF-8 JSON that can be read: not empty, well-formed, not nested too deeply, without duplicate keys.");
    internal static ValidationRule Ext01 { get; } = new("P3-EXT-01", ValidationSeverity.Error, ValidationLayer.Semantic, "navPlace", "Col, Man, Rng, Can", "`navPlace` is a GeoJSON FeatureCollection: `type` `FeatureCollection`, `features` a list of objects with `type` `Feature` and a `geometry` (or `null`); on other resources it is not allowed.");
    internal static ValidationRule Ext02 { get; } = new("P3-EXT-02", ValidationSeverity.Error, ValidationLayer.Semantic, "RFC 7946 3.1", "GeoJSON", "A geometry's `coordinates` nest as its type requires (Point a position; LineString ≥ 2 positions; Polygon rings of ≥ 4 positions, first = last; Multi* lists of those; GeometryCollection `geometries`); a position's longitude is within −180…180 and latitude within −90…90.");
    internal static ValidationRule Ext03 { get; } = new("P3-EXT-03", ValidationSeverity.Warning, ValidationLayer.Semantic, "4.6, each extension", "top", "A document that uses an extension's properties lists that extension's context in `@context`, before the Presentation 3 context.");
    internal static ValidationRule Ext04 { get; } = new("P3-EXT-04", ValidationSeverity.Error, ValidationLayer.Semantic, "georeference", "georeferencing Ann", "The body is a FeatureCollection of Features each with `properties.resourceCoords` (2 numbers; the older `pixelCoords` is accepted with a warning) and a Point geometry; at least 3 such control points.");
    internal static ValidationRule Ext05 { get; } = new("P3-EXT-05", ValidationSeverity.Warning, ValidationLayer.Semantic, "text granularity", "Ann", "`textGranularity` is one of `page`, `block`, `paragraph`, `line`, `word`, `glyph`.");
    internal static ValidationRule Schema01 { get; } = new("P3-SCHEMA-01", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: Language keys with digits (`es-419`). Outcome: Suppress if `P3-LANG-03` passes.");
    internal static ValidationRule Schema02 { get; } = new("P3-SCHEMA-02", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: Properties outside the closed Man and AP lists (extensions, `logo`, `posterCanvas`). Outcome: Suppress; `P3-CTX-06`, `P3-PROP-02/03` speak.");
    internal static ValidationRule Schema03 { get; } = new("P3-SCHEMA-03", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: AP with behavior, summary, metadata, requiredStatement, rights, provider, homepage, seeAlso. Outcome: Suppress; `P3-PROP-01` covers the forbidden rest.");
    internal static ValidationRule Schema04 { get; } = new("P3-SCHEMA-04", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: Can without `items`; top-level AP without `items`. Outcome: Replace by `P3-ITEMS-07` (W).");
    internal static ValidationRule Schema05 { get; } = new("P3-SCHEMA-05", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: AP reference (no `items`) in a Canvas's `items`. Outcome: Suppress.");
    internal static ValidationRule Schema06 { get; } = new("P3-SCHEMA-06", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: `rights` outside three http patterns. Outcome: Extension values: `P3-RIGHTS-03/04`. https CC/RS: the schema is right; re-code as `P3-RIGHTS-02` for the fix hint.");
    internal static ValidationRule Schema07 { get; } = new("P3-SCHEMA-07", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: Service mixing `id` and `@type`, or `@id` and `type`. Outcome: Replace by `P3-SVC-04` (W).");
    internal static ValidationRule Schema08 { get; } = new("P3-SCHEMA-08", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: Legacy service with an array `profile`. Outcome: Suppress.");
    internal static ValidationRule Schema09 { get; } = new("P3-SCHEMA-09", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: `format` with upper-case type (`Image/jpeg`) or no slash. Outcome: Upper case: suppress. No slash: `P3-FMT-02` (W).");
    internal static ValidationRule Schema10 { get; } = new("P3-SCHEMA-10", ValidationSeverity.Error, ValidationLayer.Schema, "—", "schema", "Known schema disagreement — the schema rejects, the spec allows: Canvas or Range as top-level document. Outcome: Skip the schema layer, I finding.");
    internal static ValidationRule Schema00 { get; } = new("P3-SCHEMA-00", ValidationSeverity.Error, ValidationLayer.Schema, "—", "any", "The document does not pass the official IIIF Presentation 3.0 JSON schema.");

    // Declared after the rules: static initializers run in order, and Build reads them.

    /// <summary>Gets every rule; <c>docs/rules.md</c> is generated from this list.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } = Build();

    private static List<ValidationRule> Build()
    {
        var rules = new List<ValidationRule>
        {
            Json00,
            Ctx01,
            Ctx02,
            Ctx03,
            Ctx04,
            Ctx05,
            Ctx06,
            Json01,
            Json02,
            Json03,
            Json04,
            Id01,
            Id02,
            Id03,
            Id04,
            Id05,
            Id06,
            Id07,
            Id08,
            Id09,
            Type01,
            Type02,
            Type03,
            Lang01,
            Lang02,
            Lang03,
            Lang04,
            Html01,
            Html02,
            Html03,
            Desc01,
            Desc02,
            Desc03,
            Desc04,
            Desc05,
            Desc06,
            Rights01,
            Rights02,
            Rights03,
            Rights04,
            Rights05,
            Nav01,
            Nav02,
            Prov01,
            Prov02,
            Prov03,
            Ph01,
            Ph02,
            Prop01,
            Prop02,
            Prop03,
            Dim01,
            Dim02,
            Dim03,
            Dim04,
            Fmt01,
            Fmt02,
            Prof01,
            Voc01,
            Mot01,
            Beh01,
            Beh02,
            Beh03,
            Beh04,
            Beh05,
            Beh06,
            Beh07,
            Link01,
            Link02,
            Svc01,
            Svc02,
            Svc03,
            Svc04,
            Start01,
            Start02,
            Supp01,
            Items01,
            Items02,
            Items03,
            Items04,
            Items05,
            Items06,
            Items07,
            Items08,
            Items09,
            Items10,
            Str01,
            Str02,
            Anno01,
            Anno02,
            Anno03,
            Anno04,
            Paint01,
            Paint02,
            Paint03,
            Frag01,
            Frag02,
            Ext01,
            Ext02,
            Ext03,
            Ext04,
            Ext05,
            Ext06,
            Ext07,
            Schema00,
            Schema01,
            Schema02,
            Schema03,
            Schema04,
            Schema05,
            Schema06,
            Schema07,
            Schema08,
            Schema09,
            Schema10,
        };
        foreach (ValidationRule rule in rules)
        {
            s_byCode.Add(rule.Code, rule);
        }

        return rules;
    }
}
