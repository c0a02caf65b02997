namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Providers (<see href="https://iiif.io/api/presentation/3.0/#provider"/>): 3.0 puts a <c>logo</c> on an
/// Agent that provides the resource, the one the options give, else one made for it and labelled with the
/// attribution; a 3.0 <c>provider</c> written in a 2.x document is read as Agents.
/// </summary>
internal sealed class ProviderTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>A 3.0 <c>provider</c> in a 2.x document: Agents.</summary>
    public void Agents(JsonElement value, At at, string? baseId, IList<Agent> into)
    {
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    into.Add((Agent)_context.Resources.Translate(item, ResourceKind.Agent, itemAt.Path, baseId, into.Count + 1, Slot.Provider));
                    break;
                case JsonValueKind.String:
                    var agent = new Agent { Label = LanguageTranslator.Plain(V2Json.Text(item)!) };
                    _context.Note(UpgradeNoteCodes.LabelMissing, itemAt.Path, OutputPlace.Of(agent), "A provider given as a URI became an Agent labelled with it.");
                    agent.Id = _context.Ids.Normalize(V2Json.Text(item)!, baseId, itemAt, OutputPlace.Of(agent, "id"));
                    into.Add(agent);
                    break;
                default:
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, $"A provider must be an object, not {V2Json.Kind(item.ValueKind)}.", item);
                    break;
            }
        }
    }

    /// <summary><c>logo</c>: the logos of the resource's first provider, which is made when it has none.</summary>
    /// <param name="frame">The resource.</param>
    /// <param name="value">The 2.x logo.</param>
    /// <param name="at">Where it is in the input.</param>
    /// <param name="attribution">The resource's attribution as plain text, to label a provider made for the logo.</param>
    /// <param name="merge">Whether a logo the provider has already is left out.</param>
    public void Logo(in Frame frame, JsonElement value, At at, string? attribution, bool merge)
    {
        IiifResource resource = frame.Resource;
        if (resource.Provider.Count == 0)
        {
            Agent agent;
            if (_context.Options.Provider is { } configured)
            {
                agent = _context.Verbatim.CopyAgent(configured);
            }
            else
            {
                string id = _context.Ids.MintQuiet(frame.Base, "provider", 1);
                agent = new Agent(id) { Label = LanguageTranslator.Plain(attribution ?? string.Empty) };
                _context.Note(UpgradeNoteCodes.ProviderSynthesized, at.Path, OutputPlace.Of(agent),
                    $"3.0 puts a logo on a provider; an Agent {id} was created for it" + (attribution is null ? "." : ", labelled with the attribution."));
            }

            resource.Provider.Add(agent);
        }

        IList<ContentResource> logos = resource.Provider[0].Logo;
        if (!merge)
        {
            _context.Links.Linked(value, at, frame.Base, IiifTypes.Image.Name, needsLabel: false, logos, Slot.Logo);
            return;
        }

        var added = new List<ContentResource>();
        _context.Links.Linked(value, at, frame.Base, IiifTypes.Image.Name, needsLabel: false, added, Slot.Logo);
        Members.AddNew(logos, added);
    }
}
