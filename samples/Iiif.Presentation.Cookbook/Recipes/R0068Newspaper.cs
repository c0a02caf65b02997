using System;
using System.Collections.Generic;
using System.Globalization;

namespace Iiif.Presentation.Cookbook.Recipes;

/// <summary>0068: a newspaper title, a Collection of its issues.</summary>
public sealed class R0068NewspaperTitle : Recipe
{
    internal const string Base = Cookbook + "0068-newspaper";
    internal const string Title = Base + "/newspaper_title-collection.json";

    public override string Name => "0068-newspaper__newspaper_title-collection";

    public override IiifResource Build()
    {
        CollectionBuilder title = Described(new CollectionBuilder(Title), "3000096302605")
            .Label("de", "Berliner Tageblatt")
            .Metadata(En("type"), Values(["http://data.europeana.eu/concept/base/18"], "Newspaper Title", "Serial"))
            .Metadata(En("language"), Values(["de"], "German"));
        foreach (R0068NewspaperIssue issue in new R0068NewspaperIssue[] { new R0068NewspaperIssue1(), new R0068NewspaperIssue2() })
        {
            // Model setter: a Manifest referred to with its navDate, which CollectionBuilder.Manifest does not take.
            var reference = new Manifest(issue.Id) { Label = new LanguageMap("de", issue.Label) };
            reference.SetNavDate(issue.Date);
            title.Item(reference);
        }

        // Model setter: the recipe writes its @context as an array of one, where the builder writes the lone string.
        return title.Configure(c => c.Context.SetSingleValue(false)).Build();
    }

    /// <summary>Adds what the title and its issues share: rights, attribution, provider, and the Europeana
    /// record of the title or issue.</summary>
    internal static TBuilder Described<TBuilder, TResource>(PresentationResourceBuilder<TBuilder, TResource> builder, string record)
        where TBuilder : PresentationResourceBuilder<TBuilder, TResource>
        where TResource : PresentationResource
    {
        var europeana = new Agent("https://www.europeana.eu/") { Label = En("Europeana") };
        europeana.Logo.Add(IiifContent.Image("https://style.europeana.eu/images/europeana-logo-default.png", "image/png", 100, 310));
        return builder
            .Rights("http://creativecommons.org/publicdomain/mark/1.0/")
            .RequiredStatement(En("Attribution"), En("<p><a href='https://www.europeana.eu/portal/record/9200355/BibliographicResource_3000096302605.html'>Berliner Tageblatt</a> - Staatsbibliothek zu Berlin - Preußischer Kulturbesitz. Public Domain Mark - http://creativecommons.org/publicdomain/mark/1.0/</p>"))
            .Provider(europeana)
            .SeeAlso(IiifContent.Link(
                $"https://www.europeana.eu/api/v2/record/9200355/BibliographicResource_{record}.json-ld", "Dataset",
                format: "application/ld+json", profile: "http://www.europeana.eu/schemas/edm/"));
    }

    /// <summary>A metadata value given as URIs (no language) and in English.</summary>
    internal static LanguageMap Values(string[] uris, params string[] english)
    {
        var value = new LanguageMap(LanguageMap.NoLanguage, uris);
        foreach (string text in english)
        {
            value.Add("en", text);
        }

        return value;
    }
}

/// <summary>0068: an issue of the newspaper, two pages whose transcriptions are published apart.</summary>
public abstract class R0068NewspaperIssue(int issue, DateTimeOffset date, string record, string thumbnail, params string[] services) : Recipe
{
    private const string Base = R0068NewspaperTitle.Base;

    public override string Name => $"0068-newspaper__newspaper_issue_{issue}-manifest";

    internal string Id => $"{Base}/newspaper_issue_{issue}-manifest.json";

    internal string Label => "Berliner Tageblatt - " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal DateTimeOffset Date => date;

    public override IiifResource Build()
    {
        // Model setter: the recipe gives the thumbnail without its size (as it does the scans, see ScanWithoutSize),
        // which the spec recommends (SHOULD) and IiifContent.Image therefore requires.
        var preview = new Image(thumbnail) { Format = "image/jpeg" };

        ManifestBuilder manifest = R0068NewspaperTitle.Described(new ManifestBuilder(Id), record)
            .PartOf(new Collection(R0068NewspaperTitle.Title))
            .Label("de", Label)
            .Metadata(En("type"), R0068NewspaperTitle.Values(["http://schema.org/PublicationIssue", "http://data.europeana.eu/concept/base/18"], "Analytic serial", "Newspaper", "Newspaper Issue"))
            .Metadata(En("language"), R0068NewspaperTitle.Values(["de"], "German"))
            .Thumbnail(preview)
            .NavDate(date);
        for (int page = 1; page <= services.Length; page++)
        {
            int number = page;
            Image scan = ScanWithoutSize(services[page - 1]);
            manifest.Canvas($"{Base}/canvas/p{number}", canvas => canvas
                .Label("none", $"p. {number}")
                .Rendering(IiifContent.Link(
                    $"{Base}/newspaper_issue_{issue}-alto_p{number}.xml", "Text", En("ALTO XML"), "application/xml", "http://www.loc.gov/standards/alto/"))
                .Size(3602, 5000)
                .PaintingPage($"{Base}/annotation_page_painting/ap{number}")
                .Paint(scan, $"{Base}/annotation/p{number}")
                .AnnotationsReference($"{Base}/newspaper_issue_{issue}-anno_p{number}.json"));
        }

        // Model setter: the recipe writes its @context as an array of one, where the builder writes the lone string.
        return manifest.Configure(m => m.Context.SetSingleValue(false)).Build();
    }
}

