using System;
using System.Text.Json;

namespace Iiif.Presentation.Validation.Semantic;

internal sealed partial class SemanticValidator
{
    /// <summary>P3-LINK-01/02, P3-PROF-01: what an entry of a linking property needs.</summary>
    private void CheckLinkEntry(JsonElement item, Role role)
    {
        bool hasLabel = item.TryGetProperty("label", out _);
        switch (role)
        {
            case Role.Homepage or Role.Rendering when !hasLabel:
                ReportMissing(ValidationRules.Link01, "label", $"A `{(role == Role.Homepage ? "homepage" : "rendering")}` entry has a `label`, so the client can show the link.");
                break;
            case Role.SeeAlso or Role.PartOf when !hasLabel:
                ReportMissing(ValidationRules.Link02, "label", $"A `{(role == Role.SeeAlso ? "seeAlso" : "partOf")}` entry should have a `label`.");
                break;
        }

        if (role == Role.SeeAlso && !item.TryGetProperty("profile", out _))
        {
            ReportMissing(ValidationRules.Prof01, "profile", "A `seeAlso` entry should have a `profile` saying what schema the data follows.");
        }
    }

    /// <summary>P3-SVC-01/02/04, P3-PROF-01: a service, and the services inside it.</summary>
    private void VisitService(JsonElement service)
    {
        bool id = service.TryGetProperty("id", out JsonElement idValue) && idValue.ValueKind == JsonValueKind.String;
        bool atId = service.TryGetProperty("@id", out JsonElement atIdValue) && atIdValue.ValueKind == JsonValueKind.String;
        bool type = service.TryGetProperty("type", out JsonElement typeValue) && typeValue.ValueKind == JsonValueKind.String;
        bool atType = service.TryGetProperty("@type", out JsonElement atTypeValue) && atTypeValue.ValueKind == JsonValueKind.String;

        if (!id && !atId)
        {
            ReportMissing(ValidationRules.Svc01, "id", "A service has an `id` (or `@id` for older APIs), so clients can call it.");
        }

        if (!type && !atType)
        {
            ReportMissing(ValidationRules.Svc01, "type", "A service has a `type` (or `@type` for older APIs), such as ImageService3 or ImageService2.");
        }

        if (service.TryGetProperty("@context", out _))
        {
            ReportProperty(ValidationRules.Svc02, "@context", "A service listed in a Presentation 3 document should not carry its own `@context`.");
        }

        string? typeName = type ? typeValue.GetString() : atType ? atTypeValue.GetString() : null;
        if (typeName is not null)
        {
            bool legacy = IsLegacyServiceType(typeName);
            bool modern = IsModernServiceType(typeName);
            if ((legacy && (id || type)) || (modern && (atId || atType)) || (!legacy && !modern && ((id && atType) || (atId && type))))
            {
                string keys = legacy ? "`@id` and `@type`" : modern ? "`id` and `type`" : "one pair of keys, `id`/`type` or `@id`/`@type`";
                ReportMissing(ValidationRules.Svc04, legacy ? "@type" : "type", $"A {typeName} is written with {keys}, never mixed.");
            }
        }

        if (!service.TryGetProperty("profile", out _))
        {
            ReportMissing(ValidationRules.Prof01, "profile", "A service should have a `profile` (its compliance level or kind).");
        }

        if (service.TryGetProperty("service", out JsonElement inner))
        {
            _path.Push("service");
            VisitLinks(inner, Role.Service, default);
            _path.Pop();
        }
    }

    private static bool IsLegacyServiceType(string type) => type switch
    {
        "ImageService1" or "ImageService2" or "SearchService1" or "AutoCompleteService1" => true,
        _ => type.StartsWith("Auth", StringComparison.Ordinal) && type.EndsWith("Service1", StringComparison.Ordinal),
    };

    private static bool IsModernServiceType(string type) => type switch
    {
        "ImageService3" or "SearchService2" or "AutoCompleteService2" => true,
        _ => type.StartsWith("Auth", StringComparison.Ordinal) && type.EndsWith("Service2", StringComparison.Ordinal),
    };

    /// <summary>P3-TYPE-03, P3-DIM-04, P3-FMT-01: a content resource.</summary>
    private void CheckContent(JsonElement obj, Role role, string? type)
    {
        if (IsContentRole(role) && !obj.TryGetProperty("format", out _))
        {
            ReportMissing(ValidationRules.Fmt01, "format", "A content resource should have a `format`, its media type (such as image/jpeg).");
        }

        if (role is Role.Body or Role.ChoiceItem or Role.Thumbnail)
        {
            bool sized = obj.TryGetProperty("width", out _) && obj.TryGetProperty("height", out _);
            bool timed = obj.TryGetProperty("duration", out _);
            if (type is "Image" or "Video" && !sized)
            {
                ReportMissing(ValidationRules.Dim04, "width", $"An {type.ToLowerInvariant()} should give its `width` and `height`.");
            }

            if (type is "Sound" or "Video" && !timed)
            {
                ReportMissing(ValidationRules.Dim04, "duration", $"A {type.ToLowerInvariant()} should give its `duration`.");
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
                    ReportProperty(ValidationRules.Type03, "type", $"A resource with a IIIF Image API service is an Image, not {(type is null ? "untyped" : $"\"{Show(type)}\"")}.");
                }

                if (id is not null && IdOf(service) is { } serviceId && id.TrimEnd('/') == serviceId.TrimEnd('/'))
                {
                    ReportProperty(ValidationRules.Type03, "id", "The image's id is the URL of an image (such as …/full/max/0/default.jpg), not the bare service URI.");
                }
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
            if (service.TryGetProperty("@context", out JsonElement context) && context.ValueKind == JsonValueKind.String &&
                context.GetString()!.StartsWith("http://iiif.io/api/image/", StringComparison.Ordinal))
            {
                return true;
            }

            if (service.TryGetProperty("profile", out JsonElement profile))
            {
                foreach (JsonElement p in Values(profile))
                {
                    if (p.ValueKind == JsonValueKind.String && p.GetString()!.StartsWith("http://iiif.io/api/image/", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>P3-PROV-01/02/03: an Agent in <c>provider</c>.</summary>
    private void CheckAgent(JsonElement agent)
    {
        string? type = TypeOf(agent);
        if (type is not null && type != "Agent")
        {
            ReportProperty(ValidationRules.Prov01, "type", $"A provider is an Agent: \"type\": \"Agent\", not \"{Show(type)}\".");
        }

        if (!agent.TryGetProperty("label", out _))
        {
            ReportMissing(ValidationRules.Prov01, "label", "A provider Agent has a `label`: the organisation's or person's name.");
        }

        if (!agent.TryGetProperty("homepage", out _))
        {
            ReportMissing(ValidationRules.Prov02, "homepage", "A provider Agent should have a `homepage`.");
        }

        if (!agent.TryGetProperty("logo", out JsonElement logos))
        {
            ReportMissing(ValidationRules.Prov02, "logo", "A provider Agent should have a `logo`.");
            return;
        }

        int index = 0;
        foreach (JsonElement logo in Values(logos))
        {
            if (logo.ValueKind == JsonValueKind.Object && TypeOf(logo) is { } logoType && logoType != "Image")
            {
                _path.Push("logo");
                if (logos.ValueKind == JsonValueKind.Array)
                {
                    _path.Push(index);
                }

                ReportProperty(ValidationRules.Prov03, "type", $"A logo is an Image, not \"{Show(logoType)}\".");
                if (logos.ValueKind == JsonValueKind.Array)
                {
                    _path.Pop();
                }

                _path.Pop();
            }

            index++;
        }
    }
}
