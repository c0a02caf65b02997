#!/usr/bin/env python3
"""Writes fixtures/validation/<CODE>/{fail,pass}-*.json: for each rule of SPEC.md, documents that break
it and documents that keep it. Each is a small change to one base Manifest (or Collection), so a
reader sees at once what the rule is about. Run from the repository root; the output is committed
and the tests read it (tests/Iiif.Presentation.Tests/Validation/RuleFixtureTests.cs).

    python3 tools/make-validation-fixtures.py
"""
import copy
import json
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "validation")
P3 = "http://iiif.io/api/presentation/3/context.json"
B = "https://example.org/iiif/book"


def lm(text, lang="en"):
    return {lang: [text]}


def image(n, w=1000, h=1500):
    return {
        "id": f"{B}/image/{n}/full/max/0/default.jpg",
        "type": "Image",
        "format": "image/jpeg",
        "width": w,
        "height": h,
        "service": [{"id": f"{B}/image/{n}", "type": "ImageService3", "profile": "level1"}],
    }


def thumb(n):
    return {"id": f"{B}/image/{n}/full/!100,100/0/default.jpg", "type": "Image", "format": "image/jpeg", "width": 67, "height": 100}


def painting(n, body=None, target=None):
    return {
        "id": f"{B}/annotation/{n}",
        "type": "Annotation",
        "motivation": "painting",
        "body": body if body is not None else image(n),
        "target": target if target is not None else f"{B}/canvas/{n}",
    }


def comment(n, target, text="A comment."):
    return {
        "id": f"{B}/comment/{n}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"id": f"{B}/comment/{n}/body", "type": "TextualBody", "value": text, "format": "text/plain", "language": "en"},
        "target": target,
    }


def canvas(n, w=1000, h=1500):
    return {
        "id": f"{B}/canvas/{n}",
        "type": "Canvas",
        "label": lm(f"Page {n}", "none"),
        "width": w,
        "height": h,
        "thumbnail": [thumb(n)],
        "items": [{"id": f"{B}/page/{n}", "type": "AnnotationPage", "items": [painting(n)]}],
    }


def agent():
    return {
        "id": "https://example.org/about",
        "type": "Agent",
        "label": lm("Example Library"),
        "homepage": [{"id": "https://example.org/", "type": "Text", "label": lm("Example Library"), "format": "text/html"}],
        "logo": [{"id": "https://example.org/logo.png", "type": "Image", "format": "image/png", "width": 100, "height": 100}],
    }


def base():
    """A Manifest that breaks no rule: every finding a fixture gets is the one its change causes."""
    return {
        "@context": P3,
        "id": f"{B}/manifest",
        "type": "Manifest",
        "label": lm("Book of Hours"),
        "summary": lm("A book."),
        "metadata": [{"label": lm("Date"), "value": lm("c. 1450", "none")}],
        "requiredStatement": {"label": lm("Attribution"), "value": lm("Example Library")},
        "rights": "http://creativecommons.org/licenses/by/4.0/",
        "navDate": "1450-01-01T00:00:00Z",
        "provider": [agent()],
        "thumbnail": [thumb(1)],
        "homepage": [{"id": "https://example.org/books/hours", "type": "Text", "label": lm("Book of Hours"), "format": "text/html", "language": ["en"]}],
        "seeAlso": [{"id": "https://example.org/books/hours.xml", "type": "Dataset", "label": lm("MODS"), "format": "text/xml", "profile": "http://www.loc.gov/mods/v3"}],
        "behavior": ["paged"],
        "viewingDirection": "left-to-right",
        "start": {"id": f"{B}/canvas/2", "type": "Canvas"},
        "items": [canvas(1), canvas(2)],
        "structures": [
            {
                "id": f"{B}/range/1",
                "type": "Range",
                "label": lm("Contents"),
                "items": [{"id": f"{B}/canvas/1", "type": "Canvas"}, {"id": f"{B}/canvas/2", "type": "Canvas"}],
            }
        ],
    }


def collection():
    return {
        "@context": P3,
        "id": "https://example.org/iiif/collection",
        "type": "Collection",
        "label": lm("Manuscripts"),
        "summary": lm("Our manuscripts."),
        "metadata": [{"label": lm("Count"), "value": lm("1", "none")}],
        "provider": [agent()],
        "thumbnail": [thumb(1)],
        "items": [{"id": f"{B}/manifest", "type": "Manifest", "label": lm("Book of Hours"), "thumbnail": [thumb(1)]}],
    }


def av_base():
    """A Manifest with one Canvas that has a size and a duration, for time and region rules."""
    m = base()
    c = canvas(1)
    c["duration"] = 60.0
    m["items"] = [c]
    m["structures"] = [{"id": f"{B}/range/1", "type": "Range", "label": lm("Contents"), "items": [{"id": f"{B}/canvas/1", "type": "Canvas"}]}]
    m["start"] = {"id": f"{B}/canvas/1", "type": "Canvas"}
    return m


