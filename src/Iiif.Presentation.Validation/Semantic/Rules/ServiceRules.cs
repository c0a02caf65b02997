namespace Iiif.Presentation.Validation.Semantic.Rules;

/// <summary>
/// Services: each has an id and a type (P3-SVC-01), written with the keys of its API's version
/// (P3-SVC-04), no <c>@context</c> of its own (P3-SVC-02), and a <c>profile</c> (P3-PROF-01); the services
/// inside a service are checked the same way.
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/presentation/3.0/#service"/>,
/// <see href="https://iiif.io/api/presentation/3.0/#services"/>.</remarks>
internal sealed class ServiceRules(RuleContext context, LinkRules links)
{
    /// <summary>P3-SVC-01/02/04, P3-PROF-01: a service, and the services inside it.</summary>
    public void VisitService(JsonElement service)
    {
        bool id = service.TryGetProperty("id", out JsonElement idValue) && idValue.ValueKind == JsonValueKind.String;
        bool atId = service.TryGetProperty("@id", out JsonElement atIdValue) && atIdValue.ValueKind == JsonValueKind.String;
        bool type = service.TryGetProperty("type", out JsonElement typeValue) && typeValue.ValueKind == JsonValueKind.String;
        bool atType = service.TryGetProperty("@type", out JsonElement atTypeValue) && atTypeValue.ValueKind == JsonValueKind.String;

        if (!id && !atId)
        {
            context.ReportMissing(ValidationRules.Svc01, "id", "A service has an `id` (or `@id` for older APIs), so clients can call it.");
        }

        if (!type && !atType)
        {
            context.ReportMissing(ValidationRules.Svc01, "type", "A service has a `type` (or `@type` for older APIs), such as ImageService3 or ImageService2.");
        }

        if (service.TryGetProperty("@context", out _))
        {
            context.ReportProperty(ValidationRules.Svc02, "@context", "A service listed in a Presentation 3 document should not carry its own `@context`.");
        }

        string? typeName = type ? typeValue.GetString() : atType ? atTypeValue.GetString() : null;
        if (typeName is not null)
        {
            bool legacy = IsLegacyServiceType(typeName);
            bool modern = IsModernServiceType(typeName);
            if ((legacy && (id || type)) || (modern && (atId || atType)) || (!legacy && !modern && ((id && atType) || (atId && type))))
            {
                string keys = legacy ? "`@id` and `@type`" : modern ? "`id` and `type`" : "one pair of keys, `id`/`type` or `@id`/`@type`";
                context.ReportMissing(ValidationRules.Svc04, legacy ? "@type" : "type", $"A {typeName} is written with {keys}, never mixed.");
            }
        }

        if (!service.TryGetProperty("profile", out _))
        {
            context.ReportMissing(ValidationRules.Prof01, "profile", "A service should have a `profile` (its compliance level or kind).");
        }

        if (service.TryGetProperty("service", out JsonElement inner))
        {
            context.Path.Push("service");
            links.VisitLinks(inner, Slot.Service, default);
            context.Path.Pop();
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
}
