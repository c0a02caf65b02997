using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Tests.Robustness;

/// <summary>
/// CsCheck generators of random model trees, built through the public model API only, for the
/// write → read → write property of <see cref="ModelRoundTripTests"/>.
/// </summary>
/// <remarks>
/// <para>
/// The trees cover every resource class, the services and selectors, language maps in many scripts
/// (with control characters, surrogate pairs, combining marks and empty strings), extension data of
/// every JSON kind, unknown <c>type</c> strings, lone values and arrays, plain-string labels and bare
/// URI references, and Range trees dozens of levels deep (within <see cref="IiifReadOptions.MaxDepth"/>).
/// </para>
/// <para>
/// A tree holds only model states that JSON can carry back: where the reader picks a class from the
/// <c>type</c> and the place of an object, a resource's class agrees with both (an unknown
/// <c>type</c> goes on a <see cref="ContentResource"/> or a <see cref="Service"/>); extension data
/// never uses a name the model has a typed member for; numbers are finite. See the test's remarks.
/// </para>
/// </remarks>
internal static class ModelGenerators
{
    /// <summary>Pieces of text that tend to break writers and readers.</summary>
    private static readonly string[] s_hardTexts =
    [
        string.Empty,
        "Manuscript",
        "none",
        "مخطوطة عربية",
        "עברית",
        "中文書名",
        "日本語のタイトル",
        "한국어 제목",
        "📜",
        "👩‍👩‍👧‍👦",
        "🇫🇷🏳️‍🌈",
        "𝐀𝔸𝟘",
        "e\u0301\u0323",
        "Z\u0364\u0354\u0367\u0311\u0313",
        "\u200Fright to left\u200E",
        "\u202Ereversed\u202C",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 and English",
        "tab\tnew\nline\rend",
        "\u0000\u0001\u001F\u007F\u0080\u009F",
        "\u2028\u2029",
        "\uFEFFbom",
        "\u00A0\u2009\u3000",
        "quote \" backslash \\ slash /",
        "<b>html</b> & 'apos' `tick` +plus",
        "\uFFFD\uFFFE\uFFFF",
        "\uE000\uF8FF",
        "{\"json\": [1, 2]}",
        "0",
        "-1.5e10",
        "null",
    ];

    private static readonly string[] s_languages =
        ["en", "none", "ar", "he", "zh-Hant", "ja", "ko", "fr-CA", "und", "x-klingon", "", "EN", "sr-Latn-RS", "日本"];

    private static readonly string[] s_uris =
    [
        "https://example.org/iiif/1",
        "https://example.org/iiif/manifest.json",
        "https://example.org/canvas/1#xywh=0,0,100,200",
        "https://example.org/canvas/2#t=1.5,20",
        "http://example.org/ü/物/🙂?q=a&b=c",
        "urn:uuid:8f6a4f5e-0000-4000-8000-000000000000",
        "not a uri",
        "",
        "https://example.org/a%20b/",
    ];

    private static readonly string[] s_behaviors =
        ["paged", "individuals", "continuous", "auto-advance", "no-nav", "hidden", "facing-pages", "Paged", "made-up", ""];

    private static readonly string[] s_motivations =
        ["painting", "supplementing", "commenting", "tagging", "contentState", "sc:painting", "oa:commenting", "made-up"];

    private static readonly string[] s_contexts =
    [
        "http://iiif.io/api/presentation/3/context.json",
        "http://www.w3.org/ns/anno.jsonld",
        "http://example.org/extension/context.json",
        "http://iiif.io/api/extension/navplace/context.json",
    ];

    private static readonly string[] s_numberLiterals =
        ["0", "-0", "1", "-1", "1.50", "1e2", "1E+2", "-0.000001", "2147483648", "123456789012345678901234567890", "1e400", "0.1e-5", "3.141592653589793238462643"];

    /// <summary>Raw values of known properties, of a shape no typed member takes, as the reader keeps
    /// them (<c>"width": "1200"</c>, <c>"id": null</c>); never <c>type</c>, which chooses the class.</summary>
    private static readonly (string Name, string[] Values)[] s_rawKnown =
    [
        ("id", ["null", "5", "true", "[]", "{\"@id\": \"x\"}"]),
        ("label", ["true", "1.5", "[1]", "{\"en\": 5}", "{\"en\": [null]}", "null"]),
        ("summary", ["false", "[\"a\", 1]"]),
        ("rights", ["5", "true", "[]", "null"]),
        ("metadata", ["true", "\"x\"", "[1]", "[{\"label\": \"a\"}, 2]"]),
        ("requiredStatement", ["true", "5", "\"x\"", "[]"]),
        ("behavior", ["5", "[1]", "{}", "[\"paged\", null]"]),
        ("thumbnail", ["true", "1.5", "[true]", "null"]),
        ("seeAlso", ["false", "[1, 2]"]),
        ("service", ["true", "[null]"]),
        ("partOf", ["true", "[1]"]),
        ("width", ["\"1200\"", "1.5", "true", "{}", "1e400"]),
        ("height", ["\"800\"", "-0.5", "null", "[800]"]),
        ("duration", ["\"1.5\"", "true", "{}", "1e400"]),
        ("navDate", ["5", "{}", "null"]),
        ("items", ["5", "true", "[1]", "null"]),
        ("motivation", ["5", "[1]"]),
        ("body", ["5", "[true]"]),
        ("target", ["true", "[1]"]),
        ("format", ["5", "[\"image/jpeg\"]"]),
        ("language", ["5", "{}"]),
        ("viewingDirection", ["5", "[]"]),
        ("start", ["5", "true"]),
    ];

    /// <summary>Generates any text: hard cases, and random Unicode (surrogate pairs included, lone surrogates not).</summary>
    public static readonly Gen<string> AnyText = Gen.Frequency(
        (3, Gen.OneOf(s_hardTexts)),
        (2, UnicodeString(0, 12)),
        (1, Gen.Select(Gen.OneOf(s_hardTexts), UnicodeString(0, 6), (a, b) => a + b)));