def with_(doc, fn):
    doc = copy.deepcopy(doc)
    fn(doc)
    return doc


def canvas1(doc):
    return doc["items"][0]


def anno1(doc):
    return doc["items"][0]["items"][0]["items"][0]


def add_comments(doc, *annotations):
    canvas1(doc)["annotations"] = [{"id": f"{B}/comments/1", "type": "AnnotationPage", "items": list(annotations)}]


RULES = {}


def rule(code):
    def register(fn):
        RULES[code] = fn
        return fn

    return register


# ---- 3.1 JSON-LD and serialisation -----------------------------------------------------------

@rule("P3-CTX-01")
def _():
    return [with_(base(), lambda d: d.pop("@context"))], [base()]


@rule("P3-CTX-02")
def _():
    def move(d):
        ctx = d.pop("@context")
        d["@context"] = ctx
    return [with_(base(), move)], [base()]


@rule("P3-CTX-03")
def _():
    return (
        [with_(base(), lambda d: d.update({"@context": P3.replace("http:", "https:")})),
         with_(base(), lambda d: d.update({"@context": [P3, "http://iiif.io/api/extension/navplace/context.json"]}))],
        [with_(base(), lambda d: d.update({"@context": ["http://iiif.io/api/extension/navplace/context.json", P3]}))],
    )


@rule("P3-CTX-04")
def _():
    return [with_(base(), lambda d: canvas1(d).update({"@context": P3}))], [base()]


@rule("P3-CTX-05")
def _():
    return [with_(base(), lambda d: d.update({"@graph": []}))], [base()]


@rule("P3-CTX-06")
def _():
    return (
        [with_(base(), lambda d: d.update({"myOwnProperty": "x"}))],
        [with_(base(), lambda d: (d.update({"@context": ["https://example.org/ns/context.json", P3], "myOwnProperty": "x"})))],
    )


@rule("P3-JSON-00")
def _():
    # A JSON text with the same key twice in one object; the file itself is valid JSON.
    return ["{\"@context\": \"%s\", \"id\": \"%s/manifest\", \"id\": \"%s/other\", \"type\": \"Manifest\", \"label\": {\"en\": [\"Book\"]}, \"items\": []}" % (P3, B, B)], [base()]


@rule("P3-JSON-01")
def _():
    return (
        [with_(base(), lambda d: d.update({"Label": d.pop("label")})),
         with_(base(), lambda d: canvas1(d).update({"type": "canvas"})),
         with_(base(), lambda d: d.update({"behavior": ["Paged"]}))],
        [base()],
    )


@rule("P3-JSON-02")
def _():
    return [with_(base(), lambda d: d.update({"thumbnail": thumb(1)}))], [base()]


@rule("P3-JSON-03")
def _():
    return [with_(base(), lambda d: d.update({"homepage": ["https://example.org/books/hours"]}))], [base()]


@rule("P3-JSON-04")
def _():
    return [with_(base(), lambda d: d.update({"rights": ["http://creativecommons.org/licenses/by/4.0/"]}))], [base()]


# ---- 3.2 identifiers and types ------------------------------------------------------------------

@rule("P3-ID-01")
def _():
    return [with_(base(), lambda d: canvas1(d).pop("id"))], [base()]


@rule("P3-ID-02")
def _():
    def choice_without_id(d):
        anno1(d)["body"] = {"type": "Choice", "items": [dict(image(1), label=lm("Visible"), thumbnail=[thumb(1)]), dict(image(2), label=lm("UV"), thumbnail=[thumb(2)])]}
    def choice_with_id(d):
        choice_without_id(d)
        anno1(d)["body"]["id"] = f"{B}/choice/1"
    return [with_(base(), choice_without_id)], [with_(base(), choice_with_id)]


@rule("P3-ID-03")
def _():
    return (
        [with_(base(), lambda d: d.update({"id": "urn:example:manifest"})),
         with_(base(), lambda d: d.update({"id": f"{B}/my manifest"}))],
        [base()],
    )


@rule("P3-ID-04")
def _():
    return [with_(base(), lambda d: d["structures"][0].update({"id": "range one"}))], [base()]


@rule("P3-ID-05")
def _():
    return [with_(base(), lambda d: d["structures"][0].update({"id": "urn:example:range:1"}))], [base()]


@rule("P3-ID-06")
def _():
    def fragment(d):
        canvas1(d)["id"] = f"{B}/canvas/1#page"
        anno1(d)["target"] = f"{B}/canvas/1#page"
    return [with_(base(), fragment)], [base()]


@rule("P3-ID-07")
def _():
    # Validated with SourceUri = https://example.org/iiif/book/manifest (see the test).
    return [with_(base(), lambda d: d.update({"id": f"{B}/manifest.json"}))], [base()]


