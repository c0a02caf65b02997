using System.Collections.Concurrent;
using System.Linq;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// Every type the library knows, stated once: the reader chooses classes from it, the writer and the
/// builder take type strings from the classes it creates, the upgrader maps 2.x names through it, and the
/// validator reads the known type names and families from it.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#2-resource-type-overview"/> and the Web
/// Annotation model. A type string names a type by its 3.0 name or one of its
/// <see cref="IiifType.Version2Names"/>, in any ASCII case, with or without a vocabulary prefix
/// (<c>sc:</c>, <c>oa:</c>, <c>iiif:</c>, <c>dctypes:</c>, <c>dcterms:</c>): <c>dctypes:Image</c>,
/// <c>Audio</c>, <c>oa:Annotation</c> and <c>sc:AnnotationList</c> all name a type. The string itself is
/// kept as read; only the choice of class is lenient.</para>
/// <para>Thread-safe: the table is built once and only read.</para>
/// </remarks>
internal static class IiifTypes
{
    private const int MaxLength = 48;

    /// <summary>The prefixes of the vocabularies 2.x documents (and some 3.0 ones) write types with.</summary>
    // The local names of the terms met so far, bounded in number and length so that no input can grow it
    // without end or keep a large string alive.
    private const int MaxLocalNames = 1024;
    private const int MaxLocalNameLength = 128;
    private static readonly ConcurrentDictionary<string, string> s_localNames = new(StringComparer.Ordinal);

    private static readonly string[] s_prefixes = ["sc:", "oa:", "iiif:", "dctypes:", "dcterms:"];

    private static readonly byte[][] s_prefixBytes = s_prefixes.Select(System.Text.Encoding.ASCII.GetBytes).ToArray();

    public static readonly IiifType Collection = new("Collection", ResourceKind.Collection, typeof(Collection), () => new Collection());
    public static readonly IiifType Manifest = new("Manifest", ResourceKind.Manifest, typeof(Manifest), () => new Manifest());
    public static readonly IiifType Canvas = new("Canvas", ResourceKind.Canvas, typeof(Canvas), () => new Canvas());
    public static readonly IiifType Range = new("Range", ResourceKind.Range, typeof(IiifRange), () => new IiifRange());
    public static readonly IiifType AnnotationPage = new("AnnotationPage", ResourceKind.AnnotationPage, typeof(AnnotationPage), () => new AnnotationPage(), "AnnotationList");
    public static readonly IiifType AnnotationCollection = new("AnnotationCollection", ResourceKind.AnnotationCollection, typeof(AnnotationCollection), () => new AnnotationCollection(), "Layer");
    public static readonly IiifType Annotation = new("Annotation", ResourceKind.Annotation, typeof(Annotation), () => new Annotation());
    public static readonly IiifType SpecificResource = new("SpecificResource", ResourceKind.SpecificResource, typeof(SpecificResource), () => new SpecificResource());
    public static readonly IiifType Choice = new("Choice", ResourceKind.Choice, typeof(Choice), () => new Choice());
    public static readonly IiifType TextualBody = new("TextualBody", ResourceKind.TextualBody, typeof(TextualBody), () => new TextualBody());
    public static readonly IiifType Agent = new("Agent", ResourceKind.Agent, typeof(Agent), () => new Agent());
    public static readonly IiifType Image = new("Image", ResourceKind.Content, typeof(Image), () => new Image(), "StillImage");
    public static readonly IiifType Sound = new("Sound", ResourceKind.Content, typeof(Sound), () => new Sound(), "Audio");
    public static readonly IiifType Video = new("Video", ResourceKind.Content, typeof(Video), () => new Video(), "MovingImage");
    public static readonly IiifType Text = new("Text", ResourceKind.Content, typeof(Text), () => new Text());
    public static readonly IiifType Dataset = new("Dataset", ResourceKind.Content, typeof(Dataset), () => new Dataset());
    public static readonly IiifType Model = new("Model", ResourceKind.Content, typeof(Model), () => new Model());
    public static readonly IiifType ImageService1 = new("ImageService1", ResourceKind.Service, typeof(ImageService1), () => new ImageService1());
    public static readonly IiifType ImageService2 = new("ImageService2", ResourceKind.Service, typeof(ImageService2), () => new ImageService2());
    public static readonly IiifType ImageService3 = new("ImageService3", ResourceKind.Service, typeof(ImageService3), () => new ImageService3());
    public static readonly IiifType AuthCookieService1 = new("AuthCookieService1", ResourceKind.Service, typeof(AuthCookieService1), () => new AuthCookieService1());
    public static readonly IiifType AuthTokenService1 = new("AuthTokenService1", ResourceKind.Service, typeof(AuthTokenService1), () => new AuthTokenService1());
    public static readonly IiifType AuthLogoutService1 = new("AuthLogoutService1", ResourceKind.Service, typeof(AuthLogoutService1), () => new AuthLogoutService1());
    public static readonly IiifType AuthProbeService2 = new("AuthProbeService2", ResourceKind.Service, typeof(AuthProbeService2), () => new AuthProbeService2());
    public static readonly IiifType AuthAccessService2 = new("AuthAccessService2", ResourceKind.Service, typeof(AuthAccessService2), () => new AuthAccessService2());
    public static readonly IiifType AuthAccessTokenService2 = new("AuthAccessTokenService2", ResourceKind.Service, typeof(AuthAccessTokenService2), () => new AuthAccessTokenService2());
    public static readonly IiifType AuthLogoutService2 = new("AuthLogoutService2", ResourceKind.Service, typeof(AuthLogoutService2), () => new AuthLogoutService2());
    public static readonly IiifType SearchService1 = new("SearchService1", ResourceKind.Service, typeof(SearchService1), () => new SearchService1());
    public static readonly IiifType AutoCompleteService1 = new("AutoCompleteService1", ResourceKind.Service, typeof(AutoCompleteService1), () => new AutoCompleteService1());
    public static readonly IiifType SearchService2 = new("SearchService2", ResourceKind.Service, typeof(SearchService2), () => new SearchService2());
    public static readonly IiifType AutoCompleteService2 = new("AutoCompleteService2", ResourceKind.Service, typeof(AutoCompleteService2), () => new AutoCompleteService2());
    public static readonly IiifType FragmentSelector = new("FragmentSelector", ResourceKind.Selector, typeof(FragmentSelector), () => new FragmentSelector());
    public static readonly IiifType SvgSelector = new("SvgSelector", ResourceKind.Selector, typeof(SvgSelector), () => new SvgSelector());
    public static readonly IiifType PointSelector = new("PointSelector", ResourceKind.Selector, typeof(PointSelector), () => new PointSelector());
    public static readonly IiifType ImageApiSelector = new("ImageApiSelector", ResourceKind.Selector, typeof(ImageApiSelector), () => new ImageApiSelector());
    public static readonly IiifType TextQuoteSelector = new("TextQuoteSelector", ResourceKind.Selector, typeof(TextQuoteSelector), () => new TextQuoteSelector());
    public static readonly IiifType TextPositionSelector = new("TextPositionSelector", ResourceKind.Selector, typeof(TextPositionSelector), () => new TextPositionSelector());
    public static readonly IiifType DataPositionSelector = new("DataPositionSelector", ResourceKind.Selector, typeof(DataPositionSelector), () => new DataPositionSelector());
    public static readonly IiifType XPathSelector = new("XPathSelector", ResourceKind.Selector, typeof(XPathSelector), () => new XPathSelector());
    public static readonly IiifType CssSelector = new("CssSelector", ResourceKind.Selector, typeof(CssSelector), () => new CssSelector());
    public static readonly IiifType RangeSelector = new("RangeSelector", ResourceKind.Selector, typeof(RangeSelector), () => new RangeSelector());

