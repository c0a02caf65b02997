using static Iiif.Presentation.Validation.Semantic.JsonValues;

namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// Content resources: a <c>format</c> (P3-FMT-01), the size or duration their type implies (P3-DIM-04),
/// an Image for a IIIF Image service (P3-TYPE-03), and the options of a painted Choice (P3-DESC-05).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#57-content-resources"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#57-choice"/>.</remarks>
internal sealed class ContentRules(RuleContext context)
{
    private const string ImageApi = "http://iiif.io/api/image/";

    private static readonly string[] s_choiceNeeds = ["label", "thumbnail"];

    /// <summary>P3-TYPE-03, P3-DIM-04, P3-FMT-01: a content resource.</summary>
    public void CheckContent(JsonElement obj, Slot slot, string? type)
    {
        if (ResourceKinds.IsContentSlot(slot) && !obj.TryGetProperty("format", out _))
        {
            context.ReportMissing(ValidationRules.Fmt01, "format", "A content resource should have a `format`, its media type (such as image/jpeg).");
        }

        if (slot is Slot.Body or Slot.ChoiceItem or Slot.Thumbnail)
        {
            bool sized = obj.TryGetProperty("width", out _) && obj.TryGetProperty("height", out _);
            bool timed = obj.TryGetProperty("duration", out _);
            if (type is "Image" or "Video" && !sized)
            {
                context.ReportMissing(ValidationRules.Dim04, "width", $"An {type.ToLowerInvariant()} should give its `width` and `height`.");
            }

            if (type is "Sound" or "Video" && !timed)
            {
                context.ReportMissing(ValidationRules.Dim04, "duration", $"A {type.ToLowerInvariant()} should give its `duration`.");
            }
        }

        if (obj.TryGetProperty("service", out JsonElement services))
        {
            string? id = IdOf(obj);
            foreach (JsonElement service in Values(services))
            {
                if (!IsImageService(service))
                {
                    continue;
                }

                if (type != "Image")
                {
                    context.ReportProperty(ValidationRules.Type03, "type", $"A resource with a IIIF Image API service is an Image, not {(type is null ? "untyped" : $"\"{Show(type)}\"")}.");
                }

                if (id is not null && IdOf(service) is { } serviceId && id.TrimEnd('/') == serviceId.TrimEnd('/'))
                {
                    context.ReportProperty(ValidationRules.Type03, "id", "The image's id is the URL of an image (such as …/full/max/0/default.jpg), not the bare service URI.");
                }
            }
        }
    }

    /// <summary>P3-DESC-05: an option of a painted Choice has a label and a thumbnail, so users can choose.</summary>
    public void CheckChoiceOption(JsonElement option)
    {
        foreach (string property in s_choiceNeeds)
        {
            if (!option.TryGetProperty(property, out _))
            {
                context.ReportMissing(ValidationRules.Desc05, property, $"An option of a painted Choice should have a `{property}`, so the user can choose between them.");
            }
        }
    }

    private static bool IsImageService(JsonElement service)
    {
        string? type = TypeOf(service);
        if (type is "ImageService1" or "ImageService2" or "ImageService3")
        {
            return true;
        }

        if (service.ValueKind == JsonValueKind.Object)
        {
            if (service.TryGetProperty("@context", out JsonElement serviceContext) && serviceContext.ValueKind == JsonValueKind.String &&
                serviceContext.GetString()!.StartsWith(ImageApi, StringComparison.Ordinal))
            {
                return true;
            }

            if (service.TryGetProperty("profile", out JsonElement profile))
            {
                foreach (JsonElement p in Values(profile))
                {
                    if (p.ValueKind == JsonValueKind.String && p.GetString()!.StartsWith(ImageApi, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