@rule("P3-ID-08")
def _():
    return (
        [with_(base(), lambda d: d.update({"id": f"{B.replace('https', 'http')}/manifest"})),
         with_(base(), lambda d: d.update({"id": f"{B}/manifest?format=json"}))],
        [base()],
    )


@rule("P3-ID-09")
def _():
    def twice(d):
        second = canvas(1, 2000, 3000)
        d["items"].append(second)
    return [with_(base(), twice)], [base()]


@rule("P3-TYPE-01")
def _():
    return [with_(base(), lambda d: d["thumbnail"][0].pop("type"))], [base()]


@rule("P3-TYPE-02")
def _():
    return [with_(base(), lambda d: d["seeAlso"][0].update({"type": "Metadata"}))], [base()]


@rule("P3-TYPE-03")
def _():
    return (
        [with_(base(), lambda d: anno1(d)["body"].update({"id": f"{B}/image/1"})),
         with_(base(), lambda d: anno1(d)["body"].update({"type": "Photo"}))],
        [base()],
    )


# ---- 3.3 language maps and HTML -----------------------------------------------------------------

@rule("P3-LANG-01")
def _():
    return (
        [with_(base(), lambda d: d.update({"label": "Book of Hours"})),
         with_(base(), lambda d: d.update({"label": {"en": "Book of Hours"}}))],
        [base()],
    )


@rule("P3-LANG-02")
def _():
    return [with_(base(), lambda d: d.update({"label": {"@none": ["Book of Hours"]}}))], [with_(base(), lambda d: d.update({"label": {"none": ["Book of Hours"]}}))]


@rule("P3-LANG-03")
def _():
    return [with_(base(), lambda d: d.update({"label": {"english language": ["Book of Hours"]}}))], [with_(base(), lambda d: d.update({"label": {"es-419": ["Libro de horas"], "zh-Hant-TW": ["時禱書"]}}))]


@rule("P3-LANG-04")
def _():
    return [with_(base(), lambda d: d["homepage"][0].update({"language": ["en_GB"]}))], [with_(base(), lambda d: d["homepage"][0].update({"language": ["en-GB"]}))]


@rule("P3-HTML-01")
def _():
    return [with_(base(), lambda d: d.update({"label": {"en": ["<b>Book of Hours</b>"]}}))], [with_(base(), lambda d: d.update({"summary": {"en": ["<p>A <b>book</b>.</p>"]}}))]


@rule("P3-HTML-02")
def _():
    return (
        [with_(base(), lambda d: d.update({"summary": {"en": ["<p>A <b>book</p>"]}})),
         with_(base(), lambda d: d.update({"summary": {"en": ["<p>A book.</p><p>Two roots.</p>"]}}))],
        [with_(base(), lambda d: d.update({"summary": {"en": ["<p>A <i>book</i>.<br/>Second line.</p>"]}}))],
    )


@rule("P3-HTML-03")
def _():
    return (
        [with_(base(), lambda d: d.update({"summary": {"en": ["<p>A book.<script>alert(1)</script></p>"]}})),
         with_(base(), lambda d: d.update({"summary": {"en": ["<p><a href=\"javascript:alert(1)\">A book</a></p>"]}}))],
        [with_(base(), lambda d: d.update({"summary": {"en": ["<p><a href=\"https://example.org/\">A book</a> <img src=\"https://example.org/i.png\" alt=\"icon\"/></p>"]}}))],
    )


# ---- 3.4 descriptive properties -----------------------------------------------------------------

@rule("P3-DESC-01")
def _():
    return [with_(base(), lambda d: d.pop("label")), with_(base(), lambda d: d.update({"label": {}}))], [base()]


@rule("P3-DESC-02")
def _():
    return [with_(base(), lambda d: canvas1(d).pop("label"))], [base()]


@rule("P3-DESC-03")
def _():
    return [with_(base(), lambda d: d.pop("summary"))], [base()]


@rule("P3-DESC-04")
def _():
    return (
        [with_(base(), lambda d: d["metadata"][0].pop("value")),
         with_(base(), lambda d: d["requiredStatement"].pop("label"))],
        [base()],
    )


@rule("P3-DESC-05")
def _():
    def choice(d, labelled):
        options = [image(1), image(2)]
        if labelled:
            for i, option in enumerate(options, 1):
                option["label"] = lm(f"Option {i}")
                option["thumbnail"] = [thumb(i)]
        anno1(d)["body"] = {"id": f"{B}/choice/1", "type": "Choice", "items": options}
    return [with_(base(), lambda d: choice(d, False))], [with_(base(), lambda d: choice(d, True))]


@rule("P3-DESC-06")
def _():
    def two(d, with_thumbnail):
        page = canvas1(d)["items"][0]
        second = painting(2, target=f"{B}/canvas/1#xywh=0,0,500,500")
        second["id"] = f"{B}/annotation/1b"
        second["body"]["width"] = 500
        second["body"]["height"] = 500
        page["items"].append(second)
        if not with_thumbnail:
            canvas1(d).pop("thumbnail")
    return [with_(base(), lambda d: two(d, False))], [with_(base(), lambda d: two(d, True))]