    /// <summary>Generates the text of a value: any text. Lone surrogates are not generated: the writer
    /// refuses them (<c>IiifJsonTests.Write_LoneSurrogate_ThrowsArgumentExceptionAndWritesNothingChanged</c>).</summary>
    public static readonly Gen<string> AnyValueText = AnyText;

    /// <summary>Generates an id: usually a URI, sometimes odd text.</summary>
    public static readonly Gen<string> AnyId = Gen.Frequency(
        (4, Gen.Int[0, 999].Select(i => $"https://example.org/iiif/{i}")),
        (2, Gen.OneOf(s_uris)),
        (1, AnyText));

    /// <summary>Generates a <c>type</c> string that no known class reads, in any script.</summary>
    public static readonly Gen<string> AnyUnknownType = Gen.Frequency(
            (3, Gen.OneOf("Audio3D", "PhysicalObject", "sc:Sequence", "Ext:Thing", "AnnotationLists", "Sequence", string.Empty)),
            (1, AnyText))
        .Where(t => IiifTypes.Find(t) is null);

    /// <summary>Generates a name for an extension property: one no class of the model has a typed member for.</summary>
    public static readonly Gen<string> AnyExtensionName = Gen.Frequency(
            (3, Gen.OneOf("navPlace", "x-custom", "dc:creator", "@id:not", "created", "stylesheet", "_", "Label", "ID", "@Context")),
            (2, AnyText))
        .Where(n => IiifProperties.Find(n) is null);

