namespace Iiif.Presentation.Upgrading;

/// <summary>
/// What the translators of one upgrade share: the options, the notes, the input's text, the state of the
/// walk, and the translators themselves, one per kind of Presentation 2 input.
/// </summary>
/// <remarks>One instance upgrades one document; it is not thread-safe.</remarks>
internal sealed class UpgradeContext : IDisposable
{
    private readonly UpgradeNotes _notes = new(new OutputPointers());

    public UpgradeContext(UpgradeOptions options, ReadOnlyMemory<byte> json)
    {
        Options = options;
        Json = json;
        if (json.Span.IndexOf("\"structures\""u8) >= 0)
        {
            CanvasesById = new Dictionary<string, Canvas>(StringComparer.Ordinal);
        }

        Ids = new IdTranslator(this);
        Types = new TypeTranslator(this);
        Resources = new ResourceTranslator(this);
        Verbatim = new VerbatimReader(this);
        Language = new LanguageTranslator(this);
        Html = new HtmlTranslator(this);
        Values = new ValueTranslator(this);
        Descriptive = new DescriptiveTranslator(this);
        Providers = new ProviderTranslator(this);
        Licenses = new LicenseTranslator(this);
        Links = new LinkTranslator(this);
        Services = new ServiceTranslator(this);
        Contexts = new ContextTranslator(this);
        Collections = new CollectionTranslator(this);
        Manifests = new ManifestTranslator(this);
        Sequences = new SequenceTranslator(this);
        Canvases = new CanvasTranslator(this);
        Ranges = new RangeTranslator(this);
        Lists = new AnnotationListTranslator(this);
        Layers = new LayerTranslator(this);
        Annotations = new AnnotationTranslator(this);
        Content = new ContentTranslator(this);
        Selectors = new SelectorTranslator(this);
    }

    /// <summary>Gets the options.</summary>
    public UpgradeOptions Options { get; }

    /// <summary>Gets the input's JSON text.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>Gets or sets the id of the Canvas whose <c>images</c> are being read; <see langword="null"/>
    /// elsewhere (in an AnnotationList, say).</summary>
    public string? ImagesCanvas { get; set; }

    /// <summary>Gets the Canvases read so far, by id, for the checks of Range fragments; <see langword="null"/>
    /// when the document has no <c>structures</c>.</summary>
    public Dictionary<string, Canvas>? CanvasesById { get; }

    public IdTranslator Ids { get; }

    public TypeTranslator Types { get; }

    public ResourceTranslator Resources { get; }

    public VerbatimReader Verbatim { get; }

    public LanguageTranslator Language { get; }

    public HtmlTranslator Html { get; }

    public ValueTranslator Values { get; }

    public DescriptiveTranslator Descriptive { get; }

    public ProviderTranslator Providers { get; }

    public LicenseTranslator Licenses { get; }

    public LinkTranslator Links { get; }

    public ServiceTranslator Services { get; }

    public ContextTranslator Contexts { get; }

    public CollectionTranslator Collections { get; }

    public ManifestTranslator Manifests { get; }

    public SequenceTranslator Sequences { get; }

    public CanvasTranslator Canvases { get; }

    public RangeTranslator Ranges { get; }

    public AnnotationListTranslator Lists { get; }

    public LayerTranslator Layers { get; }

    public AnnotationTranslator Annotations { get; }

    public ContentTranslator Content { get; }

    public SelectorTranslator Selectors { get; }

    /// <summary>Makes a note; its original value is kept beyond the input (<see cref="Keep"/>).</summary>
    public void Note(string code, InputPath input, OutputPlace output, string message, JsonElement? original = null) =>
        _notes.Add(new(code, input, output, message, null, null, Keep(original)));

    /// <summary>Makes a note about a value that has no place in the output.</summary>
    public void Note(string code, InputPath input, string message, JsonElement? original = null) =>
        Note(code, input, OutputPlace.None, message, original);

    /// <summary>Makes a note whose message is a template (<c>{0}</c>, <c>{1}</c>) filled when it is read; its
    /// original value is kept beyond the input (<see cref="Keep"/>).</summary>
    public void NoteFormat(string code, InputPath input, OutputPlace output, string template, string argument0, string? argument1, JsonElement? original = null) =>
        _notes.Add(new(code, input, output, template, argument0, argument1, Keep(original)));

    /// <summary>Makes a note whose message is a template filled when it is read, and whose original is a
    /// string, made into JSON when it is read.</summary>
    public void NoteFormat(string code, InputPath input, OutputPlace output, string template, string argument0, string? argument1, string original) =>
        _notes.Add(new(code, input, output, template, argument0, argument1, original));

    /// <summary>Notes a lone value where 2.x requires a list (<c>canvases</c>, <c>images</c>, …): it is read as a list of one.</summary>
    public void NoteLone(JsonElement value, InputPath input, OutputPlace output, string property)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Note(UpgradeNoteCodes.ValueCoerced, input, output,
                $"\"{property}\" must be a list, but is {V2Json.Kind(value.ValueKind)}; it was read as a list of one.");
        }
    }

    /// <summary>Returns the buffers the upgrade used.</summary>
    public void Dispose() => Verbatim.Dispose();

    /// <summary>Keeps a note's original beyond the parsed input: a string as its text (made into an
    /// element when the note is read), anything else as a copy.</summary>
    private static object? Keep(JsonElement? original) => original switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => V2Json.Text(text),
        { } value => value.Clone(),
    };

    /// <summary>Makes the result: the top of the output, from which the notes' output pointers are worked out.</summary>
    public UpgradeResult Result(IiifResource top)
    {
        _notes.Pointers.Root = top;
        return new UpgradeResult(top, _notes);
    }
}