@rule("P3-RIGHTS-01")
def _():
    return [with_(base(), lambda d: d.update({"rights": "CC BY 4.0"}))], [base()]


@rule("P3-RIGHTS-02")
def _():
    return (
        [with_(base(), lambda d: d.update({"rights": "https://creativecommons.org/licenses/by/4.0/"})),
         with_(base(), lambda d: d.update({"rights": "http://rightsstatements.org/page/InC/1.0/"}))],
        [with_(base(), lambda d: d.update({"rights": "http://rightsstatements.org/vocab/InC/1.0/"}))],
    )


@rule("P3-RIGHTS-03")
def _():
    return [with_(base(), lambda d: d.update({"rights": "https://example.org/licence"}))], [base()]


@rule("P3-RIGHTS-04")
def _():
    return (
        [with_(base(), lambda d: d.update({"@context": ["https://example.org/ns/rights-context.json", P3], "rights": "https://example.org/licence"}))],
        [with_(base(), lambda d: d.update({"@context": ["https://example.org/ns/rights-context.json", P3]}))],
    )


@rule("P3-RIGHTS-05")
def _():
    return [with_(base(), lambda d: d.update({"rights": "http://creativecommons.org/licenses/by/4.0/deed.fr"}))], [base()]


@rule("P3-NAV-01")
def _():
    return (
        [with_(base(), lambda d: d.update({"navDate": "1450-01-01"})),
         with_(base(), lambda d: d.update({"navDate": "1450-01-01T00:00:00"}))],
        [base()],
    )


@rule("P3-NAV-02")
def _():
    return [with_(base(), lambda d: d.update({"navDate": "1450-01-01T00:00:00+01:00"}))], [base()]


@rule("P3-PROV-01")
def _():
    return [with_(base(), lambda d: d["provider"][0].pop("label"))], [base()]


@rule("P3-PROV-02")
def _():
    return [with_(base(), lambda d: d["provider"][0].pop("logo"))], [base()]


@rule("P3-PROV-03")
def _():
    return [with_(base(), lambda d: d["provider"][0]["logo"][0].update({"type": "Text", "format": "text/plain"}))], [base()]


@rule("P3-PH-01")
def _():
    return (
        [with_(base(), lambda d: d.update({"placeholderCanvas": {"id": f"{B}/placeholder", "type": "Image"}}))],
        [with_(base(), lambda d: d.update({"placeholderCanvas": canvas("placeholder")}))],
    )


@rule("P3-PH-02")
def _():
    def nested(d):
        placeholder = canvas("placeholder")
        placeholder["accompanyingCanvas"] = canvas("accompanying")
        d["placeholderCanvas"] = placeholder
    return [with_(base(), nested)], [with_(base(), lambda d: d.update({"placeholderCanvas": canvas("placeholder")}))]


# ---- 3.5 technical properties -------------------------------------------------------------------

@rule("P3-PROP-01")
def _():
    return (
        [with_(base(), lambda d: anno1(d).update({"navDate": "1450-01-01T00:00:00Z"})),
         with_(base(), lambda d: canvas1(d)["items"][0].update({"height": 1500}))],
        [base()],
    )


@rule("P3-PROP-02")
def _():
    return (
        [with_(base(), lambda d: d.update({"logo": [{"id": "https://example.org/logo.png", "type": "Image", "format": "image/png"}]})),
         with_(base(), lambda d: d.update({"profile": "https://example.org/profile"}))],
        [base()],
    )


@rule("P3-PROP-03")
def _():
    return (
        [with_(base(), lambda d: d.update({"attribution": "Example Library"})),
         with_(base(), lambda d: d.update({"posterCanvas": canvas("poster")}))],
        [base()],
    )


@rule("P3-DIM-01")
def _():
    return (
        [with_(base(), lambda d: canvas1(d).update({"width": -1000})),
         with_(base(), lambda d: canvas1(d).update({"width": 1000.5})),
         with_(av_base(), lambda d: canvas1(d).update({"duration": 0}))],
        [base(), av_base()],
    )


@rule("P3-DIM-02")
def _():
    return [with_(base(), lambda d: canvas1(d).pop("height"))], [base()]


@rule("P3-DIM-03")
def _():
    def no_extent(d):
        c = canvas1(d)
        c.pop("width")
        c.pop("height")
    return [with_(base(), no_extent)], [base()]


@rule("P3-DIM-04")
def _():
    return [with_(base(), lambda d: d["thumbnail"][0].pop("width"))], [base()]


@rule("P3-FMT-01")
def _():
    return [with_(base(), lambda d: anno1(d)["body"].pop("format"))], [base()]


