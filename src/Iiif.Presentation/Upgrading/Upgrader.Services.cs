using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Iiif.Presentation.Upgrading;

internal sealed partial class Upgrader
{
    private static readonly HashSet<string> s_serviceTypes3 = new(StringComparer.Ordinal)
    {
        "ImageService1", "ImageService2", "ImageService3", "AuthCookieService1", "AuthTokenService1", "AuthLogoutService1",
        "SearchService1", "AutoCompleteService1", "SearchService2", "AutoCompleteService2", "AuthProbeService2",
        "AuthAccessService2", "AuthAccessTokenService2", "AuthLogoutService2", "Service",
    };

    private readonly Dictionary<string, JsonElement> _serviceDefinitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serviceStrings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sharedServiceTypes = new(StringComparer.Ordinal);
    private JsonArray? _topServices;

    /// <summary>Finds services defined in one place and named by a bare URI in another (UPGRADE.md §2.4).</summary>
    private void CollectServices(JsonElement element, bool inService)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (inService && IdOf(element) is { } id && element.EnumerateObject().Count() > 1 && !_serviceDefinitions.ContainsKey(id))
            {
                _serviceDefinitions[id] = element;
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                bool service = property.NameEquals("service");
                if (service)
                {
                    foreach (JsonElement item in Items(property.Value))
                    {
                        if (item.ValueKind == JsonValueKind.String)
                        {
                            _serviceStrings.Add(item.GetString()!);
                        }
                    }
                }

                CollectServices(property.Value, service);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                CollectServices(item, inService);
            }
        }
    }

    private JsonArray Services(JsonElement value, At at) => Collect(value, at, (item, itemAt, _) =>
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                return SharedReference(item.GetString()!, itemAt);
            case JsonValueKind.Object when !item.EnumerateObject().Any():
                Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, "An empty service ({}) was left out.");
                return null;
            case JsonValueKind.Object:
                return IdOf(item) is { } id && _serviceStrings.Contains(id) && _topServices is not null
                    ? SharedReference(id, itemAt)
                    : Service(item, itemAt);
            default:
                Note(UpgradeNoteCodes.ValueDropped, itemAt.In, null, $"A service must be an object, not {Kind(item.ValueKind)}.", item);
                return null;
        }
    });

    /// <summary>A service named by its URI: a reference typed from its definition, which moves to the top <c>services</c>.</summary>
    private JsonObject SharedReference(string id, At at)
    {
        if (!_sharedServiceTypes.TryGetValue(id, out string? type))
        {
            if (_serviceDefinitions.TryGetValue(id, out JsonElement definition))
            {
                var definitionAt = new At(at.In, Child("/services", _topServices?.Count ?? 0), at.Base);
                JsonObject converted = Service(definition, definitionAt);
                type = Text(converted["@type"]) ?? Text(converted["type"]) ?? "Service";
                if (_topServices is not null)
                {
                    _topServices.Push(converted);
                    Note(UpgradeNoteCodes.ServiceShared, at.In, definitionAt.Out,
                        $"The service {id} is used in several places; its definition moved to the top-level services and each use refers to it.");
                }
            }
            else
            {
                type = "Service";
                Note(UpgradeNoteCodes.ServiceTypeUnknown, at, $"The service {id} is named by its URI only and defined nowhere in the document; it became a reference of type Service.");
            }

            _sharedServiceTypes[id] = type;
        }

        return new JsonObject { ["@id"] = id, ["@type"] = type };
    }

    /// <summary>One service object: typed from its context, profile or protocol; keys stay <c>@id</c>/<c>@type</c>.</summary>
    private JsonObject Service(JsonElement src, At at)
    {
        if (src.TryGetProperty("type", out JsonElement type3) && type3.ValueKind == JsonValueKind.String && !src.TryGetProperty("@type", out _))
        {
            // A 3.0 service: as it is, but for nested services.
            JsonObject same = CopyObject(src, at.In);
            if (src.TryGetProperty("service", out JsonElement nested3))
            {
                same["service"] = Services(nested3, at.Prop("service"));
            }

            return same;
        }

        var dst = new JsonObject();
        if (IdOf(src) is { } id)
        {
            dst["@id"] = Id(id, at.Prop(src.TryGetProperty("@id", out _) ? "@id" : "id", "@id"));
        }
        else
        {
            dst["@id"] = Mint(at, "service", 1, "service");
        }

        string? written = StringOf(src, "@type");
        string? evidence = ServiceType(src);
        string resultType;
        if (written is not null && s_serviceTypes3.Contains(written) && written != "Service")
        {
            resultType = written;
        }
        else if (evidence is not null)
        {
            resultType = evidence;
            if (written is not null && !string.Equals(written, evidence, StringComparison.Ordinal))
            {
                Note(UpgradeNoteCodes.TypeInferred, at.InProp("@type").In, Child(at.Out, "@type"),
                    $"The service's @type \"{written}\" became {evidence}, as its context or profile says.", src.GetProperty("@type"));
            }
        }
        else
        {
            resultType = "Service";
            Note(UpgradeNoteCodes.ServiceTypeUnknown, at, "Neither the service's @context, profile nor protocol names a known service; it is a generic Service and keeps its @context.",
                written is null ? null : src.GetProperty("@type"));
        }

        dst["@type"] = resultType;
        foreach (JsonProperty property in src.EnumerateObject())
        {
            switch (property.Name)
            {
                case "@id":
                case "@type":
                    break;
                case "id" when src.TryGetProperty("@id", out _):
                    dst["id"] = Copy(property.Value, Child(at.In, "id"));
                    break;
                case "id":
                    break;
                case "@context" when resultType != "Service" && Items(property.Value).All(c => c.ValueKind == JsonValueKind.String && IsServiceContext(c.GetString()!)):
                    break;
                case "profile":
                    Profile(dst, property.Value, at.Prop("profile"));
                    break;
                case "service":
                    JsonArray nested = Services(property.Value, at.Prop("service"));
                    if (nested.Count > 0)
                    {
                        dst["service"] = nested;
                    }

                    break;
                default:
                    if (!dst.ContainsKey(property.Name))
                    {
                        dst[property.Name] = Copy(property.Value, Child(at.In, property.Name));
                    }

                    break;
            }
        }

        return dst;
    }

    private void Profile(JsonObject dst, JsonElement value, At at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            if (value.GetString()!.Trim().Length == 0)
            {
                Note(UpgradeNoteCodes.ValueDropped, at.In, null, "An empty profile was left out.", value);
                return;
            }

            dst["profile"] = value.GetString();
            return;
        }

        string? first = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String && p.GetString()!.Trim().Length > 0).Select(p => p.GetString()).FirstOrDefault()
            : null;
        if (first is null)
        {
            dst["profile"] = Copy(value, at.In);
            return;
        }

        dst["profile"] = first;
        Note(UpgradeNoteCodes.ServiceProfileReduced, at,
            "3.0 gives a service one profile; the first URI was kept and the rest of the array is in this note.", value);
    }

    private static readonly string[] s_serviceContexts =
    [
        "http://iiif.io/api/image/1/context.json", "http://iiif.io/api/image/2/context.json", "http://iiif.io/api/image/3/context.json",
        "http://library.stanford.edu/iiif/image-api/1.1/context.json", "http://library.stanford.edu/iiif/image-api/context.json",
        "http://iiif.io/api/auth/0/context.json", "http://iiif.io/api/auth/1/context.json",
        "http://iiif.io/api/search/0/context.json", "http://iiif.io/api/search/1/context.json",
    ];

    private static bool IsServiceContext(string uri) => s_serviceContexts.Any(known => IiifContexts.SameUri(uri, known));

    /// <summary>The 3.0 type of a 2.x service from its <c>@context</c>, then <c>profile</c>, then <c>protocol</c>.</summary>
    internal static string? ServiceType(JsonElement src)
    {
        string? family = null;
        if (src.TryGetProperty("@context", out JsonElement context))
        {
            foreach (JsonElement item in Items(context))
            {
                if (item.ValueKind == JsonValueKind.String && Family(item.GetString()!) is { } f)
                {
                    family = f;
                    break;
                }
            }
        }

        var profiles = new List<string>();
        if (src.TryGetProperty("profile", out JsonElement profile))
        {
            profiles.AddRange(Items(profile).Where(p => p.ValueKind == JsonValueKind.String).Select(p => IiifContexts.Bare(p.GetString()!).ToLowerInvariant()));
        }

        if (family is "ImageService1" or "ImageService2" or "ImageService3")
        {
            return family;
        }

        foreach (string p in profiles)
        {
            string? kind = ProfileType(p);
            if (kind is null)
            {
                continue;
            }

            bool fits = family switch
            {
                null => true,
                "Auth" => kind.StartsWith("Auth", StringComparison.Ordinal),
                _ => kind is "SearchService1" or "AutoCompleteService1",
            };
            if (fits)
            {
                return kind;
            }
        }

        if (StringOf(src, "protocol") is { } protocol && IiifContexts.SameUri(protocol, "http://iiif.io/api/image"))
        {
            return "ImageService2";
        }

        return null;
    }

    private static string? Family(string uri)
    {
        string bare = IiifContexts.Bare(uri).ToLowerInvariant();
        return bare switch
        {
            "iiif.io/api/image/2/context.json" => "ImageService2",
            "iiif.io/api/image/1/context.json" or "library.stanford.edu/iiif/image-api/1.1/context.json"
                or "library.stanford.edu/iiif/image-api/context.json" => "ImageService1",
            "iiif.io/api/image/3/context.json" => "ImageService3",
            "iiif.io/api/auth/0/context.json" or "iiif.io/api/auth/1/context.json" => "Auth",
            "iiif.io/api/search/0/context.json" or "iiif.io/api/search/1/context.json" => "Search",
            _ => null,
        };
    }

    private static string? ProfileType(string bare)
    {
        if (bare.StartsWith("iiif.io/api/image/2/", StringComparison.Ordinal)) return "ImageService2";
        if (bare.StartsWith("iiif.io/api/image/1/", StringComparison.Ordinal) || bare.StartsWith("library.stanford.edu/iiif/image-api/", StringComparison.Ordinal)) return "ImageService1";
        if (bare.StartsWith("iiif.io/api/image/3/", StringComparison.Ordinal)) return "ImageService3";
        if (bare.StartsWith("iiif.io/api/auth/0/", StringComparison.Ordinal) || bare.StartsWith("iiif.io/api/auth/1/", StringComparison.Ordinal))
        {
            string last = bare.Substring(bare.LastIndexOf('/') + 1);
            return last switch
            {
                "login" or "clickthrough" or "kiosk" or "external" => "AuthCookieService1",
                "token" => "AuthTokenService1",
                "logout" => "AuthLogoutService1",
                _ => null,
            };
        }

        if (bare.StartsWith("iiif.io/api/search/0/", StringComparison.Ordinal) || bare.StartsWith("iiif.io/api/search/1/", StringComparison.Ordinal))
        {
            return bare.EndsWith("/autocomplete", StringComparison.Ordinal) ? "AutoCompleteService1"
                : bare.EndsWith("/search", StringComparison.Ordinal) ? "SearchService1"
                : null;
        }

        return null;
    }
}
