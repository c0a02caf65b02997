namespace Iiif.Presentation.Upgrading;

/// <summary>
/// A Collection (<see href="https://iiif.io/api/presentation/3.0/#51-collection"/>; docs/upgrading.md,
/// "collections, manifests, members"): its <c>members</c>, else its collections then its manifests, become
/// <c>items</c>, each once; paging is kept as read.
/// </summary>
internal sealed class CollectionTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>The properties particular to a Collection.</summary>
    public bool Property(in Frame frame, string key, JsonProperty property)
    {
        switch (key)
        {
            case "collections":
            case "manifests":
            case "members":
                return true; // see Require
            case "first":
            case "last":
            case "total":
            case "next":
            case "prev":
            case "startIndex":
                _context.Verbatim.Put(frame.Resource, frame.Slot, key, property, frame.At(key));
                _context.Note(UpgradeNoteCodes.PagingKept, frame.At(key).Path, frame.Place(key), $"Collection paging (\"{key}\") was kept as read; pages are not fetched.");
                return true;
            default:
                return false;
        }
    }

    /// <summary>A Collection's members and label; a Collection only referred to keeps what it has.</summary>
    public void Require(in Frame frame)
    {
        if (!frame.Reference || HasMembers(frame.Source))
        {
            Members(frame);
            _context.Resources.RequireLabel(frame.Resource, frame.Input, string.Empty);
        }
        else
        {
            _context.Resources.RequireLabel(frame.Resource, frame.Input, frame.Resource.Id ?? string.Empty);
        }
    }

    /// <summary>Whether a 2.x Collection lists its members.</summary>
    public static bool HasMembers(JsonElement src) =>
        src.TryGetProperty("members"u8, out _) || src.TryGetProperty("collections"u8, out _) || src.TryGetProperty("manifests"u8, out _);

    private void Members(in Frame frame)
    {
        JsonElement src = frame.Source;
        var members = new List<(JsonElement Item, ResourceKind Role, At At)>();
        if (src.TryGetProperty("members"u8, out JsonElement list))
        {
            Add(members, list, null, frame.At("members"));
        }
        else
        {
            bool hasCollections = src.TryGetProperty("collections"u8, out JsonElement collections);
            bool hasManifests = src.TryGetProperty("manifests"u8, out JsonElement manifests);
            if (hasCollections)
            {
                Add(members, collections, ResourceKind.Collection, frame.At("collections"));
            }

            if (hasManifests)
            {
                Add(members, manifests, ResourceKind.Manifest, frame.At("manifests"));
            }

            if (hasCollections && hasManifests)
            {
                _context.Note(UpgradeNoteCodes.MemberOrderAssumed, frame.Input, frame.Place("items"),
                    "The Collection lists collections and manifests apart, without members; collections come first, as in the 2.1 examples.");
            }
        }

        IList<IiifResource> items = ((Collection)frame.Resource).Items;
        Upgrading.Members.Reset(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((JsonElement item, ResourceKind role, At at) in members)
        {
            string? id = V2Json.IdOf(item);
            if (id is not null && !seen.Add(role + " " + id))
            {
                _context.Note(UpgradeNoteCodes.MemberDuplicate, at.Path, $"{id} is listed twice; the repeat was removed.", item);
                continue;
            }

            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    IiifResource member = TypeTranslator.Create(role.ToString(), role, Slot.CollectionItem);
                    member.Id = _context.Ids.Normalize(id!, frame.Base, at, OutputPlace.Of(member, "id"));
                    member.Label = LanguageTranslator.Plain(member.Id);
                    items.Add(member);
                    _context.Note(UpgradeNoteCodes.LabelMissing, at.Path, OutputPlace.Of(member, "label"), "The member is a bare URI; its id is its label.");
                    break;
                case JsonValueKind.Object:
                    bool full = role == ResourceKind.Manifest ? item.TryGetProperty("sequences"u8, out _) : HasMembers(item);
                    items.Add(_context.Resources.Translate(item, role, at.Path, frame.Base, items.Count + 1, Slot.CollectionItem, reference: !full));
                    break;
                default:
                    _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A member must be an object or a URI, not {V2Json.Kind(item.ValueKind)}.", item);
                    break;
            }
        }
    }

    private static void Add(List<(JsonElement, ResourceKind, At)> members, JsonElement list, ResourceKind? role, At at)
    {
        int index = 0;
        foreach (JsonElement item in V2Json.ItemsOf(list))
        {
            ResourceKind itemRole = role ?? (TypeTranslator.Names(item, IiifTypes.Collection) ? ResourceKind.Collection : ResourceKind.Manifest);
            members.Add((item, itemRole, at.Item(list, index++)));
        }
    }
}
