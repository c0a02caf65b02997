namespace Iiif.Presentation.Upgrading;

/// <summary>
/// The descriptive and rights properties, which depend on each other
/// (<see href="https://iiif.io/api/presentation/3.0/#31-descriptive-properties"/>; docs/upgrading.md,
/// "Property table"): <c>description</c> to <c>summary</c>, <c>attribution</c> to <c>requiredStatement</c>,
/// <c>license</c> to <c>rights</c>, <c>related</c> to <c>homepage</c>, <c>logo</c> to a provider's. A 3.0
/// value present wins, and the 2.x values it displaces go to <c>metadata</c>.
/// </summary>
internal sealed class DescriptiveTranslator(UpgradeContext context)
{
    private readonly UpgradeContext _context = context;

    /// <summary>Sets the descriptive properties of a resource from those gathered during its walk.</summary>
    /// <param name="frame">The resource.</param>
    /// <param name="input">The properties gathered.</param>
    /// <param name="merge">Whether they join values the resource has (a Manifest's first Sequence's,
    /// docs/upgrading.md, "First sequence"): texts are added to its summary and required statement, entries
    /// to its metadata, logos to its provider, and what it has already is not repeated.</param>
    public void Settle(in Frame frame, ref DescriptiveInput input, bool merge = false)
    {
        IiifResource resource = frame.Resource;
        OutputPlace metadataPlace = OutputPlace.Of(resource, "metadata");
        if (DescriptiveInput.Given(input.Metadata))
        {
            Metadata(input.Metadata, input.At("metadata"), metadataPlace, resource, merge);
        }

        if (DescriptiveInput.Given(input.Summary))
        {
            SetSummary(resource, _context.Language.Map(input.Summary, input.At("summary"), OutputPlace.Of(resource, "summary"), html: true));
        }

        if (DescriptiveInput.Given(input.Description))
        {
            if (_context.Options.DescriptionTarget == DescriptionTarget.Metadata || (resource.Summary is not null && !merge))
            {
                LanguageMap map = _context.Language.Map(input.Description, input.At("description"), metadataPlace.Then(Count(resource)).Then("value"), html: true);
                if (map.Count > 0)
                {
                    AddEntry(resource, new MetadataEntry(new LanguageMap("en", "Description"), map), merge);
                }
            }
            else
            {
                LanguageMap map = _context.Language.Map(input.Description, input.At("description"), OutputPlace.Of(resource, "summary"), html: true);
                if (merge && resource.Summary is { } summary)
                {
                    LanguageTranslator.Append(summary, map);
                }
                else
                {
                    SetSummary(resource, map);
                }
            }
        }

        if (DescriptiveInput.Given(input.RequiredStatement))
        {
            resource.RequiredStatement = RequiredStatement(input.RequiredStatement, input.At("requiredStatement"), OutputPlace.Of(resource, "requiredStatement"));
        }

        string? plainAttribution = null;
        if (DescriptiveInput.Given(input.Attribution))
        {
            plainAttribution = PlainText(input.Attribution);
            bool toMetadata = resource.RequiredStatement is not null && !merge;
            OutputPlace valuePlace = toMetadata ? metadataPlace.Then(Count(resource)).Then("value") : OutputPlace.Of(resource, "requiredStatement").Then("value");
            LanguageMap value = _context.Language.Map(input.Attribution, input.At("attribution"), valuePlace, html: true);
            if (value.Count > 0)
            {
                var entry = new MetadataEntry(LanguageTranslator.Copy(_context.Options.AttributionLabel), value);
                if (toMetadata)
                {
                    resource.Metadata.Add(entry);
                }
                else if (merge && resource.RequiredStatement is { Value: { } statement })
                {
                    LanguageTranslator.Append(statement, value);
                }
                else
                {
                    resource.RequiredStatement = entry;
                }
            }
        }

        if (DescriptiveInput.Given(input.Rights))
        {
            _context.Licenses.Translate(resource, input.Rights, input.At("rights"));
        }

        if (DescriptiveInput.Given(input.License))
        {
            _context.Licenses.Translate(resource, input.License, input.At("license"), merge);
        }

        if (DescriptiveInput.Given(input.Homepage))
        {
            _context.Links.Linked(input.Homepage, input.At("homepage"), frame.Base, IiifTypes.Text.Name, needsLabel: true, resource.Homepage, Slot.Homepage);
        }

        if (DescriptiveInput.Given(input.Related))
        {
            Related(frame, input.Related, input.At("related"), merge);
        }

        if (DescriptiveInput.Given(input.Provider))
        {
            _context.Providers.Agents(input.Provider, input.At("provider"), frame.Base, resource.Provider);
        }

        if (DescriptiveInput.Given(input.Logo))
        {
            _context.Providers.Logo(frame, input.Logo, input.At("logo"), plainAttribution, merge);
        }

    }