@rule("P3-FMT-02")
def _():
    return [with_(base(), lambda d: anno1(d)["body"].update({"format": "jpeg"}))], [base()]


@rule("P3-PROF-01")
def _():
    return (
        [with_(base(), lambda d: d["seeAlso"][0].pop("profile")),
         with_(base(), lambda d: anno1(d)["body"]["service"][0].pop("profile"))],
        [base()],
    )


@rule("P3-VOC-01")
def _():
    return (
        [with_(base(), lambda d: d.update({"behavior": ["book-like"]})),
         with_(base(), lambda d: d.update({"viewingDirection": "diagonal"}))],
        [base()],
    )


@rule("P3-MOT-01")
def _():
    def odd(d):
        a = comment(1, f"{B}/canvas/1")
        a["motivation"] = "admiring"
        add_comments(d, a)
    return [with_(base(), odd)], [with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1")))]


@rule("P3-BEH-01")
def _():
    return [with_(base(), lambda d: d.update({"behavior": [1]}))], [base()]


@rule("P3-BEH-02")
def _():
    return (
        [with_(base(), lambda d: canvas1(d).update({"behavior": ["paged"]})),
         with_(base(), lambda d: d.update({"behavior": ["facing-pages"]}))],
        [with_(base(), lambda d: canvas1(d).update({"behavior": ["facing-pages"]}))],
    )


@rule("P3-BEH-03")
def _():
    return [with_(base(), lambda d: d.update({"behavior": ["paged", "continuous"]}))], [with_(base(), lambda d: d.update({"behavior": ["paged", "auto-advance"]}))]


@rule("P3-BEH-04")
def _():
    def nested(d):
        d["structures"][0]["items"].append({"id": f"{B}/range/2", "type": "Range", "label": lm("Alternative order"), "behavior": ["sequence"], "items": [{"id": f"{B}/canvas/2", "type": "Canvas"}]})
    return [with_(base(), nested)], [with_(base(), lambda d: d["structures"][0].update({"behavior": ["sequence"]}))]


@rule("P3-BEH-05")
def _():
    def nav(d, with_thumbnail):
        top = d["structures"][0]
        top["behavior"] = ["thumbnail-nav"]
        child = {"id": f"{B}/range/1.1", "type": "Range", "label": lm("First page"), "items": [{"id": f"{B}/canvas/1", "type": "Canvas"}]}
        if with_thumbnail:
            child["thumbnail"] = [thumb(1)]
        top["items"] = [child]
    return [with_(base(), lambda d: nav(d, False))], [with_(base(), lambda d: nav(d, True))]


@rule("P3-BEH-06")
def _():
    return [with_(base(), lambda d: d.update({"behavior": ["auto-advance"]}))], [with_(av_base(), lambda d: d.update({"behavior": ["auto-advance"]}))]


@rule("P3-BEH-07")
def _():
    return [with_(base(), lambda d: d.update({"behavior": ["paged", "paged"]}))], [base()]


# ---- 3.6 linking properties ---------------------------------------------------------------------

@rule("P3-LINK-01")
def _():
    return [with_(base(), lambda d: d["homepage"][0].pop("label"))], [base()]


@rule("P3-LINK-02")
def _():
    return [with_(base(), lambda d: d["seeAlso"][0].pop("label"))], [base()]


@rule("P3-SVC-01")
def _():
    return [with_(base(), lambda d: anno1(d)["body"]["service"][0].pop("id"))], [base()]


@rule("P3-SVC-02")
def _():
    return [with_(base(), lambda d: anno1(d)["body"]["service"][0].update({"@context": "http://iiif.io/api/image/3/context.json"}))], [base()]


@rule("P3-SVC-03")
def _():
    def nested(d):
        inner = {"id": "https://example.org/iiif/collection/sub", "type": "Collection", "label": lm("Sub"), "thumbnail": [thumb(1)],
                 "services": [{"id": "https://example.org/search", "type": "SearchService2", "profile": "https://example.org/profile"}],
                 "items": [{"id": f"{B}/manifest", "type": "Manifest", "label": lm("Book"), "thumbnail": [thumb(1)]}]}
        d["items"].append(inner)
    return [with_(collection(), nested)], [with_(collection(), lambda d: d.update({"services": [{"id": "https://example.org/search", "type": "SearchService2", "profile": "https://example.org/profile"}]}))]


@rule("P3-SVC-04")
def _():
    return (
        [with_(base(), lambda d: anno1(d)["body"].update({"service": [{"id": f"{B}/image/1", "type": "ImageService2", "profile": "http://iiif.io/api/image/2/level1.json"}]}))],
        [with_(base(), lambda d: anno1(d)["body"].update({"service": [{"@id": f"{B}/image/1", "@type": "ImageService2", "profile": "http://iiif.io/api/image/2/level1.json"}]}))],
    )


@rule("P3-START-01")
def _():
    return (
        [with_(base(), lambda d: d.update({"start": {"id": f"{B}/annotation/1", "type": "Annotation"}}))],
        [with_(base(), lambda d: d.update({"start": {"type": "SpecificResource", "source": f"{B}/canvas/2",
                                                       "selector": {"type": "FragmentSelector", "conformsTo": "http://www.w3.org/TR/media-frags/", "value": "xywh=0,0,100,100"}}}))],
    )


@rule("P3-START-02")
def _():
    return [with_(base(), lambda d: d.update({"start": {"id": f"{B}/canvas/99", "type": "Canvas"}}))], [base()]


@rule("P3-SUPP-01")
def _():
    return (
        [with_(base(), lambda d: d["structures"][0].update({"supplementary": {"id": f"{B}/annotations/1", "type": "AnnotationPage"}}))],
        [with_(base(), lambda d: d["structures"][0].update({"supplementary": {"id": f"{B}/annotations/1", "type": "AnnotationCollection"}}))],
    )


# ---- 3.7 structure ------------------------------------------------------------------------------

@rule("P3-ITEMS-01")
def _():
    return [with_(collection(), lambda d: d.pop("items")), with_(collection(), lambda d: d["items"].append({"id": f"{B}/canvas/1", "type": "Canvas", "label": lm("Page"), "thumbnail": [thumb(1)]}))], [collection()]


@rule("P3-ITEMS-02")
def _():
    return [with_(collection(), lambda d: d.update({"items": []}))], [collection()]


@rule("P3-ITEMS-03")
def _():
    return [with_(collection(), lambda d: d["items"][0].update({"items": [canvas(1)]}))], [collection()]


@rule("P3-ITEMS-04")
def _():
    return [with_(collection(), lambda d: d["items"][0].pop("label"))], [collection()]


@rule("P3-ITEMS-05")
def _():
    return [with_(collection(), lambda d: d["items"][0].pop("thumbnail"))], [collection()]


@rule("P3-ITEMS-06")
def _():
    def no_canvases(d):
        d["items"] = []
        d.pop("structures")
        d.pop("start")
    return [with_(base(), no_canvases)], [base()]


@rule("P3-ITEMS-07")
def _():
    return [with_(base(), lambda d: canvas1(d).update({"items": []}))], [base()]


@rule("P3-ITEMS-08")
def _():
    return [with_(base(), lambda d: canvas1(d).update({"items": [painting(1)]}))], [base()]


@rule("P3-ITEMS-09")
def _():
    return [with_(base(), lambda d: canvas1(d)["items"][0].update({"items": [{"id": f"{B}/page/1/nested", "type": "AnnotationPage", "items": [painting(1)]}]}))], [base()]


@rule("P3-ITEMS-10")
def _():
    return (
        [with_(base(), lambda d: d["structures"][0].update({"items": []})),
         with_(base(), lambda d: d["structures"][0]["items"].append({"id": f"{B}/annotation/1", "type": "Annotation"}))],
        [base()],
    )


@rule("P3-STR-01")
def _():
    return [with_(base(), lambda d: d["structures"].append({"id": f"{B}/canvas/1", "type": "Canvas"}))], [base()]


@rule("P3-STR-02")
def _():
    return [with_(base(), lambda d: d["structures"][0]["items"].append({"id": f"{B}/canvas/99", "type": "Canvas"}))], [base()]


@rule("P3-ANNO-01")
def _():
    return [with_(base(), lambda d: canvas1(d).update({"annotations": [f"{B}/comments/1"]}))], [with_(base(), lambda d: canvas1(d).update({"annotations": [{"id": f"{B}/comments/1", "type": "AnnotationPage"}]}))]


@rule("P3-ANNO-02")
def _():
    def painting_in_annotations(d):
        a = painting(1)
        a["id"] = f"{B}/annotation/misplaced"
        add_comments(d, a)
    return [with_(base(), painting_in_annotations)], [with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1")))]


@rule("P3-ANNO-03")
def _():
    return [with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/2")))], [with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#xywh=0,0,10,10")))]


