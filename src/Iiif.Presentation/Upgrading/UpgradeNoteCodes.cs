using System.Linq;
using System.Reflection;

namespace Iiif.Presentation;

/// <summary>The stable codes of <see cref="UpgradeNote.Code"/>.</summary>
public static class UpgradeNoteCodes
{
    /// <summary>Info: the input is already Presentation 3.0 and is returned as read.</summary>
    public const string AlreadyV3 = "already-v3";

    /// <summary>Info: the input has no Presentation 2 context, but its <c>sc:</c>/<c>oa:</c> types say it is 2.x.</summary>
    public const string ContextInferred = "context-inferred";

    /// <summary>Info: a nested <c>@context</c> was removed or moved to the top.</summary>
    public const string ContextMoved = "context-moved";

    /// <summary>Info: a <c>type</c> was set by position or derived, not copied.</summary>
    public const string TypeInferred = "type-inferred";

    /// <summary>Info: a resource without an id got one derived from its parent's.</summary>
    public const string IdMinted = "id-minted";

    /// <summary>Info: HTML that did not start and end with a tag was wrapped in <c>&lt;span&gt;</c>.</summary>
    public const string HtmlWrapped = "html-wrapped";

    /// <summary>Info: HTML that was not well-formed XML was made so, as 3.0 requires: what was left open was
    /// closed, a bare <c>&amp;</c> or an HTML-only entity written the XML way, or text that only looked like
    /// HTML escaped.</summary>
    public const string HtmlRepaired = "html-repaired";

    /// <summary>Info: markup clients do not keep (other tags, attributes, scripts, comments) was removed from
    /// HTML, as <see cref="UpgradeOptions.SanitizeHtml"/> asks.</summary>
    public const string HtmlSanitized = "html-sanitized";

    /// <summary>Info: a value was converted to the type 3.0 wants (a string size to an integer).</summary>
    public const string ValueCoerced = "value-coerced";

    /// <summary>Info: a license URI was normalized to the form 3.0's <c>rights</c> accepts.</summary>
    public const string RightsNormalized = "rights-normalized";

    /// <summary>Info: a <c>related</c> link went to <c>metadata</c>.</summary>
    public const string RelatedToMetadata = "related-to-metadata";

    /// <summary>Info: a painting annotation without <c>on</c> targets its Canvas.</summary>
    public const string TargetFilled = "target-filled";

    /// <summary>Info: a motivation was changed (<c>painting</c> outside a Canvas's images).</summary>
    public const string MotivationChanged = "motivation-changed";

    /// <summary>Info: <c>rdf:nil</c> was removed from a Choice.</summary>
    public const string ChoiceNilRemoved = "choice-nil-removed";

    /// <summary>Info: a viewing hint has no 3.0 behavior on this resource and was left out.</summary>
    public const string BehaviorDropped = "behavior-dropped";

    /// <summary>Info: a Collection without <c>members</c> lists its collections before its manifests.</summary>
    public const string MemberOrderAssumed = "member-order-assumed";

    /// <summary>Info: a Range without <c>members</c> lists its ranges before its canvases.</summary>
    public const string RangeOrderAssumed = "range-order-assumed";

    /// <summary>Info: a 2.0 Range placed by its <c>within</c> was moved into its parent.</summary>
    public const string RangeReparented = "range-reparented";

    /// <summary>Info: the first Sequence's descriptive and linking properties joined the Manifest's own.</summary>
    public const string SequenceMerged = "sequence-merged";

    /// <summary>Info: a standalone Sequence became a Range with the <c>sequence</c> behavior.</summary>
    public const string SequenceToRange = "sequence-to-range";

    /// <summary>Info: a service's type could not be recognised; it became a generic <c>Service</c>.</summary>
    public const string ServiceTypeUnknown = "service-type-unknown";

    /// <summary>Info: a service's <c>profile</c> kept its first URI only.</summary>
    public const string ServiceProfileReduced = "service-profile-reduced";

    /// <summary>Info: a service used in several places moved to the top-level <c>services</c>.</summary>
    public const string ServiceShared = "service-shared";

    /// <summary>Warning: a label was missing and one was supplied.</summary>
    public const string LabelMissing = "label-missing";

    /// <summary>Warning: a value with no 3.0 form (empty, malformed) was left out.</summary>
    public const string ValueDropped = "value-dropped";

    /// <summary>Warning: a value was kept although it is not valid 3.0.</summary>
    public const string ValueInvalid = "value-invalid";