    /// <summary>Generates a JSON value of any kind, nested up to three levels.</summary>
    public static readonly Gen<JsonElement> AnyJson = JsonWriterAction(3).Select(write =>
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        return document.RootElement.Clone();
    });

    /// <summary>Generates a language map: a plain string, or several languages with zero or more strings each.</summary>
    public static readonly Gen<LanguageMap> AnyLanguageMap = Gen.Frequency(
        (2, AnyValueText.Select(s => new LanguageMap { IsPlainString = true, [LanguageMap.NoLanguage] = [s] })),
        (5, Gen.Select(
            Gen.Frequency((3, Gen.OneOf(s_languages)), (1, AnyText)).Array[0, 5],
            AnyValueText.Array[0, 3].Array[5],
            Gen.Int[0, 2].Array[5],
            Gen.Bool,
            (keys, values, shapes, plain) =>
            {
                var map = new LanguageMap { IsPlainString = plain };
                string[] distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
                for (int i = 0; i < distinct.Length; i++)
                {
                    IList<string> list = shapes[i] switch
                    {
                        0 => new List<string>(values[i]),
                        1 => new OneOrMany<string>(values[i]),
                        _ => new OneOrMany<string>(values[i]) { IsSingleValue = true },
                    };
                    map.Add(distinct[i], list);
                }

                return map;
            })));

    /// <summary>Generates a metadata entry, with either side possibly missing, and extension data.</summary>
    public static readonly Gen<MetadataEntry> AnyMetadataEntry = Gen.Select(
        AnyLanguageMap.Null(0.1),
        AnyLanguageMap.Null(0.1),
        Extensions(0.15),
        Gen.Int[0, 9],
        (label, value, extensions, raw) =>
        {
            var entry = new MetadataEntry(label, value);
            extensions(entry.ExtensionData);
            if (raw == 0 && entry.Value is null)
            {
                entry.ExtensionData.Add("value", ParseJson("[\"not\", 1, \"a map\"]"));
            }

            return entry;
        });

    /// <summary>Generates a whole document: usually a Collection or a Manifest, sometimes another class,
    /// sometimes a Manifest with a Range tree dozens of levels deep.</summary>
    public static readonly Gen<IiifResource> AnyDocument = Gen.Frequency(
        (3, Manifest(3, TopType("Manifest")).Select(Top)),
        (2, Collection(3, TopType("Collection")).Select(Top)),
        (1, DeepManifest.Select(Top)),
        (1, Gen.OneOf(
            Canvas(2, TopType("Canvas")).Select(c => (IiifResource)c),
            AnnotationPage(2, TopType("AnnotationPage")).Select(p => (IiifResource)p),
            Annotation(2, TopType("Annotation")).Select(a => (IiifResource)a),
            AnnotationCollection(2, TopType("AnnotationCollection")).Select(c => (IiifResource)c),
            Range(2, TopType("Range")).Select(r => (IiifResource)r),
            ContentOf(2, () => new Image(), TopType("Image")).Select(c => (IiifResource)c),
            ContentOf(2, () => new ContentResource(null), AnyUnknownType.Select(t => (string?)t)).Select(c => (IiifResource)c),
            TextualBody(2),
            Choice(2),
            SpecificResource(2, Body(1)).Select(s => (IiifResource)s),
            ServiceOf(2, () => new ImageService3(), TopType("ImageService3")).Select(s => (IiifResource)s),
            ServiceOf(2, () => new AuthProbeService2(), TopType("AuthProbeService2")).Select(s => (IiifResource)s)).Select(Top)));

    private static Gen<Manifest> DeepManifest => Gen.Select(
        Gen.Int[20, 90].SelectMany(n => RangeLevel.Array[n]),
        Range(1, TypeFor("Range", allowNull: false)),
        AnyId,
        (levels, leaf, id) =>
        {
            IiifRange current = leaf;
            foreach (Action<IiifRange> level in levels)
            {
                var parent = new IiifRange();
                level(parent);
                parent.Items.Insert(0, current);
                current = parent;
            }

            var manifest = new Manifest(id);
            manifest.Structures.Add(current);
            return manifest;
        });

    /// <summary>Generates one level of a deep Range tree: a few light properties, and sometimes a lone item.</summary>
    private static Gen<Action<IiifRange>> RangeLevel => Gen.Select(
        AnyId.Null(0.2),
        AnyLanguageMap.Null(0.5),
        Gen.Int[0, 3],
        Extensions(0.1),
        (id, label, shape, extensions) => (Action<IiifRange>)(r =>
        {
            r.Id = id;
            r.Label = label;
            if (shape == 1)
            {
                r.Items.Add(UriReference(new Canvas(), "https://example.org/canvas/x"));
            }

            // A lone item drops an array level from the JSON, an empty one is filled by the child.
            r.Items.SetSingleValue(shape == 0);
            extensions(r.ExtensionData);
        }));

    // Resources of each class. `depth` bounds the nesting; `type` is the `type` the place allows.

    private static Gen<Collection> Collection(int depth, Gen<string?> type) => Build(
        () => new Collection(),
        Set<Collection, string?>(type, (c, t) => c.Type = t),
        Common<Collection>(depth),
        Maybe(0.3, Set<Collection, string>(AnyText, (c, v) => c.NavDate = v)),
        Maybe(0.3, Set<Collection, string>(Gen.OneOf("left-to-right", "right-to-left", "top-to-bottom", "sideways"), (c, v) => c.ViewingDirection = new ViewingDirection(v))),
        Maybe(0.15, Lazy(() => Canvas(depth - 1, AnyType("Canvas")), (Collection c, Canvas v) => c.PlaceholderCanvas = v)),
        Maybe(0.15, Lazy(() => Canvas(depth - 1, AnyType("Canvas")), (Collection c, Canvas v) => c.AccompanyingCanvas = v)),
        Maybe(0.2, ListOf((Collection c) => c.Services, Service(depth - 1), 2)),
        Maybe(0.2, ListOf((Collection c) => c.Annotations, Lazy(() => AnnotationPage(depth - 1, AnyType("AnnotationPage"))), 2)),
        Maybe(0.9, ListOf((Collection c) => c.Items, CollectionItem(depth - 1), 4)));

    private static Gen<IiifResource> CollectionItem(int depth) => Gen.Frequency(
        (depth > 0 ? 1 : 0, Lazy(() => Collection(depth, TypeFor("Collection", allowNull: false)).Select(c => (IiifResource)c))),
        (depth > 0 ? 2 : 0, Lazy(() => Manifest(depth, TypeFor("Manifest", allowNull: true)).Select(m => (IiifResource)m))),
        (3, Reference(() => new Manifest(), TypeFor("Manifest", allowNull: true))),
        (1, Reference(() => new Collection(), TypeFor("Collection", allowNull: false))),
        (1, AnyId.Select(id => UriReference(new Manifest(), id))));

    private static Gen<Manifest> Manifest(int depth, Gen<string?> type) => Build(
        () => new Manifest(),
        Set<Manifest, string?>(type, (m, t) => m.Type = t),
        Common<Manifest>(depth),
        Maybe(0.3, Set<Manifest, string>(AnyText, (m, v) => m.NavDate = v)),
        Maybe(0.3, Set<Manifest, string>(Gen.OneOf("left-to-right", "right-to-left", "Top-To-Bottom", "made-up"), (m, v) => m.ViewingDirection = new ViewingDirection(v))),
        Maybe(0.2, Lazy(() => Target(depth - 1), (Manifest m, IiifResource v) => m.Start = v)),
        Maybe(0.1, Lazy(() => Canvas(depth - 1, AnyType("Canvas")), (Manifest m, Canvas v) => m.PlaceholderCanvas = v)),
        Maybe(0.1, Lazy(() => Canvas(depth - 1, AnyType("Canvas")), (Manifest m, Canvas v) => m.AccompanyingCanvas = v)),
        Maybe(0.2, ListOf((Manifest m) => m.Services, Service(depth - 1), 2)),
        Maybe(0.9, ListOf((Manifest m) => m.Items, Lazy(() => Canvas(depth - 1, AnyType("Canvas"))), 3)),
        Maybe(0.4, ListOf((Manifest m) => m.Structures, Lazy(() => Range(depth - 1, AnyType("Range"))), 2)),
        Maybe(0.2, ListOf((Manifest m) => m.Annotations, Lazy(() => AnnotationPage(depth - 1, AnyType("AnnotationPage"))), 2)));

    private static Gen<Canvas> Canvas(int depth, Gen<string?> type) => depth <= 0
        ? Reference(() => new Canvas(), type)
        : Build(
            () => new Canvas(),
            Set<Canvas, string?>(type, (c, t) => c.Type = t),
            Common<Canvas>(depth),
            Maybe(0.7, Set<Canvas, int>(Gen.Int, (c, v) => c.Height = v)),
            Maybe(0.7, Set<Canvas, int>(Gen.Int, (c, v) => c.Width = v)),
            Maybe(0.3, Set<Canvas, double>(Number, (c, v) => c.Duration = v)),
            Maybe(0.1, Set<Canvas, string>(AnyText, (c, v) => c.NavDate = v)),
            Maybe(0.1, Lazy(() => Canvas(depth - 2, AnyType("Canvas")), (Canvas c, Canvas v) => c.PlaceholderCanvas = v)),
            Maybe(0.1, Lazy(() => Canvas(depth - 2, AnyType("Canvas")), (Canvas c, Canvas v) => c.AccompanyingCanvas = v)),
            Maybe(0.8, ListOf((Canvas c) => c.Items, Lazy(() => AnnotationPage(depth - 1, AnyType("AnnotationPage"))), 2)),
            Maybe(0.3, ListOf((Canvas c) => c.Annotations, Lazy(() => AnnotationPage(depth - 1, AnyType("AnnotationPage"))), 2)));

    private static Gen<IiifRange> Range(int depth, Gen<string?> type) => depth <= 0
        ? Reference(() => new IiifRange(), type)
        : Build(
            () => new IiifRange(),
            Set<IiifRange, string?>(type, (r, t) => r.Type = t),
            Common<IiifRange>(depth),
            Maybe(0.1, Set<IiifRange, string>(AnyText, (r, v) => r.NavDate = v)),
            Maybe(0.2, Set<IiifRange, string>(Gen.OneOf("left-to-right", "right-to-left"), (r, v) => r.ViewingDirection = new ViewingDirection(v))),
            Maybe(0.2, Lazy(() => Target(depth - 1), (IiifRange r, IiifResource v) => r.Start = v)),
            Maybe(0.2, Lazy(() => AnnotationCollection(depth - 1, AnyType("AnnotationCollection")), (IiifRange r, AnnotationCollection v) => r.Supplementary = v)),
            Maybe(0.1, Lazy(() => Canvas(depth - 2, AnyType("Canvas")), (IiifRange r, Canvas v) => r.PlaceholderCanvas = v)),
            Maybe(0.1, ListOf((IiifRange r) => r.Annotations, Lazy(() => AnnotationPage(depth - 1, AnyType("AnnotationPage"))), 1)),
            Maybe(0.9, ListOf((IiifRange r) => r.Items, RangeItem(depth - 1), 4)));

    private static Gen<IiifResource> RangeItem(int depth) => Gen.Frequency(
        (depth > 0 ? 2 : 0, Lazy(() => Range(depth, TypeFor("Range", allowNull: false)).Select(r => (IiifResource)r))),
        (2, Reference(() => new Canvas(), TypeFor("Canvas", allowNull: true))),
        (2, AnyId.Select(id => UriReference(new Canvas(), id))),
        (1, Reference(() => new IiifRange(), TypeFor("Range", allowNull: false))),
        (depth > 0 ? 1 : 0, Lazy(() => SpecificResource(depth, Target(depth - 1)).Select(s => (IiifResource)s))));

    private static Gen<AnnotationPage> AnnotationPage(int depth, Gen<string?> type) => depth <= 0
        ? Reference(() => new AnnotationPage(), type)
        : Build(
            () => new AnnotationPage(),
            Set<AnnotationPage, string?>(type, (p, t) => p.Type = t),
            Common<AnnotationPage>(depth - 1),
            Maybe(0.1, Lazy(() => AnnotationPage(0, AnyType("AnnotationPage")), (AnnotationPage p, AnnotationPage v) => p.Prev = v)),
            Maybe(0.1, Lazy(() => AnnotationPage(0, AnyType("AnnotationPage")), (AnnotationPage p, AnnotationPage v) => p.Next = v)),
            Maybe(0.1, Set<AnnotationPage, int>(Gen.Int, (p, v) => p.StartIndex = v)),
            Maybe(0.9, ListOf((AnnotationPage p) => p.Items, Lazy(() => Annotation(depth - 1, AnyType("Annotation"))), 3)));

    private static Gen<AnnotationCollection> AnnotationCollection(int depth, Gen<string?> type) => Build(
        () => new AnnotationCollection(),
        Set<AnnotationCollection, string?>(type, (c, t) => c.Type = t),
        Common<AnnotationCollection>(depth - 1),
        Maybe(0.5, Set<AnnotationCollection, int>(Gen.Int, (c, v) => c.Total = v)),
        Maybe(0.6, Lazy(() => AnnotationPage(depth - 1, AnyType("AnnotationPage")), (AnnotationCollection c, AnnotationPage v) => c.First = v)),
        Maybe(0.4, Lazy(() => AnnotationPage(0, AnyType("AnnotationPage")), (AnnotationCollection c, AnnotationPage v) => c.Last = v)));

    private static Gen<Annotation> Annotation(int depth, Gen<string?> type) => Build(
        () => new Annotation(),
        Set<Annotation, string?>(type, (a, t) => a.Type = t),
        Common<Annotation>(depth - 1),
        Maybe(0.8, ListOf((Annotation a) => a.Motivation, Gen.OneOf(s_motivations).Select(m => new Motivation(m)), 2)),
        Maybe(0.2, Set<Annotation, string>(Gen.OneOf("trim", "scale", "loop", "made-up"), (a, v) => a.TimeMode = new TimeMode(v))),
        Maybe(0.8, ListOf((Annotation a) => a.Body, Body(depth - 1), 2)),
        Maybe(0.8, ListOf((Annotation a) => a.Target, Target(depth - 1), 2)));

    /// <summary>What an Annotation's <c>body</c> or a Choice's <c>items</c> may hold.</summary>
    private static Gen<IiifResource> Body(int depth) => Gen.Frequency(
        (4, Lazy(() => Content(depth).Select(c => (IiifResource)c))),
        (2, Lazy(() => TextualBody(depth))),
        (1, AnyId.Select(id => UriReference(new ContentResource(null), id))),
        (depth >= 0 ? 1 : 0, Lazy(() => Choice(depth))),
        (depth >= 0 ? 1 : 0, Lazy(() => SpecificResource(depth, Body(depth - 1)).Select(s => (IiifResource)s))));

    /// <summary>What an Annotation's <c>target</c> or a <c>start</c> may hold.</summary>
    private static Gen<IiifResource> Target(int depth) => Gen.Frequency(
        (3, AnyId.Select(id => UriReference(new Canvas(), id))),
        (2, Reference(() => new Canvas(), TypeFor("Canvas", allowNull: true))),
        (depth >= 0 ? 2 : 0, Lazy(() => SpecificResource(depth, Target(depth - 1)).Select(s => (IiifResource)s))));

    private static Gen<IiifResource> TextualBody(int depth) => Build(
            () => new TextualBody(),
            Set<TextualBody, string?>(TypeFor("TextualBody", allowNull: false), (t, v) => t.Type = v),
            Common<TextualBody>(depth - 2),
            Maybe(0.9, Set<TextualBody, string>(AnyValueText, (t, v) => t.Value = v)),
            Maybe(0.4, Set<TextualBody, string>(Gen.OneOf("text/plain", "text/html", "made/up"), (t, v) => t.Format = v)),
            Maybe(0.4, ListOf((TextualBody t) => t.Language, Gen.OneOf(s_languages), 2)))
        .Select(t => (IiifResource)t);

    private static Gen<IiifResource> Choice(int depth) => Build(
            () => new Choice(),
            Set<Choice, string?>(TypeFor("Choice", allowNull: false), (c, v) => c.Type = v),
            Common<Choice>(depth - 2),
            ListOf((Choice c) => c.Items, Body(depth - 1), 3))
        .Select(c => (IiifResource)c);

    private static Gen<SpecificResource> SpecificResource(int depth, Gen<IiifResource> source) => Build(
        () => new SpecificResource(),
        Set<SpecificResource, string?>(TypeFor("SpecificResource", allowNull: false), (s, v) => s.Type = v),
        Common<SpecificResource>(depth - 2),
        Maybe(0.9, Set<SpecificResource, IiifResource>(source, (s, v) => s.Source = v)),
        Maybe(0.8, ListOf((SpecificResource s) => s.Selector, AnySelector, 2)));

    /// <summary>Generates a selector of each kind, or one of a type the model does not know.</summary>
    private static Gen<Selector> AnySelector => Gen.OneOf(
        Gen.Select(AnyText, Gen.OneOf<string?>(null, FragmentSelector.MediaFragments, "http://example.org/other"), Extensions(0.2), (v, c, e) => Extend(new FragmentSelector(v) { ConformsTo = c }, e)),
        Gen.Select(AnyText, Extensions(0.2), (v, e) => Extend(new SvgSelector(v), e)),
        Gen.Select(Gen.Int.Nullable(0.3), Gen.Int.Nullable(0.3), Number.Nullable(0.5), Extensions(0.2), (x, y, t, e) => RawIfUnset(Extend(new PointSelector { X = x, Y = y, T = t }, e), x is null, "x", "\"12\"")),
        Gen.Select(AnyText.Null(0.3), AnyText.Null(0.3), AnyText.Null(0.3), AnyText.Null(0.3), AnyText.Null(0.3), Extensions(0.2), (r, s, o, q, f, e) =>
            Extend(new ImageApiSelector { Region = r, Size = s, Rotation = o, Quality = q, Format = f }, e)),
        Gen.Select(AnyUnknownType.Null(0.3), Extensions(0.9), (t, e) => Extend(new Selector(t), e)));

    /// <summary>Generates a content resource of each class, or of a type the model does not know.</summary>
    private static Gen<ContentResource> Content(int depth) => Gen.Frequency(
        (3, ContentOf(depth, () => new Image(), TypeFor("Image", allowNull: false))),
        (1, ContentOf(depth, () => new Sound(), Gen.OneOf<string?>("Sound", "Audio", "dctypes:Sound"))),
        (1, ContentOf(depth, () => new Video(), Gen.OneOf<string?>("Video", "dctypes:MovingImage"))),
        (1, ContentOf(depth, () => new Text(), TypeFor("Text", allowNull: false))),
        (1, ContentOf(depth, () => new Dataset(), TypeFor("Dataset", allowNull: false))),
        (1, ContentOf(depth, () => new global::Iiif.Presentation.Model(), TypeFor("Model", allowNull: false))),
        (2, ContentOf(depth, () => new ContentResource(null), AnyUnknownType.Null(0.3))),
        (1, AnyId.Select(id => UriReference(new ContentResource(null), id))));

    private static Gen<ContentResource> ContentOf(int depth, Func<ContentResource> create, Gen<string?> type) => Build(
        create,
        Set<ContentResource, string?>(type, (c, t) => c.Type = t),
        Maybe(0.8, Set<ContentResource, string>(AnyId, (c, v) => c.Id = v)),
        Common<ContentResource>(depth - 2),
        Maybe(0.6, Set<ContentResource, string>(Gen.OneOf("image/jpeg", "audio/mp4", "text/html", "application/ld+json", "made/up", string.Empty), (c, v) => c.Format = v)),
        Maybe(0.2, ListOf((ContentResource c) => c.Language, Gen.OneOf(s_languages), 2)),
        Maybe(0.2, Set<ContentResource, string>(AnyText, (c, v) => c.Profile = v)),
        Maybe(0.4, Set<ContentResource, int>(Gen.Int, (c, v) => c.Height = v)),
        Maybe(0.4, Set<ContentResource, int>(Gen.Int, (c, v) => c.Width = v)),
        Maybe(0.2, Set<ContentResource, double>(Number, (c, v) => c.Duration = v)),
        Maybe(depth > 1 ? 0.1 : 0, ListOf((ContentResource c) => c.Annotations, Lazy(() => AnnotationPage(depth - 2, AnyType("AnnotationPage"))), 1)));

    private static Gen<Agent> Agent(int depth) => Build(
        () => new Agent(),
        Set<Agent, string?>(AnyType("Agent"), (a, t) => a.Type = t),
        Maybe(0.9, Set<Agent, string>(AnyId, (a, v) => a.Id = v)),
        Maybe(0.8, Set<Agent, LanguageMap>(AnyLanguageMap, (a, v) => a.Label = v)),
        Maybe(0.3, ListOf((Agent a) => a.Homepage, Lazy(() => Content(depth - 1)), 1)),
        Maybe(0.3, ListOf((Agent a) => a.Logo, Lazy(() => Content(depth - 1)), 2)),
        Maybe(0.2, ListOf((Agent a) => a.SeeAlso, Lazy(() => Content(depth - 1)), 1)),
        Maybe(0.2, Set<Agent, Action<ExtensionDataCollection>>(Extensions(1), (a, e) => e(a.ExtensionData))));

    /// <summary>Generates a service of each class, or of a type the model does not know.</summary>
    private static Gen<Service> Service(int depth) => Gen.Frequency(
        (3, ServiceOf(depth, () => new ImageService3(), TypeFor("ImageService3", allowNull: false))),
        (2, ServiceOf(depth, () => new ImageService2(), TypeFor("ImageService2", allowNull: false))),
        (1, ServiceOf(depth, () => new ImageService2 { Context = { "http://iiif.io/api/image/2/context.json" } }, Gen.Const((string?)null))),
        (1, ServiceOf(depth, () => new ImageService1(), TypeFor("ImageService1", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthCookieService1(), TypeFor("AuthCookieService1", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthTokenService1(), TypeFor("AuthTokenService1", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthLogoutService1(), TypeFor("AuthLogoutService1", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthProbeService2(), TypeFor("AuthProbeService2", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthAccessService2(), TypeFor("AuthAccessService2", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthAccessTokenService2(), TypeFor("AuthAccessTokenService2", allowNull: false))),
        (1, ServiceOf(depth, () => new AuthLogoutService2(), TypeFor("AuthLogoutService2", allowNull: false))),
        (1, ServiceOf(depth, () => new SearchService1(), TypeFor("SearchService1", allowNull: false))),
        (1, ServiceOf(depth, () => new SearchService2(), TypeFor("SearchService2", allowNull: false))),
        (1, ServiceOf(depth, () => new AutoCompleteService1(), TypeFor("AutoCompleteService1", allowNull: false))),
        (1, ServiceOf(depth, () => new AutoCompleteService2(), TypeFor("AutoCompleteService2", allowNull: false))),
        (2, ServiceOf(depth, () => new Service(null), AnyUnknownType.Select(t => (string?)t))));

    private static Gen<Service> ServiceOf(int depth, Func<Service> create, Gen<string?> type) => Build(
        create,
        Set<Service, string?>(type, (s, t) => s.Type = t),
        Set<Service, string?>(AnyId.Null(0.1), (s, v) => s.Id = v),
        Set<Service, bool>(Gen.Bool, (s, v) => s.UsesAtId = v),
        Set<Service, bool>(Gen.Bool, (s, v) => s.UsesAtType = v),
        Maybe(0.5, Set<Service, string>(Gen.OneOf("level0", "level2", "http://iiif.io/api/image/2/level1.json", "http://iiif.io/api/auth/1/login", "made-up"), (s, v) => s.Profile = v)),
        Maybe(0.2, Set<Service, LanguageMap>(AnyLanguageMap, (s, v) => s.Label = v)),
        Maybe(0.5, Set<Service, ImageFields>(ImageFields.Generator, (s, v) => v.ApplyTo(s))),
        Maybe(0.4, Set<Service, AuthFields>(AuthFields.Generator, (s, v) => v.ApplyTo(s))),
        Maybe(depth > 0 ? 0.2 : 0, ListOf((Service s) => s.Service, Lazy(() => Service(depth - 1)), 2)),
        Maybe(0.15, Set<Service, Action<ExtensionDataCollection>>(Extensions(1), (s, e) => e(s.ExtensionData))));

    /// <summary>Generates the properties every resource may have, each one only sometimes.</summary>
    private static Gen<Action<T>> Common<T>(int depth)
        where T : IiifResource => Combine(
        Maybe(0.8, Set<T, string>(AnyId, (r, v) => r.Id = v)),
        Maybe(0.6, Set<T, LanguageMap>(AnyLanguageMap, (r, v) => r.Label = v)),
        Maybe(0.15, Set<T, LanguageMap>(AnyLanguageMap, (r, v) => r.Summary = v)),
        Maybe(0.2, ListOf((T r) => r.Metadata, AnyMetadataEntry, 3)),
        Maybe(0.1, Set<T, MetadataEntry>(AnyMetadataEntry, (r, v) => r.RequiredStatement = v)),
        Maybe(0.1, Set<T, string>(Gen.OneOf("http://creativecommons.org/licenses/by/4.0/", "made up"), (r, v) => r.Rights = v)),
        Maybe(0.1, ListOf((T r) => r.Context, Gen.OneOf(s_contexts), 2)),
        Maybe(0.15, ListOf((T r) => r.Behavior, Gen.OneOf(s_behaviors).Select(b => new Behavior(b)), 2)),
        Maybe(depth > 0 ? 0.1 : 0, ListOf((T r) => r.Provider, Lazy(() => Agent(depth - 1)), 1)),
        Maybe(depth > 0 ? 0.2 : 0, ListOf((T r) => r.Thumbnail, Lazy(() => Content(depth - 1)), 2)),
        Maybe(depth > 0 ? 0.1 : 0, ListOf((T r) => r.Homepage, Lazy(() => Content(depth - 1)), 1)),
        Maybe(depth > 0 ? 0.1 : 0, ListOf((T r) => r.Rendering, Lazy(() => Content(depth - 1)), 2)),
        Maybe(depth > 0 ? 0.1 : 0, ListOf((T r) => r.SeeAlso, Lazy(() => Content(depth - 1)), 2)),
        Maybe(depth > 0 ? 0.15 : 0, ListOf((T r) => r.Service, Lazy(() => Service(depth - 1)), 2)),
        Maybe(0.1, ListOf((T r) => r.PartOf, PartOf, 2)),
        Maybe(0.25, Set<T, Action<ExtensionDataCollection>>(Extensions(1), (r, e) => e(r.ExtensionData))),
        Maybe(0.15, Set<T, Action<ExtensionDataCollection>>(RawKnownValues, (r, e) => e(r.ExtensionData))));

    private static Gen<Action<ExtensionDataCollection>> RawKnownValues => Gen.Select(
        Gen.Int[0, s_rawKnown.Length - 1].Array[1, 4],
        Gen.Int[0, 99].Array[4],
        (picks, values) => (Action<ExtensionDataCollection>)(bag =>
        {
            for (int i = 0; i < picks.Length; i++)
            {
                (string name, string[] choices) = s_rawKnown[picks[i]];
                if (!bag.ContainsKey(name))
                {
                    bag.Add(name, ParseJson(choices[values[i] % choices.Length]));
                }
            }
        }));

    private static Gen<IiifResource> PartOf => Gen.OneOf(
        Reference(() => new Collection(), TypeFor("Collection", allowNull: false)).Select(c => (IiifResource)c),
        Reference(() => new Manifest(), TypeFor("Manifest", allowNull: false)).Select(m => (IiifResource)m),
        AnyId.Select(id => UriReference(new ContentResource(null), id)));

    /// <summary>Generates a reference: an id, a type and sometimes a label.</summary>
    private static Gen<T> Reference<T>(Func<T> create, Gen<string?> type)
        where T : IiifResource => Gen.Select(AnyId.Null(0.1), type, AnyLanguageMap.Null(0.6), (id, t, label) =>
        {
            T resource = create();
            resource.Id = id;
            resource.Type = t;
            resource.Label = label;
            return resource;
        });

    /// <summary>Makes a bare URI reference (<c>"target": "https://…"</c>), which has no type.</summary>
    private static T UriReference<T>(T resource, string id)
        where T : IiifResource
    {
        resource.Type = null;
        resource.Id = id;
        resource.IsUriString = true;
        return resource;
    }

    private static IiifResource Top(IiifResource resource)
    {
        // Only the top resource gets the Presentation 3 context; Presentation 2 ones would make
        // IiifJson.Parse upgrade the document.
        if (resource.Context.Count == 0)
        {
            resource.Context.Add("http://iiif.io/api/presentation/3/context.json");
        }

        return resource;
    }

    /// <summary>The type of a class in a place that fixes the class: its own, another case, none or unknown.</summary>
    private static Gen<string?> AnyType(string canonical) => Gen.Frequency(
        (12, Gen.Const<string?>(canonical)),
        (1, Gen.Const<string?>(canonical.ToLowerInvariant())),
        (1, Gen.Const((string?)null)),
        (1, AnyUnknownType.Select(t => (string?)t)));

    /// <summary>The type of a class in a place where the type chooses the class: one that reads back
    /// as that class, or none when the place reads an untyped object as that class.</summary>
    private static Gen<string?> TypeFor(string canonical, bool allowNull) => Gen.Frequency(
        (12, Gen.Const<string?>(canonical)),
        (1, Gen.Const<string?>(canonical.ToUpperInvariant())),
        (allowNull ? 2 : 0, Gen.Const((string?)null)));

    private static Gen<string?> TopType(string canonical) => TypeFor(canonical, allowNull: false);

    /// <summary>Generates finite doubles: small, integral, huge, tiny, negative zero.</summary>
    private static Gen<double> Number => Gen.Frequency(
        (3, Gen.Double[-1e6, 1e6]),
        (1, Gen.Int.Select(i => (double)i)),
        (1, Gen.OneOf(0.0, -0.0, 0.1, 1.5, 1e300, -1e-300, double.Epsilon, double.MaxValue, double.MinValue, 0.30000000000000004)));

    /// <summary>Generates a string of Unicode scalar values: any plane, control characters included.</summary>
    private static Gen<string> UnicodeString(int min, int max) => Gen.Frequency(
            (4, Gen.Char['\u0020', '\u007E'].Select(c => c.ToString())),
            (2, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
            (3, Gen.Char['\u0080', '\uD7FF'].Select(c => c.ToString())),
            (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
            (2, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)))
        .Array[min, max]
        .Select(parts => string.Concat(parts));

    /// <summary>Generates extension properties: usually none, else one to three of any JSON kind.</summary>
    private static Gen<Action<ExtensionDataCollection>> Extensions(double probability) => Gen.Frequency(
        ((int)Math.Round((1 - probability) * 100), Gen.Const<Action<ExtensionDataCollection>>(static _ => { })),
        ((int)Math.Round(probability * 100), Gen.Select(AnyExtensionName.Array[1, 3], AnyJson.Array[3], (names, values) => (Action<ExtensionDataCollection>)(bag =>
        {
            string[] distinct = names.Distinct(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < distinct.Length; i++)
            {
                bag.Add(distinct[i], values[i]);
            }
        }))));

    private static Gen<Action<Utf8JsonWriter>> JsonWriterAction(int depth)
    {
        Gen<Action<Utf8JsonWriter>> scalar = Gen.Frequency(
            (1, Gen.Const<Action<Utf8JsonWriter>>(static w => w.WriteNullValue())),
            (1, Gen.Bool.Select(b => (Action<Utf8JsonWriter>)(w => w.WriteBooleanValue(b)))),
            (1, Gen.OneOf(s_numberLiterals).Select(n => (Action<Utf8JsonWriter>)(w => w.WriteRawValue(n)))),
            (1, Gen.Double.Select(d => (Action<Utf8JsonWriter>)(w => w.WriteNumberValue(d)))),
            (3, AnyValueText.Select(s => (Action<Utf8JsonWriter>)(w => w.WriteStringValue(s)))));
        if (depth == 0)
        {
            return scalar;
        }

        Gen<Action<Utf8JsonWriter>> inner = JsonWriterAction(depth - 1);
        return Gen.Frequency(
            (4, scalar),
            (1, inner.Array[0, 3].Select(items => (Action<Utf8JsonWriter>)(w =>
            {
                w.WriteStartArray();
                foreach (Action<Utf8JsonWriter> item in items)
                {
                    item(w);
                }

                w.WriteEndArray();
            }))),
            (1, Gen.Select(AnyText.Array[0, 3], inner.Array[3], (keys, values) => (Action<Utf8JsonWriter>)(w =>
            {
                w.WriteStartObject();

                // No key twice: the reader refuses duplicate keys everywhere, extension values included
                // (BadInputPolicyTests), so a model holding one does not round-trip by design.
                string[] distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
                for (int i = 0; i < distinct.Length; i++)
                {
                    w.WritePropertyName(distinct[i]);
                    values[i](w);
                }

                w.WriteEndObject();
            }))));
    }

    private static JsonElement ParseJson(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static T RawIfUnset<T>(T selector, bool unset, string name, string json)
        where T : Selector
    {
        if (unset && !selector.ExtensionData.ContainsKey(name))
        {
            selector.ExtensionData.Add(name, ParseJson(json));
        }

        return selector;
    }

    private static T Extend<T>(T selector, Action<ExtensionDataCollection> extensions)
        where T : Selector
    {
        extensions(selector.ExtensionData);
        return selector;
    }

    // Combinators: a resource is built by a chain of actions, each setting some properties.

    private static Gen<T> Build<T>(Func<T> create, params Gen<Action<T>>[] parts) =>
        Combine(parts).Select(apply =>
        {
            T value = create();
            apply(value);
            return value;
        });

    private static Gen<Action<T>> Combine<T>(params Gen<Action<T>>[] parts) =>
        parts.Aggregate(
            Gen.Const<Action<T>>(static _ => { }),
            (all, part) => Gen.Select(all, part, (a, b) => (Action<T>)(t =>
            {
                a(t);
                b(t);
            })));

    private static Gen<Action<T>> Set<T, TValue>(Gen<TValue> value, Action<T, TValue> set) =>
        value.Select(v => (Action<T>)(t => set(t, v)));

    private static Gen<Action<T>> Maybe<T>(double probability, Gen<Action<T>> part) => probability <= 0
        ? Gen.Const<Action<T>>(static _ => { })
        : Gen.Frequency(
            ((int)Math.Round((1 - probability) * 100), Gen.Const<Action<T>>(static _ => { })),
            ((int)Math.Round(probability * 100), part));

    /// <summary>Fills a list: zero to <paramref name="max"/> values, a lone value or an array, and an
    /// empty list written as <c>[]</c> or left out.</summary>
    private static Gen<Action<T>> ListOf<T, TItem>(Func<T, IList<TItem>> list, Gen<TItem> item, int max) =>
        Gen.Select(item.Array[0, max], Gen.Int[0, 3], (items, shape) => (Action<T>)(t =>
        {
            var values = (OneOrMany<TItem>)list(t);
            foreach (TItem value in items)
            {
                values.Add(value);
            }

            values.IsSingleValue = shape == 0;
            values.WriteWhenEmpty = shape == 1;
        }));

    /// <summary>Defers building a generator until a value is generated, so recursive generators are
    /// built only as deep as the values they make.</summary>
    private static Gen<T> Lazy<T>(Func<Gen<T>> create) => Gen.Const(0).SelectMany(_ => create());

    private static Gen<Action<T>> Lazy<T, TValue>(Func<Gen<TValue>> create, Action<T, TValue> set) =>
        Set(Lazy(create), set);

    /// <summary>Fields of an Image API service, applied when the service is one.</summary>
    private sealed record ImageFields(int? Width, int? Height, int? MaxWidth, long? MaxArea, ImageSize[] Sizes, ImageTile[] Tiles, bool SingleSize)
    {
        public static readonly Gen<ImageFields> Generator = Gen.Select(
            Gen.Int.Nullable(0.3),
            Gen.Int.Nullable(0.3),
            Gen.Int.Nullable(0.7),
            Gen.Long.Nullable(0.7),
            Gen.Select(Gen.Int.Nullable(0.1), Gen.Int.Nullable(0.1), Gen.OneOf<string?>(null, "Size", "made-up"), Extensions(0.2), (w, h, t, e) =>
            {
                var size = new ImageSize { Width = w, Height = h, Type = t };
                e(size.ExtensionData);
                if (w is null && !size.ExtensionData.ContainsKey("width"))
                {
                    size.ExtensionData.Add("width", ParseJson("\"full\""));
                }
                return size;
            }).Array[0, 3],
            Gen.Select(Gen.Int.Nullable(0.1), Gen.Int.Nullable(0.5), Gen.Int.Array[0, 4], Gen.Bool, Extensions(0.2), (w, h, factors, single, e) =>
            {
                var tile = new ImageTile { Width = w, Height = h };
                foreach (int factor in factors)
                {
                    tile.ScaleFactors.Add(factor);
                }

                tile.ScaleFactors.SetSingleValue(single);
                e(tile.ExtensionData);
                return tile;
            }).Array[0, 2],
            Gen.Bool,
            (w, h, mw, ma, sizes, tiles, single) => new ImageFields(w, h, mw, ma, sizes, tiles, single));

        public void ApplyTo(Service service)
        {
            if (service is not ImageService image)
            {
                return;
            }

            image.Width = Width;
            image.Height = Height;
            image.MaxWidth = MaxWidth;
            image.MaxArea = MaxArea;
            foreach (ImageSize size in Sizes)
            {
                image.Sizes.Add(size);
            }

            foreach (ImageTile tile in Tiles)
            {
                image.Tiles.Add(tile);
            }

            image.Sizes.SetSingleValue(SingleSize);
        }
    }

    /// <summary>Texts of the Auth services, applied to the service that has them.</summary>
    private sealed record AuthFields(string? Text1, string? Text2, LanguageMap? Map1, LanguageMap? Map2, LanguageMap? Map3)
    {
        public static readonly Gen<AuthFields> Generator = Gen.Select(
            AnyText.Null(0.3),
            AnyText.Null(0.3),
            AnyLanguageMap.Null(0.3),
            AnyLanguageMap.Null(0.3),
            AnyLanguageMap.Null(0.3),
            (a, b, c, d, e) => new AuthFields(a, b, c, d, e));

        public void ApplyTo(Service service)
        {
            switch (service)
            {
                case AuthCookieService1 cookie:
                    cookie.Header = Text1;
                    cookie.Description = Text2;
                    cookie.ConfirmLabel = Text1;
                    cookie.FailureHeader = Text2;
                    cookie.FailureDescription = Text1;
                    break;
                case AuthAccessService2 access:
                    access.Heading = Map1;
                    access.Note = Map2;
                    access.ConfirmLabel = Map3;
                    break;
                case AuthProbeService2 probe:
                    probe.ErrorHeading = Map1;
                    probe.ErrorNote = Map2;
                    break;
                case AuthAccessTokenService2 token:
                    token.ErrorHeading = Map1;
                    token.ErrorNote = Map2;
                    break;
            }
        }
    }
}