@rule("P3-ANNO-04")
def _():
    def no_target(d):
        a = comment(1, f"{B}/canvas/1")
        a.pop("target")
        add_comments(d, a)
    return [with_(base(), no_target)], [with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1")))]


@rule("P3-PAINT-01")
def _():
    return [with_(base(), lambda d: anno1(d).update({"motivation": "supplementing"}))], [with_(base(), lambda d: anno1(d).update({"motivation": ["painting", "tagging"]}))]


@rule("P3-PAINT-02")
def _():
    return (
        [with_(base(), lambda d: anno1(d).update({"target": f"{B}/canvas/2"}))],
        [with_(base(), lambda d: anno1(d).update({"target": {"type": "SpecificResource", "source": {"id": f"{B}/canvas/1", "type": "Canvas"}}}))],
    )


@rule("P3-PAINT-03")
def _():
    def sound_on_still(d):
        anno1(d)["body"] = {"id": f"{B}/audio.mp4", "type": "Sound", "format": "audio/mp4", "duration": 60.0}
    return [with_(base(), sound_on_still)], [with_(av_base(), sound_on_still)]


@rule("P3-FRAG-01")
def _():
    return (
        [with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#xywh=900,0,200,200"))),
         with_(base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#t=10,20"))),
         # Clock time: 00:59,01:00.5 ends half a second past the 60 s duration.
         with_(av_base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#t=npt:00:59,01:00.5")))],
        [with_(av_base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#t=10,20&xywh=0,0,200,200"))),
         with_(av_base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#t=0:00:30,0:01:00")))],
    )


@rule("P3-FRAG-02")
def _():
    return [with_(av_base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#xywh=0,0,200,200&t=10,20")))], [with_(av_base(), lambda d: add_comments(d, comment(1, f"{B}/canvas/1#t=10,20&xywh=0,0,200,200")))]


# ---- 3.8 Registered extensions ---------------------------------------------------------------------

NAVPLACE = "http://iiif.io/api/extension/navplace/context.json"
TEXT_GRANULARITY = "http://iiif.io/api/extension/text-granularity/context.json"
GEOREF = "http://iiif.io/api/extension/georef/1/context.json"


def place(geometry, n=1):
    return {
        "id": f"{B}/feature-collection/{n}",
        "type": "FeatureCollection",
        "features": [{"id": f"{B}/feature/{n}", "type": "Feature", "properties": {"label": lm("Place")}, "geometry": geometry}],
    }


def point(lon=4.8952, lat=52.3702):
    return {"type": "Point", "coordinates": [lon, lat]}


SQUARE = [[4.8, 52.3], [4.9, 52.3], [4.9, 52.4], [4.8, 52.4], [4.8, 52.3]]


def ext_base(*contexts, geometry=None):
    """The base Manifest with a navPlace and the contexts it names (navPlace's and Presentation 3's by default)."""
    doc = base()
    doc["@context"] = list(contexts) if contexts else [NAVPLACE, P3]
    doc["navPlace"] = place(geometry if geometry is not None else point())
    return doc


def gcp(x, y, lon, lat, key="resourceCoords"):
    return {"type": "Feature", "properties": {key: [x, y]}, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


GCPS = [gcp(100, 100, 4.80, 52.40), gcp(900, 100, 4.90, 52.40), gcp(900, 1400, 4.90, 52.30)]


def georeferenced(features=None, body=None):
    """The base Manifest whose first Canvas has a georeferencing Annotation with three control points."""
    annotation = {
        "id": f"{B}/georef/1",
        "type": "Annotation",
        "motivation": "georeferencing",
        "target": f"{B}/canvas/1",
        "body": body if body is not None else {
            "type": "FeatureCollection",
            "transformation": {"type": "polynomial", "options": {"order": 1}},
            "features": features if features is not None else GCPS,
        },
    }
    doc = with_(base(), lambda d: add_comments(d, annotation))
    doc["@context"] = [GEOREF, P3]
    return doc


def granular(value, contexts=None):
    """The base Manifest with a supplementing transcription Annotation of a given text granularity."""
    annotation = comment(1, f"{B}/canvas/1#xywh=0,0,500,40", "A line of text.")
    annotation["motivation"] = "supplementing"
    annotation["textGranularity"] = value
    doc = with_(base(), lambda d: add_comments(d, annotation))
    doc["@context"] = contexts if contexts is not None else [TEXT_GRANULARITY, P3]
    return doc


@rule("P3-EXT-01")
def _():
    def on_annotation(d):
        a = comment(1, f"{B}/canvas/1")
        a["navPlace"] = place(point())
        add_comments(d, a)
        d["@context"] = [NAVPLACE, P3]

    return (
        [with_(ext_base(), lambda d: d["navPlace"].update({"type": "Feature"})),
         with_(ext_base(), lambda d: d["navPlace"]["features"][0].pop("geometry")),
         with_(base(), on_annotation),
         with_(ext_base(), lambda d: d["navPlace"].pop("features"))],
        [ext_base(),
         with_(ext_base(), lambda d: d["navPlace"]["features"][0].update({"geometry": None})),
         with_(ext_base(), lambda d: canvas1(d).update({"navPlace": place(point(), 2)}))],
    )


@rule("P3-EXT-02")
def _():
    return (
        [ext_base(geometry={"type": "Point", "coordinates": [[4.8952, 52.3702]]}),
         ext_base(geometry={"type": "Polygon", "coordinates": [SQUARE[:-1] + [[4.85, 52.3]]]}),
         ext_base(geometry=point(lat=95)),
         ext_base(geometry={"type": "LineString", "coordinates": [[4.8, 52.3]]}),
         ext_base(geometry={"type": "Polygon", "coordinates": SQUARE})],
        [ext_base(geometry={"type": "Polygon", "coordinates": [SQUARE]}),
         ext_base(geometry={"type": "MultiPolygon", "coordinates": [[SQUARE]]}),
         ext_base(geometry={"type": "GeometryCollection", "geometries": [point(), {"type": "LineString", "coordinates": SQUARE[:2]}]})],
    )


@rule("P3-EXT-03")
def _():
    return (
        [ext_base(P3), ext_base(P3, NAVPLACE), granular("line", P3), with_(georeferenced(), lambda d: d.update({"@context": P3}))],
        [ext_base(), granular("line"), georeferenced()],
    )


@rule("P3-EXT-04")
def _():
    return (
        [georeferenced(GCPS[:2]),
         georeferenced(GCPS[:2] + [{"type": "Feature", "properties": {}, "geometry": point()}]),
         georeferenced(GCPS[:2] + [dict(gcp(900, 1400, 4.9, 52.3), geometry={"type": "LineString", "coordinates": SQUARE[:2]})]),
         georeferenced(body={"id": f"{B}/image/1/full/max/0/default.jpg", "type": "Image", "format": "image/jpeg"})],
        [georeferenced(), georeferenced([gcp(100, 100, 4.80, 52.40, "pixelCoords")] + GCPS[1:])],
    )


@rule("P3-EXT-05")
def _():
    return [granular("sentence"), granular(3)], [granular("line"), granular("glyph")]


# ---- SPEC.md section 4: where the official schema is wrong ---------------------------------------
# Each document is rejected by the raw schema for exactly the reason its entry names; the test checks
# that the raw schema still says so and what the layered report makes of it.

SCHEMA = {
    "P3-SCHEMA-01": [with_(base(), lambda d: d.update({"label": {"en": ["Book of Hours"], "es-419": ["Libro de horas"]}}))],
    "P3-SCHEMA-02": [with_(base(), lambda d: d.update({"logo": [{"id": "https://example.org/logo.png", "type": "Image", "format": "image/png"}]}))],
    "P3-SCHEMA-03": [with_(base(), lambda d: canvas1(d)["items"][0].update({"metadata": [{"label": lm("Scribe"), "value": lm("Anonymous")}]}))],
    "P3-SCHEMA-04": [with_(base(), lambda d: canvas1(d).pop("items"))],
    "P3-SCHEMA-05": [with_(base(), lambda d: canvas1(d).update({"items": [{"id": f"{B}/page/1", "type": "AnnotationPage"}]}))],
    "P3-SCHEMA-06": [with_(base(), lambda d: d.update({"rights": "https://creativecommons.org/licenses/by/4.0/"})),
                     with_(base(), lambda d: d.update({"@context": ["https://example.org/ns/rights-context.json", P3], "rights": "https://example.org/licence"}))],
    "P3-SCHEMA-07": [with_(base(), lambda d: anno1(d)["body"].update({"service": [{"id": f"{B}/image/1", "@type": "ImageService2", "profile": "http://iiif.io/api/image/2/level1.json"}]}))],
    "P3-SCHEMA-08": [with_(base(), lambda d: anno1(d)["body"].update({"service": [{"@id": f"{B}/image/1", "@type": "ImageService2", "profile": ["http://iiif.io/api/image/2/level2.json", {"formats": ["png"]}]}]}))],
    "P3-SCHEMA-09": [with_(base(), lambda d: anno1(d)["body"].update({"format": "Image/jpeg"})),
                     with_(base(), lambda d: anno1(d)["body"].update({"format": "jpeg"}))],
    "P3-SCHEMA-10": [canvas(1)],
}


def write(path, doc):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        if isinstance(doc, str):
            f.write(doc + "\n")
        else:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    for entry in os.listdir(ROOT) if os.path.isdir(ROOT) else []:
        if entry.startswith("P3-") and not entry.startswith("P3-SCHEMA-"):
            shutil.rmtree(os.path.join(ROOT, entry))
    for code, make in RULES.items():
        fails, passes = make()
        folder = os.path.join(ROOT, code)
        os.makedirs(folder, exist_ok=True)
        for i, doc in enumerate(fails, 1):
            write(os.path.join(folder, f"fail-{i}.json"), doc)
        for i, doc in enumerate(passes, 1):
            write(os.path.join(folder, f"pass-{i}.json"), doc)
    for code, docs in SCHEMA.items():
        folder = os.path.join(ROOT, code)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for i, doc in enumerate(docs, 1):
            if code == "P3-SCHEMA-10":
                doc = dict({"@context": P3}, **doc)
            write(os.path.join(folder, f"fail-{i}.json"), doc)
    print(f"{len(RULES)} rules and {len(SCHEMA)} schema entries written to {os.path.normpath(ROOT)}")


if __name__ == "__main__":
    main()