/// <summary>0068: the issue of 16 February 1925.</summary>
public sealed class R0068NewspaperIssue1() : R0068NewspaperIssue(
    1,
    new DateTimeOffset(1925, 2, 16, 0, 0, 0, TimeSpan.Zero),
    "3000096302513",
    "https://api.europeana.eu/api/v2/thumbnail-by-url.json?uri=https%3A%2F%2Fiiif.europeana.eu%2Fimage%2F2YMIN6YXMQ6COVM5AO2XKB5KMCKPMT2YKEKNMAGHVRBIHOOY4AVA%2Fpresentation_images%2F9340afd0-ffe2-11e5-b68d-fa163e60dd72%2Fnode-2%2Fimage%2FSBB%2FBerliner_Tageblatt%2F1925%2F02%2F16%2F0%2FF_SBB_00001_19250216_054_079_0_001%2Ffull%2Ffull%2F0%2Fdefault.jpg&type=TEXT",
    "https://iiif.io/api/image/3.0/example/reference/4ce82cef49fb16798f4c2440307c3d6f-newspaper-p1",
    "https://iiif.io/api/image/3.0/example/reference/4ce82cef49fb16798f4c2440307c3d6f-newspaper-p2");

/// <summary>0068: the issue of 13 March 1925.</summary>
public sealed class R0068NewspaperIssue2() : R0068NewspaperIssue(
    2,
    new DateTimeOffset(1925, 3, 13, 0, 0, 0, TimeSpan.Zero),
    "3000096302516",
    "https://api.europeana.eu/api/v2/thumbnail-by-url.json?uri=https%3A%2F%2Fiiif.europeana.eu%2Fimage%2F3UU6R3RRZZGU2VNISCQX7N474GR7X4VMGYBTIWV2SNCBRGSR2WAA%2Fpresentation_images%2Fea1ba210-ffd3-11e5-b68d-fa163e60dd72%2Fnode-2%2Fimage%2FSBB%2FBerliner_Tageblatt%2F1925%2F03%2F13%2F0%2FF_SBB_00001_19250313_054_123_0_001%2Ffull%2Ffull%2F0%2Fdefault.jpg&type=TEXT",
    // The recipe's first service id ends with a slash, the image's id not.
    "https://iiif.io/api/image/3.0/example/reference/4ce82cef49fb16798f4c2440307c3d6f-newspaper-issue2-p1/",
    "https://iiif.io/api/image/3.0/example/reference/4ce82cef49fb16798f4c2440307c3d6f-newspaper-issue2-p2");

/// <summary>0068: the transcription of a page of an issue, one supplementing annotation a line.</summary>
/// <remarks>The lines and their rectangles are the recipe's input (<see cref="OcrInput"/>); the rest is written
/// here. Each line targets its rectangle of the Canvas and names the issue's Manifest, as a page published apart
/// from its Manifest should.</remarks>
public abstract class R0068IssuePageText(int issue, int page) : Recipe
{
    private const string Base = R0068NewspaperTitle.Base;

    public override string Name => $"0068-newspaper__newspaper_issue_{issue}-anno_p{page}";

    public override IiifResource Build()
    {
        string id = $"{Base}/newspaper_issue_{issue}-anno_p{page}.json";
        string canvas = $"{Base}/canvas/p{page}";
        string manifest = $"{Base}/newspaper_issue_{issue}-manifest.json";
        var transcription = new AnnotationPageBuilder(id, canvas);
        IReadOnlyList<OcrText> lines = OcrInput.Read(Name);
        for (int i = 0; i < lines.Count; i++)
        {
            OcrText line = lines[i];
            transcription.Annotation($"{id}-{i + 1}", Motivation.Supplementing, a => a
                .Text(line.Text, "de", "text/plain")
                .TargetRegion(canvas, manifest, line.Region));
        }

        return transcription.Build();
    }
}

/// <summary>0068: issue 1, page 1.</summary>
public sealed class R0068Issue1Page1Text() : R0068IssuePageText(1, 1);

/// <summary>0068: issue 1, page 2.</summary>
public sealed class R0068Issue1Page2Text() : R0068IssuePageText(1, 2);

/// <summary>0068: issue 2, page 1.</summary>
public sealed class R0068Issue2Page1Text() : R0068IssuePageText(2, 1);

/// <summary>0068: issue 2, page 2.</summary>
public sealed class R0068Issue2Page2Text() : R0068IssuePageText(2, 2);