    /// <summary>Gets every type, in the order above: IIIF classes, content, services, selectors.</summary>
    public static IReadOnlyList<IiifType> All { get; } =
    [
        Collection, Manifest, Canvas, Range, AnnotationPage, AnnotationCollection, Annotation, SpecificResource, Choice,
        TextualBody, Agent, Image, Sound, Video, Text, Dataset, Model, ImageService1, ImageService2, ImageService3,
        AuthCookieService1, AuthTokenService1, AuthLogoutService1, AuthProbeService2, AuthAccessService2,
        AuthAccessTokenService2, AuthLogoutService2, SearchService1, AutoCompleteService1, SearchService2,
        AutoCompleteService2, FragmentSelector, SvgSelector, PointSelector, ImageApiSelector, TextQuoteSelector,
        TextPositionSelector, DataPositionSelector, XPathSelector, CssSelector, RangeSelector,
    ];

    /// <summary>The content resource types the specification names (the <c>type</c> values of content).</summary>
    public static IEnumerable<IiifType> ContentTypes => All.Where(t => t.Kind == ResourceKind.Content);

    /// <summary>Every local name, lower-cased, with its type.</summary>
    private static readonly Utf8Table<IiifType> s_byLowerName = new(
        All.SelectMany(t => new[] { t.Name }.Concat(t.Version2Names).Select(n => new KeyValuePair<string, IiifType>(n.ToLowerInvariant(), t))));

    private static readonly Utf8Table<IiifType> s_byName = new(All.Select(t => new KeyValuePair<string, IiifType>(t.Name, t)));

    private static readonly Dictionary<Type, IiifType> s_byClass = All.ToDictionary(t => t.ClrType);

    /// <summary>Finds the type whose name a reader's unescaped string is, exactly as the specification spells
    /// it (what nearly every document writes), or <see langword="null"/>; <see cref="Find(ref Utf8JsonReader)"/>
    /// also knows other spellings.</summary>
    public static IiifType? FindExact(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence && s_byName.TryGetValue(reader.ValueSpan, out IiifType type) ? type : null;

    /// <summary>Finds the type a <c>type</c> string names, or <see langword="null"/>.</summary>
    public static IiifType? Find(string value)
    {
        if (value.Length > MaxLength)
        {
            return null;
        }

        Span<byte> lower = stackalloc byte[MaxLength];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c > 0x7F)
            {
                return null;
            }

            lower[i] = c is >= 'A' and <= 'Z' ? (byte)(c + 32) : (byte)c;
        }

