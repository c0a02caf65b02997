using System.Globalization;
using System.Text.RegularExpressions;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Ranges (<see href="https://iiif.io/api/presentation/3.0/#54-range"/>; docs/upgrading.md, "Range tree"): the
/// tree <see cref="RangeTree"/> works out, made into Ranges depth first; a Range used in several places is
/// embedded once and referred to elsewhere; a Canvas with a fragment is a SpecificResource.
/// </summary>
internal sealed class RangeTranslator(UpgradeContext context)
{
    private static readonly Regex s_region = new("^xywh=([0-9]+),([0-9]+),([0-9]+),([0-9]+)$", RegexOptions.CultureInvariant);

    private readonly UpgradeContext _context = context;

    /// <summary>The properties particular to a Range.</summary>
    public bool Property(in Frame frame, string key, JsonElement value)
    {
        switch (key)
        {
            case "ranges":
            case "canvases":
            case "members":
            case "within":
                return true; // the range tree
            case "contentLayer":
                if (_context.Layers.Supplementary(value, frame.At(key), frame.Place("supplementary"), frame.Base) is { } layer)
                {
                    ((IiifRange)frame.Resource).Supplementary = layer;
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A Manifest's <c>structures</c>: the Ranges of its later sequences, then its own Ranges.</summary>
    public void Structures(in Frame frame)
    {
        var manifest = (Manifest)frame.Resource;
        var structures = new List<IiifRange>(_context.Sequences.Ranges);
        _context.Sequences.Ranges.Clear();
        if (frame.Source.TryGetProperty("structures"u8, out JsonElement input))
        {
            At at = frame.At("structures");
            OutputPlace place = OutputPlace.Of(manifest, "structures");
            _context.NoteLone(input, at.Path, place, "structures");
            var tree = new RangeTree(_context, frame.Base);
            tree.Build(input, at, structures, place);
            foreach (RangeNode node in tree.Roots)
            {
                if (Emit(node, tree.ById, frame.Base) is { } range)
                {
                    structures.Add(range);
                }
            }
        }

        foreach (IiifRange range in structures)
        {
            manifest.Structures.Add(range);
        }
    }

    /// <summary>A Range that is a document of its own.</summary>
    public IiifRange Top(JsonElement root)
    {
        string? id = V2Json.IdOf(root);
        var node = new RangeNode(root, InputPath.Root, id ?? _context.Ids.MintQuiet(null, "range", 1), id is null);
        var tree = new RangeTree(_context, null);
        tree.Children(node);
        return Emit(node, tree.ById, null)!;
    }

    /// <summary>Makes a Range and, depth first, the Ranges it embeds; a Range with nothing in it is left out
    /// (3.0 Ranges have items) and kept in a note.</summary>
    private IiifRange? Emit(RangeNode node, Dictionary<string, RangeNode> byId, string? baseId)
    {
        node.State = 1;
        if (node.Children.Count == 0 && !node.Input.IsRoot)
        {
            node.State = 2;
            _context.Note(UpgradeNoteCodes.ValueDropped, node.Input,
                "The range has no canvases or ranges; a 3.0 Range needs items, so it was left out and is kept in this note.", node.Element);
            return null;
        }

        var range = new IiifRange();
        if (node.Minted)
        {
            _context.Note(UpgradeNoteCodes.IdMinted, node.Input, OutputPlace.Of(range, "id"), $"The range had no id; it was given {node.Id}.");
        }

        _context.Resources.Translate(node.Element, ResourceKind.Range, node.Input, baseId, 1, Slot.Structure, givenId: node.Id, into: range);
        IList<IiifResource> items = range.Items;
        Members.Reset(items);
        OutputPlace itemsPlace = OutputPlace.Of(range, "items");
        foreach (RangeNode.Child child in node.Children)
        {
            OutputPlace childPlace = itemsPlace.Then(items.Count);
            var memberAt = new At(child.Input);
            LanguageMap? label = child.Member.ValueKind == JsonValueKind.Object && child.Member.TryGetProperty("label"u8, out JsonElement labelValue)
                ? _context.Language.Map(labelValue, memberAt.Key("label"), childPlace.Then("label"), html: false)
                : null;
            bool labelled = label is { Count: > 0 };
            Extras(child.Member, child.Input);
            if (!child.IsRange)
            {
                IiifResource reference = _context.Links.CanvasReference(child.Id, memberAt, childPlace.Then("id"), baseId);
                if (labelled)
                {
                    reference.Label = label;
                }

                CheckFragment(reference, child.Input);
                items.Add(reference);
                continue;
            }

            if (byId.TryGetValue(child.Id, out RangeNode? held) && held.State == 0)
            {
                if (Emit(held, byId, baseId) is not { } embedded)
                {
                    continue;
                }

                if (labelled && embedded.Label is null)
                {
                    embedded.Label = label;
                }
                else if (labelled && !LanguageTranslator.Same(label, embedded.Label))
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, child.Input.Key("label"),
                        "The reference labels the range differently from the range itself; the range's own label was kept.", child.Member.GetProperty("label"));
                }

                items.Add(embedded);
                continue;
            }

            var rangeReference = new IiifRange();
            rangeReference.Id = _context.Ids.Normalize(child.Id, baseId, memberAt, childPlace.Then("id"));
            if (labelled)
            {
                rangeReference.Label = label;
            }

            items.Add(rangeReference);
            if (held is not null)
            {
                _context.Note(UpgradeNoteCodes.RangeShared, held.Input, OutputPlace.Of(rangeReference),
                    $"The range {child.Id} is used in more than one place (or contains itself); it is embedded once and referred to here.");
            }
        }

        if (items.Count == 0)
        {
            _context.Note(UpgradeNoteCodes.OutputInvalid, node.Input, itemsPlace,
                "The range has no canvases or ranges, and a 3.0 Range needs items; nothing may be invented for it.");
        }

        node.State = 2;
        return range;
    }

    /// <summary>Properties of a range's reference to a member, beyond its id, type and label, have no 3.0 place.</summary>
    private void Extras(JsonElement member, InputPath input)
    {
        if (member.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty property in member.EnumerateObject())
        {
            string key = V2Keys.Name(property);
            if (key is not ("@id" or "id" or "@type" or "type" or "label"))
            {
                _context.Note(UpgradeNoteCodes.ValueDropped, input.Key(key),
                    $"\"{key}\" on a reference inside a range has no 3.0 place; it is kept in this note.", property.Value);
            }
        }
    }

    /// <summary>Notes a Canvas fragment that 3.0 forbids (outside the Canvas, or on a Canvas without a size); it is kept.</summary>
    private void CheckFragment(IiifResource reference, InputPath input)
    {
        if (reference is not SpecificResource { Source.Id: { } canvasId } part || part.Selector.Count == 0 ||
            part.Selector[0] is not FragmentSelector { Value: { } fragment } || _context.CanvasesById is not { } canvases || !canvases.TryGetValue(canvasId, out Canvas? canvas))
        {
            return;
        }

        Match match = s_region.Match(fragment);
        if (!match.Success || !Number(match, 1, out long x) || !Number(match, 2, out long y) || !Number(match, 3, out long w) || !Number(match, 4, out long h))
        {
            return;
        }

        if (canvas.Width is not { } width || canvas.Height is not { } height)
        {
            _context.Note(UpgradeNoteCodes.ValueInvalid, input, OutputPlace.Of(reference),
                $"The region {fragment} is of a Canvas without a size; it was kept as read.");
        }
        else if (x + w > width || y + h > height)
        {
            _context.Note(UpgradeNoteCodes.ValueInvalid, input, OutputPlace.Of(reference),
                $"The region {fragment} reaches outside its Canvas ({width} × {height}); it was kept as read.");
        }
    }

    private static bool Number(Match match, int group, out long value) =>
        long.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
