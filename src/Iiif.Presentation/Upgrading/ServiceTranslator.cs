namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Services (<see href="https://iiif.io/api/presentation/3.0/#service"/>; docs/upgrading.md, "Services"): each
/// typed from its <c>@context</c>, <c>profile</c> or <c>protocol</c> (<see cref="ServiceEvidence"/>), keeping
/// <c>@id</c> and <c>@type</c>; a service named by its URI in one place and defined in another becomes a
/// reference to its definition, which moves to the top-level <c>services</c>.
/// </summary>
internal sealed class ServiceTranslator
{
    private readonly UpgradeContext _context;
    private readonly Dictionary<string, JsonElement> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sharedTypes = new(StringComparer.Ordinal);

    public ServiceTranslator(UpgradeContext context) => _context = context;

    /// <summary>Gets the services that go to the top-level <c>services</c>; <see langword="null"/> when the
    /// document's top cannot hold them (it is not a Manifest or Collection).</summary>
    public List<Service>? Shared { get; private set; }

    /// <summary>Finds the services defined in one place and named by a bare URI in another, before the walk.</summary>
    /// <param name="root">The document.</param>
    /// <param name="shareable">Whether the top of the document can hold shared services.</param>
    public void Prepare(JsonElement root, bool shareable)
    {
        Shared = shareable ? [] : null;
        if (NamesAServiceByUri(_context.Json.Span))
        {
            Collect(root, inService: false);
        }
    }