        return FindLower(lower.Slice(0, value.Length));
    }

    /// <summary>Finds the type a <c>type</c> string given as UTF-8 names, or <see langword="null"/>.</summary>
    public static IiifType? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return null;
        }

        Span<byte> lower = stackalloc byte[MaxLength];
        for (int i = 0; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        return FindLower(lower.Slice(0, utf8.Length));
    }

    /// <summary>Finds the type the string a reader is on names (it need not be escaped-free).</summary>
    public static IiifType? Find(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? Find(reader.GetString()!) : Find(reader.ValueSpan);

    /// <summary>Returns the type of a class of the model, or <see langword="null"/> for the classes that
    /// hold several types (<see cref="ContentResource"/>, <see cref="Service"/>, …).</summary>
    public static IiifType? ForClass(Type type) => s_byClass.TryGetValue(type, out IiifType? found) ? found : null;

    /// <summary>Returns the one type of a family that has only one (the IIIF classes, SpecificResource,
    /// Choice, TextualBody, Agent), or <see langword="null"/> for content, services and selectors.</summary>
    public static IiifType? OfKind(ResourceKind kind) => kind switch
    {
        ResourceKind.Collection => Collection,
        ResourceKind.Manifest => Manifest,
        ResourceKind.Canvas => Canvas,
        ResourceKind.Range => Range,
        ResourceKind.AnnotationPage => AnnotationPage,
        ResourceKind.AnnotationCollection => AnnotationCollection,
        ResourceKind.Annotation => Annotation,
        ResourceKind.SpecificResource => SpecificResource,
        ResourceKind.Choice => Choice,
        ResourceKind.TextualBody => TextualBody,
        ResourceKind.Agent => Agent,
        _ => null,
    };

    /// <summary>
    /// Returns the local name of a type or other vocabulary term as Presentation 2 documents write it: without
    /// its namespace, given as a prefix of any vocabulary (<c>sc:Manifest</c>, <c>cnt:ContentAsText</c> give
    /// <c>Manifest</c>, <c>ContentAsText</c>) or as a URI (<c>http://www.w3.org/ns/oa#commenting</c> gives
    /// <c>commenting</c>); white space around it is removed.
    /// </summary>
    public static string LocalName(string value)
    {
        // Documents write the same few terms again and again (sc:Canvas, oa:Annotation, sc:painting).
        if (s_localNames.TryGetValue(value, out string? known))
        {
            return known;
        }

        string local = LocalNameOf(value);
        if (s_localNames.Count < MaxLocalNames && value.Length <= MaxLocalNameLength)
        {
            s_localNames.TryAdd(value, local);
        }

        return local;
    }

    private static string LocalNameOf(string value)
    {
        value = value.Trim();
        bool uri = value.IndexOf("//", StringComparison.Ordinal) >= 0;
        int colon = value.IndexOf(':');
        if (colon > 0 && !uri)
        {
            return value.Substring(colon + 1);
        }

        int slash = Math.Max(value.LastIndexOf('/'), value.LastIndexOf('#'));
        return slash >= 0 && uri ? value.Substring(slash + 1) : value;
    }

    /// <summary>
    /// Finds the type a Presentation 2 type string names, as the upgrader reads it: by its
    /// <see cref="LocalName"/>, in any case, among the names and <see cref="IiifType.Version2Names"/>, and the
    /// names only 2.x documents use for content (text as <c>cnt:ContentAsText</c> or <c>oa:Tag</c>, a
    /// <c>dctypes:PhysicalObject</c>).
    /// </summary>
    public static IiifType? FindVersion2(string value)
    {
        string local = LocalName(value);
        return Find(local) ?? (s_version2Content.TryGetValue(local, out IiifType? type) ? type : null);
    }

    /// <summary>The content names of 2.x documents that are not 3.0 names; the reader does not take them.</summary>
    private static readonly Dictionary<string, IiifType> s_version2Content = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ContentAsText"] = TextualBody,
        ["Tag"] = TextualBody,
        ["PhysicalObject"] = Model,
    };

    private static IiifType? FindLower(ReadOnlySpan<byte> lower)
    {
        if (s_byLowerName.TryGetValue(lower, out IiifType type))
        {
            return type;
        }

        int colon = lower.IndexOf((byte)':');
        if (colon > 0 && IsPrefix(lower.Slice(0, colon + 1)) && s_byLowerName.TryGetValue(lower.Slice(colon + 1), out type))
        {
            return type;
        }

        return null;
    }

    private static bool IsPrefix(ReadOnlySpan<byte> lowerPrefix)
    {
        foreach (byte[] prefix in s_prefixBytes)
        {
            if (lowerPrefix.SequenceEqual(prefix))
            {
                return true;
            }
        }

        return false;
    }
}