    /// <summary>Warning: license text or URIs that <c>rights</c> cannot hold went to <c>metadata</c>.</summary>
    public const string LicenseToMetadata = "license-to-metadata";

    /// <summary>Warning: a provider Agent was created to hold a logo.</summary>
    public const string ProviderSynthesized = "provider-synthesized";

    /// <summary>Warning: a Sequence's own id and label (and anything else it has that 3.0 cannot place) have no place in 3.0.</summary>
    public const string SequenceDropped = "sequence-dropped";

    /// <summary>Warning: a Sequence and its Manifest disagreed; the Sequence's value won.</summary>
    public const string SequenceConflict = "sequence-conflict";

    /// <summary>Warning: a Sequence is only referenced, not embedded, and was not fetched.</summary>
    public const string SequenceExternal = "sequence-external";

    /// <summary>Warning: a Canvas found only in a later Sequence was added to <c>items</c>.</summary>
    public const string CanvasAppended = "canvas-appended";

    /// <summary>Warning: a Range used in several places is embedded once and referenced elsewhere.</summary>
    public const string RangeShared = "range-shared";

    /// <summary>Warning: a Collection listed a member twice; the repeat was removed.</summary>
    public const string MemberDuplicate = "member-duplicate";

    /// <summary>Warning: Collection paging was kept as read, not fetched.</summary>
    public const string PagingKept = "paging-kept";

    /// <summary>Warning: a Layer's list of pages became <c>first</c> and <c>last</c>.</summary>
    public const string LayerPages = "layer-pages";

    /// <summary>Warning: a selector of a kind 3.0 does not name was kept as read.</summary>
    public const string SelectorUnknown = "selector-unknown";

    /// <summary>Warning: an extension property on a class the schema closes (Manifest, AnnotationPage).</summary>
    public const string ClosedClassExtension = "closed-class-extension";

    /// <summary>Error: the input lacks something 3.0 requires, and nothing may be invented for it.</summary>
    public const string OutputInvalid = "output-invalid";

    /// <summary>Error: the input is not a Presentation 2 (or 3) document.</summary>
    public const string NotV2 = "not-v2";

    private static readonly Dictionary<string, UpgradeNoteSeverity> s_severities = Severities();

    // Every code, read from the constants above, so a note's record can hold a code as one byte.
    private static readonly string[] s_codes =
    [
        .. typeof(UpgradeNoteCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    private static readonly Dictionary<string, byte> s_numbers = s_codes
        .Select((code, number) => (code, number))
        .ToDictionary(entry => entry.code, entry => checked((byte)entry.number), StringComparer.Ordinal);

    private static readonly UpgradeNoteSeverity[] s_severitiesByNumber = [.. s_codes.Select(SeverityOf)];

    /// <summary>Returns the number of a code, for a note's record.</summary>
    /// <exception cref="ArgumentException">The code is not one of this class's.</exception>
    internal static byte NumberOf(string code) =>
        s_numbers.TryGetValue(code, out byte number) ? number : throw new ArgumentException($"Unknown note code \"{code}\".", nameof(code));

    /// <summary>Returns the code of a number <see cref="NumberOf"/> gave.</summary>
    internal static string OfNumber(byte number) => s_codes[number];

    /// <summary>Returns the severity of the code of a number <see cref="NumberOf"/> gave.</summary>
    internal static UpgradeNoteSeverity SeverityOf(byte number) => s_severitiesByNumber[number];

    /// <summary>Returns the severity of a code: every note with a code has the same.</summary>
    internal static UpgradeNoteSeverity SeverityOf(string code) =>
        s_severities.TryGetValue(code, out UpgradeNoteSeverity severity) ? severity : UpgradeNoteSeverity.Info;

    private static Dictionary<string, UpgradeNoteSeverity> Severities()
    {
        var map = new Dictionary<string, UpgradeNoteSeverity>(StringComparer.Ordinal);
        foreach (string code in new[]
        {
            LabelMissing, ValueDropped, ValueInvalid, LicenseToMetadata, ProviderSynthesized, SequenceDropped,
            SequenceConflict, SequenceExternal, CanvasAppended, RangeShared, MemberDuplicate, PagingKept,
            LayerPages, SelectorUnknown, ClosedClassExtension,
        })
        {
            map[code] = UpgradeNoteSeverity.Warning;
        }

        map[OutputInvalid] = UpgradeNoteSeverity.Error;
        map[NotV2] = UpgradeNoteSeverity.Error;
        return map;
    }
}