    /// <summary>Adds the services of a <c>service</c> value to a list.</summary>
    public void Translate(JsonElement value, At at, string? baseId, IList<Service> into)
    {
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    into.Add(Reference(V2Json.Text(item)!, itemAt, baseId));
                    break;
                case JsonValueKind.Object when V2Json.IsEmptyObject(item):
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "An empty service ({}) was left out.");
                    break;
                case JsonValueKind.Object:
                    into.Add(V2Json.IdOf(item) is { } id && _named.Contains(id) && Shared is not null
                        ? Reference(id, itemAt, baseId)
                        : Service(item, itemAt, baseId));
                    break;
                default:
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, $"A service must be an object, not {V2Json.Kind(item.ValueKind)}.", item);
                    break;
            }
        }
    }

    /// <summary>A service named by its URI: a reference typed from its definition, which moves to the top <c>services</c>.</summary>
    private Service Reference(string id, At at, string? baseId)
    {
        if (_sharedTypes.TryGetValue(id, out string? type))
        {
            return Create(type, id);
        }

        Service reference;
        if (_definitions.TryGetValue(id, out JsonElement definition))
        {
            Service converted = Service(definition, at, baseId);
            type = converted.Type ?? "Service";
            reference = Create(type, id);
            if (Shared is not null)
            {
                Shared.Add(converted);
                _context.Note(UpgradeNoteCodes.ServiceShared, at.Path, OutputPlace.Of(converted),
                    $"The service {id} is used in several places; its definition moved to the top-level services and each use refers to it.");
            }
        }
        else
        {
            type = "Service";
            reference = Create(type, id);
            _context.Note(UpgradeNoteCodes.ServiceTypeUnknown, at.Path, OutputPlace.Of(reference),
                $"The service {id} is named by its URI only and defined nowhere in the document; it became a reference of type Service.");
        }

        _sharedTypes[id] = type;
        return reference;
    }

    /// <summary>One service object: typed from its context, profile or protocol; keys stay <c>@id</c>/<c>@type</c>.</summary>
    private Service Service(JsonElement src, At at, string? baseId)
    {
        InputPath input = at.Path;
        if (src.TryGetProperty("type"u8, out JsonElement type3) && type3.ValueKind == JsonValueKind.String && !src.TryGetProperty("@type"u8, out _))
        {
            // A 3.0 service: as it is, but for nested services.
            Service same = IiifTypes.Find(V2Json.Text(type3)!) is { Kind: ResourceKind.Service } known3 ? (Service)known3.CreateResource() : new Service(null);
            _context.Verbatim.ReadObject(same, Slot.Service, src, except: "service");
            if (src.TryGetProperty("service"u8, out JsonElement nested3))
            {
                same.Service.Clear();
                Members.WriteEmpty(same.Service);
                Translate(nested3, At.Of(input, "service"), baseId, same.Service);
            }

            return same;
        }

        string? written = V2Json.StringOf(src, "@type"u8);
        IiifType? evidence = Evidence(src);
        string resultType = written is not null && IiifTypes.Find(written) is { Kind: ResourceKind.Service } named && named.Name == written
            ? written
            : evidence?.Name ?? "Service";
        Service service = Create(resultType, id: null);
        if (V2Json.IdOf(src, out string idKey) is { } id)
        {
            service.Id = _context.Ids.Normalize(id, baseId, At.Of(input, idKey), OutputPlace.Of(service, "@id"));
        }
        else
        {
            service.Id = _context.Ids.Mint(baseId, "service", 1, "service", input, service);
        }

        if (resultType != written && evidence is not null && written is not null)
        {
            _context.Note(UpgradeNoteCodes.TypeInferred, input.Key("@type"), OutputPlace.Of(service, "@type"),
                $"The service's @type \"{written}\" became {evidence.Name}, as its context or profile says.", src.GetProperty("@type"));
        }
        else if (evidence is null && resultType == "Service")
        {
            _context.Note(UpgradeNoteCodes.ServiceTypeUnknown, input, OutputPlace.Of(service),
                "Neither the service's @context, profile nor protocol names a known service; it is a generic Service and keeps its @context.",
                written is null ? null : src.GetProperty("@type"));
        }

        foreach (JsonProperty property in src.EnumerateObject())
        {
            string key = V2Keys.Name(property);
            switch (key)
            {
                case "@id":
                case "@type":
                case "id" when idKey != "@id":
                    break;
                case "id":
                    VerbatimReader.AddExtension(service.ExtensionData, key, property.Value);
                    break;
                case "@context" when resultType != "Service" && IsServiceContext(property.Value):
                    break;
                case "profile":
                    Profile(service, property, At.Of(input, key));
                    break;
                case "service":
                    Translate(property.Value, At.Of(input, key), baseId, service.Service);
                    break;
                default:
                    _context.Verbatim.Put(service, Slot.Service, key, property, At.Of(input, key));
                    break;
            }
        }

        return service;
    }

    /// <summary>3.0 gives a service one <c>profile</c>: the first URI of a list is kept, in full.</summary>
    private void Profile(Service service, JsonProperty property, At at)
    {
        JsonElement value = property.Value;
        if (value.ValueKind == JsonValueKind.String)
        {
            string profile = V2Json.Text(value)!;
            if (profile.Trim().Length == 0)
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, "An empty profile was left out.", value);
                return;
            }

            service.Profile = profile;
            return;
        }

        string? first = null;
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && V2Json.Text(item)!.Trim().Length > 0)
                {
                    first = V2Json.Text(item);
                    break;
                }
            }
        }

        if (first is null)
        {
            _context.Verbatim.Put(service, Slot.Service, "profile", property, at);
            return;
        }

        service.Profile = first;
        _context.Note(UpgradeNoteCodes.ServiceProfileReduced, at.Path, OutputPlace.Of(service, "profile"),
            "3.0 gives a service one profile; the first URI was kept and the rest of the array is in this note.", value);
    }

    /// <summary>The type a 2.x service's <c>@context</c>, <c>profile</c> or <c>protocol</c> names.</summary>
    private static IiifType? Evidence(JsonElement src)
    {
        if (src.TryGetProperty("@context"u8, out JsonElement usual) && usual.ValueKind == JsonValueKind.String && usual.ValueEquals(ServiceEvidence.Image2Context))
        {
            return IiifTypes.ImageService2;
        }

        var contexts = new List<string>(1);
        var profiles = new List<string>(1);
        if (src.TryGetProperty("@context"u8, out JsonElement context))
        {
            AddStrings(context, contexts);
        }

        if (src.TryGetProperty("profile"u8, out JsonElement profile))
        {
            AddStrings(profile, profiles);
        }

        return ServiceEvidence.Classify(contexts, profiles, V2Json.StringOf(src, "protocol"u8));
    }

    private static void AddStrings(JsonElement value, List<string> into)
    {
        foreach (JsonElement item in V2Json.ItemsOf(value))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                into.Add(V2Json.Text(item)!);
            }
        }
    }

    /// <summary>Whether every entry of a service's <c>@context</c> is the context of a service API, which 3.0
    /// service types make redundant.</summary>
    private static bool IsServiceContext(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && value.ValueEquals(ServiceEvidence.Image2Context))
        {
            return true;
        }

        foreach (JsonElement item in V2Json.ItemsOf(value))
        {
            if (item.ValueKind != JsonValueKind.String || ServiceEvidence.ContextTypes(V2Json.Text(item)!) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes the service a type names, with <c>@id</c> and <c>@type</c> keys.</summary>
    private static Service Create(string type, string? id)
    {
        Service service = IiifTypes.Find(type) is { Kind: ResourceKind.Service } known ? (Service)known.CreateResource() : new Service(null);
        service.Type = type;
        service.Id = id;
        service.UsesAtId = true;
        service.UsesAtType = true;
        return service;
    }

    /// <summary>Whether the text names a service by a bare URI anywhere (<c>"service": "…"</c> or in a list):
    /// only then are the services of the document gathered.</summary>
    private static bool NamesAServiceByUri(ReadOnlySpan<byte> json)
    {
        ReadOnlySpan<byte> key = "\"service\""u8;
        for (int at = json.IndexOf(key); at >= 0; at = Next(json, at + key.Length, key))
        {
            int i = Skip(json, at + key.Length);
            if (i >= json.Length || json[i] != (byte)':')
            {
                continue;
            }

            i = Skip(json, i + 1);
            if (i < json.Length && json[i] == (byte)'[')
            {
                i = Skip(json, i + 1);
            }

            if (i < json.Length && json[i] == (byte)'"')
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<byte> json, int from, ReadOnlySpan<byte> key)
        {
            int next = json.Slice(from).IndexOf(key);
            return next < 0 ? -1 : from + next;
        }

        static int Skip(ReadOnlySpan<byte> json, int i)
        {
            while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            return i;
        }
    }

    /// <summary>Finds the services defined in one place (an object with more than an id) and the URIs that name
    /// a service elsewhere.</summary>
    private void Collect(JsonElement element, bool inService)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (inService && V2Json.IdOf(element) is { } id && !_definitions.ContainsKey(id) && HasMoreThanOneProperty(element))
            {
                _definitions[id] = element;
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                bool service = property.NameEquals("service"u8);
                if (service)
                {
                    foreach (JsonElement item in V2Json.ItemsOf(property.Value))
                    {
                        if (item.ValueKind == JsonValueKind.String)
                        {
                            _named.Add(V2Json.Text(item)!);
                        }
                    }
                }

                Collect(property.Value, service);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Collect(item, inService);
            }
        }
    }

    private static bool HasMoreThanOneProperty(JsonElement element)
    {
        using JsonElement.ObjectEnumerator properties = element.EnumerateObject();
        return properties.MoveNext() && properties.MoveNext();
    }
}
