namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Works out the tree of a Manifest's 2.x <c>structures</c> (docs/upgrading.md, "Range tree"): the children of
/// each Range from <c>members</c>, else <c>ranges</c> then <c>canvases</c>; a 2.0 child placed in the parent its
/// <c>within</c> names, at its first canvas there; the Ranges no other holds at the top.
/// </summary>
internal sealed class RangeTree
{
    private readonly UpgradeContext _context;
    private readonly string? _base;
    private readonly List<RangeNode> _nodes = [];

    public RangeTree(UpgradeContext context, string? baseId)
    {
        _context = context;
        _base = baseId;
    }

    /// <summary>Gets the Ranges by id.</summary>
    public Dictionary<string, RangeNode> ById { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the Ranges at the top of the tree: those no other holds, then those in a cycle with no way in.</summary>
    public IEnumerable<RangeNode> Roots
    {
        get
        {
            foreach (RangeNode node in _nodes)
            {
                if (!node.HasParent)
                {
                    yield return node;
                }
            }

            foreach (RangeNode node in _nodes)
            {
                if (node.State == 0)
                {
                    yield return node;
                }
            }
        }
    }

    /// <summary>Reads the Ranges of <c>structures</c>; a Range given by its URI is added as a reference.</summary>
    public void Build(JsonElement input, At at, IList<IiifRange> structures, OutputPlace place)
    {
        int index = 0;
        foreach (JsonElement item in V2Json.ItemsOf(input))
        {
            InputPath itemIn = at.Item(input, index++).Path;
            if (item.ValueKind != JsonValueKind.Object)
            {
                if (V2Json.IdOf(item, reference: true) is { } reference)
                {
                    structures.Add(new IiifRange(reference));
                    _context.Note(UpgradeNoteCodes.TypeInferred, itemIn, place, "A range given by its URI became a Range reference.");
                }
                else
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemIn, $"A range must be an object, not {V2Json.Kind(item.ValueKind)}.", item);
                }

                continue;
            }

            string? id = V2Json.IdOf(item, reference: true);
            bool minted = id is null;
            id ??= _context.Ids.MintQuiet(_base, "range", index);
            if (ById.ContainsKey(id))
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, itemIn, $"The range {id} is defined twice; the first definition was kept.", item);
                continue;
            }

            Add(new RangeNode(item, itemIn, id, minted));
        }

        // 2.x lets a range embed its child ranges in "ranges" or "members": they join the index.
        for (int n = 0; n < _nodes.Count; n++)
        {
            foreach ((JsonElement embedded, InputPath embeddedIn) in Embedded(_nodes[n]))
            {
                string? embeddedId = V2Json.IdOf(embedded, reference: true);
                bool minted = embeddedId is null;
                embeddedId ??= _context.Ids.MintQuiet(_base, "range", _nodes.Count + 1);
                if (!ById.ContainsKey(embeddedId))
                {
                    Add(new RangeNode(embedded, embeddedIn, embeddedId, minted));
                }
            }
        }

        foreach (RangeNode node in _nodes)
        {
            Children(node);
        }

        foreach (RangeNode node in _nodes)
        {
            foreach (RangeNode.Child child in node.Children)
            {
                if (child.IsRange && ById.TryGetValue(child.Id, out RangeNode? held) && held != node)
                {
                    held.HasParent = true;
                }
            }
        }

        foreach (RangeNode node in _nodes)
        {
            Within(node);
        }
    }

    /// <summary>Finds a Range's children: <c>members</c> sets them; without it, its ranges come before its canvases.</summary>
    public void Children(RangeNode node)
    {
        JsonElement src = node.Element;
        if (src.TryGetProperty("members"u8, out JsonElement members))
        {
            At membersAt = At.Of(node.Input, "members");
            Reserve(node, members);
            foreach ((JsonElement member, At memberAt) in V2Json.ItemsOf(members, membersAt))
            {
                InputPath memberIn = memberAt.Path;
                if (V2Json.IdOf(member, reference: true) is not { } id)
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, memberIn, "A range member without an id cannot be referred to.", member);
                    continue;
                }

                bool isRange = V2Json.TypeOf(member) is { } type ? IsRange(type) : ById.ContainsKey(id);
                node.Children.Add(new RangeNode.Child(isRange, id, member, memberIn));
            }

            // members wins; what ranges or canvases list beyond it has no place.
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (RangeNode.Child child in node.Children)
            {
                listed.Add(child.Id);
            }

            foreach (string key in new[] { "ranges", "canvases" })
            {
                if (src.TryGetProperty(key, out JsonElement other))
                {
                    At otherAt = At.Of(node.Input, key);
                    foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(other, otherAt))
                    {
                        InputPath itemIn = itemAt.Path;
                        if (V2Json.IdOf(item, reference: true) is not { } id || !listed.Contains(id))
                        {
                            _context.Note(UpgradeNoteCodes.ValueDropped, itemIn,
                                $"The range lists this in {key} but not in members, which sets its content; it is kept in this note.", item);
                        }
                    }
                }
            }

            return;
        }

        bool ranges = List(node, "ranges", isRange: true);
        bool canvases = List(node, "canvases", isRange: false);
        if (ranges && canvases)
        {
            _context.Note(UpgradeNoteCodes.RangeOrderAssumed, node.Input,
                "The range lists ranges and canvases apart, without members; its ranges come first.");
        }
    }

    /// <summary>Makes room for a list's entries among a node's children at once (a range may list thousands).</summary>
    private static void Reserve(RangeNode node, JsonElement list)
    {
        if (list.ValueKind == JsonValueKind.Array && node.Children.Count + list.GetArrayLength() is var needed && needed > node.Children.Capacity)
        {
            node.Children.Capacity = needed;
        }
    }

    /// <summary>Adds the entries of a range's <c>ranges</c> or <c>canvases</c>; returns whether it has any.</summary>
    private bool List(RangeNode node, string key, bool isRange)
    {
        if (!node.Element.TryGetProperty(key, out JsonElement list) || (list.ValueKind == JsonValueKind.Array && list.GetArrayLength() == 0))
        {
            return false;
        }

        At at = At.Of(node.Input, key);
        Reserve(node, list);
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(list, at))
        {
            InputPath itemIn = itemAt.Path;
            if (V2Json.IdOf(item, reference: true) is { } id)
            {
                node.Children.Add(new RangeNode.Child(isRange, id, item, itemIn));
            }
            else
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, itemIn, $"An entry of {key} without an id cannot be referred to.", item);
            }
        }

        return true;
    }

    private void Add(RangeNode node)
    {
        _nodes.Add(node);
        ById[node.Id] = node;
    }

    /// <summary>2.0: a child names its parent in <c>within</c>; it is placed there at its first canvas, whose
    /// canvases it covers.</summary>
    private void Within(RangeNode node)
    {
        if (!node.Element.TryGetProperty("within"u8, out JsonElement within))
        {
            return;
        }

        InputPath withinIn = node.Input.Key("within");
        foreach (JsonElement parentReference in V2Json.ItemsOf(within))
        {
            string? parentId = V2Json.IdOf(parentReference, reference: true);
            if (parentId is null || !ById.TryGetValue(parentId, out RangeNode? parent) || parent == node)
            {
                if (parentId is null || !string.Equals(parentId, _base, StringComparison.Ordinal))
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, withinIn,
                        "The range names a parent that is not a range of this Manifest; it stays at the top, and the reference is kept in this note.", within);
                }

                continue;
            }

            node.HasParent = true;
            if (parent.Children.Exists(c => c.IsRange && c.Id == node.Id))
            {
                continue;
            }

            var covered = new HashSet<string>(StringComparer.Ordinal);
            foreach (RangeNode.Child child in node.Children)
            {
                if (!child.IsRange)
                {
                    covered.Add(child.Id);
                }
            }

            var placed = new RangeNode.Child(true, node.Id, default, node.Input);
            int first = parent.Children.FindIndex(c => !c.IsRange && covered.Contains(c.Id));
            if (first < 0)
            {
                parent.Children.Add(placed);
            }
            else
            {
                parent.Children.Insert(first, placed);
                parent.Children.RemoveAll(c => !c.IsRange && covered.Contains(c.Id));
            }

            _context.Note(UpgradeNoteCodes.RangeReparented, withinIn,
                $"The range {node.Id} names its parent {parent.Id} (2.0 within); it was placed inside it, at its first canvas.");
            break;
        }
    }

    /// <summary>Range objects written inside a range's <c>ranges</c> or <c>members</c>, with more than a reference's keys.</summary>
    private static IEnumerable<(JsonElement Range, InputPath Input)> Embedded(RangeNode node)
    {
        foreach (string key in new[] { "ranges", "members" })
        {
            if (!node.Element.TryGetProperty(key, out JsonElement list))
            {
                continue;
            }

            At at = At.Of(node.Input, key);
            foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(list, at))
            {
                InputPath itemIn = itemAt.Path;
                bool isRange = key == "ranges" || (V2Json.TypeOf(item) is { } type && IsRange(type));
                if (item.ValueKind == JsonValueKind.Object && isRange &&
                    (item.TryGetProperty("canvases"u8, out _) || item.TryGetProperty("ranges"u8, out _) || item.TryGetProperty("members"u8, out _)))
                {
                    yield return (item, itemIn);
                }
            }
        }
    }

    private static bool IsRange(string type) => Vocabulary.IiifTypes.LocalName(type).Equals("Range", StringComparison.OrdinalIgnoreCase);
}
