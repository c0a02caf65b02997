namespace Iiif.Presentation;

/// <summary>
/// Finds the languages the text of a resource, or of a whole document, is available in: what a viewer
/// offers in a language picker.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>. The
/// languages are the keys of the language maps that hold at least one string; a key with an empty list
/// counts for nothing, as <see cref="LanguageMapExtensions.SelectLanguage"/> never chooses it. The
/// <c>none</c> key (and <c>@none</c>), and a key that is empty or blank, mean text without a language:
/// they set <see cref="TextLanguages.HasTextWithoutLanguage"/> and are not listed as languages. Tags are
/// compared without regard to case, as BCP 47 says, and keep the spelling first met; see
/// <see cref="TextLanguages"/>.</para>
/// <para>A resource's own text is its <c>label</c>, <c>summary</c>, the <c>label</c> and <c>value</c>
/// of each <c>metadata</c> entry and of its <c>requiredStatement</c>, in that order, and, for the
/// authorization flow services of the Auth API 2.0, their <c>heading</c>, <c>note</c>,
/// <c>confirmLabel</c>, <c>errorHeading</c> and <c>errorNote</c>, which a viewer shows the user too.</para>
/// <para><see cref="GetAllTextLanguages"/> adds the text of every resource the document holds, in the
/// order <see cref="ResourceTraversalExtensions.EnumerateResources"/> visits them, and the
/// <c>language</c> of each <c>TextualBody</c>: an annotation's embedded text carries its language in
/// that property (<see href="https://www.w3.org/TR/annotation-model/#embedded-textual-body"/>), not in
/// a language map, and a <c>TextualBody</c> with a <c>value</c> but no <c>language</c> is text without
/// a language. The <c>language</c> of other content resources (a caption file, a recording) is left
/// out: it describes content the viewer loads, not text the document holds; read
/// <see cref="ContentResource.Language"/> for it.</para>
/// <para>The methods only read the model: they create none of its lazy lists or maps. Concurrent
/// calls on an unchanging document are safe.</para>
/// </remarks>
public static class TextLanguageExtensions
{
    /// <summary>Returns the languages of the strings of a language map.</summary>
    /// <param name="map">The map, or <see langword="null"/>.</param>
    /// <returns>The languages in map order, and whether the map has text under <c>none</c>; no
    /// languages for a <see langword="null"/> or empty map.</returns>
    public static TextLanguages GetTextLanguages(this LanguageMap? map)
    {
        var collector = new Collector();
        collector.Add(map);
        return collector.ToResult();
    }

    /// <summary>Returns the languages of the label and the value of a <c>metadata</c> entry or a
    /// <c>requiredStatement</c>.</summary>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <returns>The languages of the label, then those the value adds; no languages for a
    /// <see langword="null"/> entry.</returns>
    public static TextLanguages GetTextLanguages(this MetadataEntry? entry)
    {
        var collector = new Collector();
        collector.Add(entry);
        return collector.ToResult();
    }

    /// <summary>Returns the languages of a resource's own text: its <c>label</c>, <c>summary</c>,
    /// <c>metadata</c> and <c>requiredStatement</c>.</summary>
    /// <param name="resource">The resource, such as a Manifest or a Canvas.</param>
    /// <returns>The languages in the order first met, and whether some text has no language. The
    /// resources the resource holds (its Canvases, say) are not looked at: use
    /// <see cref="GetAllTextLanguages"/> for them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    public static TextLanguages GetTextLanguages(this IiifResource resource)
    {
        Guard.NotNull(resource);

        var collector = new Collector();
        collector.AddOwnText(resource);
        return collector.ToResult();
    }

    /// <summary>Returns the languages of the text of a resource and of every resource it holds: for a
    /// Manifest, its own text, its Canvases', Ranges', annotations' and their bodies', and so on.</summary>
    /// <param name="root">The resource to start from, such as a Manifest or a Collection.</param>
    /// <returns>The languages in the order first met, walking the document as
    /// <see cref="ResourceTraversalExtensions.EnumerateResources"/> does, and whether some text has no
    /// language. <c>TextualBody</c> <c>language</c> counts; see <see cref="TextLanguageExtensions"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is <see langword="null"/>.</exception>
    public static TextLanguages GetAllTextLanguages(this IiifResource root)
    {
        Guard.NotNull(root);

        var collector = new Collector();
        foreach (LocatedResource entry in root.EnumerateResources())
        {
            collector.AddOwnText(entry.Resource);
            if (entry.Resource is TextualBody body)
            {
                collector.Add(body);
            }
        }

        return collector.ToResult();
    }

    /// <summary>Gathers distinct languages in the order first met.</summary>
    private sealed class Collector
    {
        private List<string>? _languages;
        private bool _hasTextWithoutLanguage;

        public void AddOwnText(IiifResource resource)
        {
            // Read the backing fields, not the public getters, which would create empty lists.
            Add(resource.Label);
            SparseProperties? sparse = resource.SparseOrNull;
            Add(sparse?.Summary);
            if (resource.MetadataList is { } metadata)
            {
                for (int i = 0; i < metadata.Count; i++)
                {
                    Add(metadata[i]);
                }
            }

            Add(sparse?.RequiredStatement);

            switch (resource)
            {
                case AuthAccessService2 access:
                    Add(access.Heading);
                    Add(access.Note);
                    Add(access.ConfirmLabel);
                    break;
                case AuthAccessTokenService2 token:
                    Add(token.ErrorHeading);
                    Add(token.ErrorNote);
                    break;
                case AuthProbeService2 probe:
                    Add(probe.ErrorHeading);
                    Add(probe.ErrorNote);
                    break;
            }
        }

        public void Add(MetadataEntry? entry)
        {
            if (entry is not null)
            {
                Add(entry.Label);
                Add(entry.Value);
            }
        }

        public void Add(LanguageMap? map)
        {
            if (map is null)
            {
                return;
            }

            for (int i = 0; i < map.Count; i++)
            {
                // RawValueAt, not the indexer: a lone string read from JSON stays unwrapped.
                if (map.RawValueAt(i) is IList<string> { Count: 0 })
                {
                    continue;
                }

                AddKey(map.KeyAt(i));
            }
        }

        public void Add(TextualBody body)
        {
            bool hasLanguage = false;
            if (body.LanguageList is { } languages)
            {
                for (int i = 0; i < languages.Count; i++)
                {
                    string? language = languages[i];
                    if (!string.IsNullOrWhiteSpace(language))
                    {
                        AddKey(language);
                        hasLanguage = true;
                    }
                }
            }

            if (!hasLanguage && body.Value is not null)
            {
                _hasTextWithoutLanguage = true;
            }
        }

        public TextLanguages ToResult() =>
            _languages is null && !_hasTextWithoutLanguage
                ? TextLanguages.Empty
                : new TextLanguages(_languages?.ToArray() ?? Array.Empty<string>(), _hasTextWithoutLanguage);

        private void AddKey(string key)
        {
            if (string.IsNullOrWhiteSpace(key) || LanguageMapExtensions.IsNone(key))
            {
                _hasTextWithoutLanguage = true;
                return;
            }

            _languages ??= new List<string>();
            for (int i = 0; i < _languages.Count; i++)
            {
                if (string.Equals(_languages[i], key, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            _languages.Add(key);
        }
    }
}