    /// <summary>The number of metadata entries a resource has, without making its list.</summary>
    public static int Count(IiifResource resource) => resource.MetadataList?.Count ?? 0;

    /// <summary><c>metadata</c>: label/value pairs; a missing half becomes an empty one.</summary>
    private void Metadata(JsonElement value, At at, OutputPlace place, IiifResource resource, bool merge)
    {
        IList<MetadataEntry> metadata = resource.Metadata;
        _context.NoteLone(value, at.Path, place, "metadata");
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            OutputPlace itemPlace = place.Then(metadata.Count);
            if (item.ValueKind != JsonValueKind.Object)
            {
                if (item.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    metadata.Add(new MetadataEntry(LanguageTranslator.Plain(string.Empty), _context.Language.Map(item, itemAt, itemPlace.Then("value"), html: true)));
                    _context.Note(UpgradeNoteCodes.ValueCoerced, itemAt.Path, itemPlace,
                        "A metadata entry that is not a label/value pair became the value of one with an empty label.", item);
                }
                else
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, $"A metadata entry must be an object, not {V2Json.Kind(item.ValueKind)}.", item);
                }

                continue;
            }

            var entry = new MetadataEntry
            {
                Label = Half(item, "label", itemAt, itemPlace),
                Value = Half(item, "value", itemAt, itemPlace),
            };
            foreach (JsonProperty extra in item.EnumerateObject())
            {
                string key = V2Keys.Name(extra);
                if (key is not ("label" or "value"))
                {
                    VerbatimReader.AddExtension(entry.ExtensionData, key, extra.Value);
                }
            }

            AddEntry(resource, entry, merge);
        }
    }

    /// <summary>The label or value of a metadata entry; an empty one where the input has none.</summary>
    private LanguageMap Half(JsonElement item, string half, At itemAt, OutputPlace itemPlace)
    {
        bool given = item.TryGetProperty(half, out JsonElement part);
        LanguageMap? map = given ? _context.Language.Map(part, itemAt.Key(half), itemPlace.Then(half), html: half == "value") : null;
        if (map is { Count: > 0 })
        {
            return map;
        }

        _context.Note(UpgradeNoteCodes.ValueDropped, given ? itemAt.Key(half).Path : itemAt.Path, itemPlace.Then(half),
            $"The metadata entry has no {half}; an empty one was supplied.", given ? part : null);
        return LanguageTranslator.Plain(string.Empty);
    }

    private MetadataEntry RequiredStatement(JsonElement value, At at, OutputPlace place)
    {
        if (value.ValueKind == JsonValueKind.Object && (value.TryGetProperty("label"u8, out JsonElement label) | value.TryGetProperty("value"u8, out JsonElement text)))
        {
            return new MetadataEntry(
                label.ValueKind != JsonValueKind.Undefined ? _context.Language.Map(label, at.Key("label"), place.Then("label"), html: false) : LanguageTranslator.Copy(_context.Options.AttributionLabel),
                text.ValueKind != JsonValueKind.Undefined ? _context.Language.Map(text, at.Key("value"), place.Then("value"), html: true) : LanguageTranslator.Plain(string.Empty));
        }

        _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place, "requiredStatement was not a label/value pair; its text became the value.", value);
        return new MetadataEntry(LanguageTranslator.Copy(_context.Options.AttributionLabel), _context.Language.Map(value, at, place.Then("value"), html: true));
    }

    /// <summary><c>related</c>: the first web page is the <c>homepage</c>; the others are Related entries of <c>metadata</c>.</summary>
    private void Related(in Frame frame, JsonElement value, At at, bool merge)
    {
        IiifResource resource = frame.Resource;
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            string? uri = V2Json.IdOf(item);
            if (uri is null)
            {
                if (item.ValueKind == JsonValueKind.Object && !V2Json.IsEmptyObject(item))
                {
                    AddPair(resource, _context.Language.Map(item, itemAt, OutputPlace.Of(resource), html: true), itemAt, "A related entry without a URI went to metadata.", item, merge);
                }
                else
                {
                    _context.Note(UpgradeNoteCodes.ValueDropped, itemAt.Path, "An empty related entry was left out.", item);
                }

                continue;
            }

            string? format = V2Json.StringOf(item, "format"u8);
            bool html = format is null || format.Trim().StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
            if (html && resource.Homepage.Count == 0)
            {
                if (_context.Links.Link(item, itemAt, frame.Base, IiifTypes.Text.Name, needsLabel: true, 1, Slot.Homepage) is ContentResource homepage)
                {
                    resource.Homepage.Add(homepage);
                }

                continue;
            }

            string text = V2Json.StringOf(item, "label"u8)
                ?? (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("label"u8, out JsonElement label) ? PlainText(label) : null)
                ?? uri;
            string link = $"<a href=\"{HtmlTranslator.Escape(uri)}\">{HtmlTranslator.Escape(text)}</a>";
            AddPair(resource, LanguageTranslator.Plain(link), itemAt, "A related link went to metadata, as 3.0 has one homepage per purpose.", item, merge);
        }
    }

    private void AddPair(IiifResource resource, LanguageMap value, At from, string message, JsonElement original, bool merge)
    {
        if (AddEntry(resource, new MetadataEntry(LanguageTranslator.Copy(_context.Options.RelatedLabel), value), merge))
        {
            _context.Note(UpgradeNoteCodes.RelatedToMetadata, from.Path, OutputPlace.Of(resource, "metadata").Then(Count(resource) - 1), message, original);
        }
    }

    /// <summary>Adds a metadata entry; when merging, not one the resource has already. Returns whether it was added.</summary>
    private static bool AddEntry(IiifResource resource, MetadataEntry entry, bool merge)
    {
        if (merge && resource.MetadataList is { } existing)
        {
            foreach (MetadataEntry other in existing)
            {
                if (LanguageTranslator.Same(other.Label, entry.Label) && LanguageTranslator.Same(other.Value, entry.Value))
                {
                    return false;
                }
            }
        }

        resource.Metadata.Add(entry);
        return true;
    }

    private static void SetSummary(IiifResource resource, LanguageMap summary)
    {
        if (summary.Count > 0)
        {
            resource.Summary = summary;
        }
    }

    /// <summary>The text of a 2.x language value, without markup, for a label.</summary>
    private static string? PlainText(JsonElement value)
    {
        foreach (JsonElement item in V2Json.ItemsOf(value))
        {
            string? text = item.ValueKind == JsonValueKind.String ? V2Json.Text(item) : V2Json.StringOf(item, "@value"u8) ?? V2Json.StringOf(item, "value"u8);
            if (text is not null)
            {
                return HtmlTranslator.WithoutMarkup(text).Trim();
            }
        }

        return null;
    }
}
