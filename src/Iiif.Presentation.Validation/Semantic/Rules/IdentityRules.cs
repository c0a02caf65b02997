using System.Linq;
using static Iiif.Presentation.Validation.Semantic.JsonValues;
using static Iiif.Presentation.Validation.Semantic.ResourceKinds;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// Every resource's <c>type</c> (P3-TYPE-01/02, P3-JSON-01) and <c>id</c> (P3-ID-01…06, 08), and no two
/// different descriptions under one id (P3-ID-09).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#id"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#type"/>. Remembers the descriptions of one document.</remarks>
internal sealed class IdentityRules(RuleContext context)
{
    /// <summary>The names of the content types, in alphabetical order, for messages.</summary>
    private static readonly string s_contentTypes = string.Join(", ", IiifTypes.ContentTypes.Select(t => t.Name).OrderBy(name => name, StringComparer.Ordinal));

    private readonly Dictionary<string, Description> _descriptions = new(StringComparer.Ordinal);

    /// <summary>P3-TYPE-01/02, P3-JSON-01: the resource's <c>type</c>.</summary>
    public void CheckTypeProperty(JsonElement obj, ResourceKind? kind, Slot slot, string? type, bool wrongCase)
    {
        if (type is null)
        {
            if (!obj.TryGetProperty("type", out _) && !obj.TryGetProperty("@type", out _))
            {
                string hint = kind is null or ResourceKind.Content ? string.Empty : $", here \"{ResourceKinds.Name(kind)}\"";
                context.ReportMissing(ValidationRules.Type01, "type", $"Every resource has a `type`{hint}.");
            }

            return;
        }

        if (wrongCase)
        {
            string? fixedCase = CaseVariants.OfType(type);
            context.ReportProperty(ValidationRules.Json01, "type", $"Types are case-sensitive: write \"{fixedCase}\", not \"{type}\".");
            return;
        }

        if (kind == ResourceKind.Content && IsContentSlot(slot) && ExactType(type) is not { Kind: ResourceKind.Content })
        {
            string hint = type == "Audio" ? " Audio content is `Sound`." : string.Empty;
            context.ReportProperty(ValidationRules.Type02, "type",
                $"\"{Show(type)}\" is not a content type of the specification ({s_contentTypes}).{hint}");
        }
    }

    /// <summary>P3-ID-01…06, 08: the resource's <c>id</c>.</summary>
    public void CheckId(JsonElement obj, ResourceKind? kind, Slot slot, Scope scope)
    {
        bool hasId = obj.TryGetProperty("id", out JsonElement idElement);
        bool requiredId = IsIiifClass(kind) || kind is ResourceKind.Agent or ResourceKind.Content;
        if (!hasId || idElement.ValueKind != JsonValueKind.String)
        {
            if (hasId)
            {
                context.ReportProperty(requiredId ? ValidationRules.Id01 : ValidationRules.Id02, "id", $"`id` is a URI string, not {Kind(idElement.ValueKind)}.");
            }
            else if (requiredId && kind != null)
            {
                string hint = obj.TryGetProperty("@id", out _) ? " It has a 2.x `@id`: run 'iiif upgrade'." : string.Empty;
                context.ReportMissing(ValidationRules.Id01, "id", $"A {ResourceKinds.Name(kind)} has an `id`, a URI.{hint}");
            }
            else if (kind is ResourceKind.SpecificResource or ResourceKind.Choice or ResourceKind.TextualBody)
            {
                context.ReportMissing(ValidationRules.Id02, "id", $"A {ResourceKinds.Name(kind)} should have an `id`.");
            }

            return;
        }

        string id = idElement.GetString()!;
        switch (kind)
        {
            case ResourceKind.Collection or ResourceKind.Manifest or ResourceKind.Canvas or ResourceKind.AnnotationPage or ResourceKind.Annotation:
                if (!Uris.IsHttp(id))
                {
                    context.ReportProperty(ValidationRules.Id03, "id", $"The id of a {ResourceKinds.Name(kind)} is an absolute HTTP(S) URI with special characters percent-encoded, not \"{Show(id)}\".");
                    return;
                }

                break;
            case ResourceKind.Range or ResourceKind.AnnotationCollection or ResourceKind.Agent or ResourceKind.Content:
                if (!Uris.IsAbsoluteAndEncoded(id))
                {
                    context.ReportProperty(ValidationRules.Id04, "id", $"The id of a {ResourceKinds.Name(kind)} is an absolute URI with special characters percent-encoded, not \"{Show(id)}\".");
                    return;
                }

                if (kind is ResourceKind.Range or ResourceKind.AnnotationCollection && !Uris.IsHttp(id))
                {
                    context.ReportProperty(ValidationRules.Id05, "id", $"The id of a {ResourceKinds.Name(kind)} should be an HTTP(S) URI, so clients can fetch it.");
                }

                break;
        }

        if (kind == ResourceKind.Canvas && IsFullCanvas(slot) && id.IndexOf('#') >= 0)
        {
            context.ReportProperty(ValidationRules.Id06, "id", "A Canvas id has no fragment; parts of a Canvas are addressed in annotation targets, not in its id.");
        }

        if (IsIiifClass(kind) && IsFullDescription(kind, slot, obj) && Uris.IsHttp(id))
        {
            bool fragmentAllowed = !scope.Top && kind is ResourceKind.Range or ResourceKind.AnnotationPage or ResourceKind.Annotation;
            if (id.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportProperty(ValidationRules.Id08, "id", "The id should use https.");
            }
            else if (id.IndexOf('?') >= 0 || (!fragmentAllowed && id.IndexOf('#') >= 0))
            {
                context.ReportProperty(ValidationRules.Id08, "id", "The id should have no query or fragment.");
            }
        }
    }

    /// <summary>P3-ID-09: remembers descriptions by id, to find two different ones sharing an id.</summary>
    public void RegisterDescription(JsonElement obj, ResourceKind? kind, Slot slot)
    {
        if (!IsIiifClass(kind) || !IsFullDescription(kind, slot, obj) || IdOf(obj) is not { } id)
        {
            return;
        }

        if (_descriptions.TryGetValue(id, out Description? first))
        {
            // Compare the text only when ids collide, which real documents rarely do.
            if (!first.Reported && first.Element.GetRawText() != obj.GetRawText())
            {
                first.Reported = true;
                context.ReportProperty(ValidationRules.Id09, "id",
                    $"Another {ResourceKinds.Name(kind)} described at {(first.Pointer.Length == 0 ? "/" : first.Pointer)} has the same id \"{Show(id)}\" but says something else; each resource has its own id.");
            }
        }
        else
        {
            _descriptions.Add(id, new Description(obj, context.Path.Pointer));
        }
    }

    /// <summary>The first description of an id, and whether its clash was reported.</summary>
    private sealed class Description(JsonElement element, string pointer)
    {
        public JsonElement Element { get; } = element;

        public string Pointer { get; } = pointer;

        public bool Reported { get; set; }
    }
}
