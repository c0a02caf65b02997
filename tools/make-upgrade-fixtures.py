#!/usr/bin/env python3
"""Writes fixtures/upgrade/: small Presentation 2.x documents, one per row of UPGRADE.md's property
table (rows/) and one per note code (notes/<code>.json). Run from the repository root; the output is
deterministic, so a diff shows any change."""
import json, os, copy

CTX = "http://iiif.io/api/presentation/2/context.json"
BASE = "https://example.org/iiif/book1"

def canvas(n=1, **extra):
    c = {"@id": f"{BASE}/canvas/c{n}", "@type": "sc:Canvas", "label": f"p. {n}", "height": 1000, "width": 750,
         "images": [{"@id": f"{BASE}/annotation/c{n}-image", "@type": "oa:Annotation", "motivation": "sc:painting",
                     "resource": {"@id": f"https://example.org/images/c{n}.jpg", "@type": "dctypes:Image", "format": "image/jpeg",
                                  "height": 1000, "width": 750},
                     "on": f"{BASE}/canvas/c{n}"}]}
    c.update(extra)
    return c

def manifest(canvases=None, **extra):
    m = {"@context": CTX, "@id": f"{BASE}/manifest", "@type": "sc:Manifest", "label": "Book 1"}
    m.update(extra)
    m["sequences"] = [{"@type": "sc:Sequence", "canvases": canvases if canvases is not None else [canvas(1)]}]
    return m

def annotation_list(resources, **extra):
    l = {"@context": CTX, "@id": f"{BASE}/list/p1", "@type": "sc:AnnotationList"}
    l.update(extra)
    l["resources"] = resources
    return l

def comment(n, on=f"{BASE}/canvas/c1", motivation="oa:commenting", **extra):
    a = {"@id": f"{BASE}/annotation/comment{n}", "@type": "oa:Annotation", "motivation": motivation,
         "resource": {"@type": "dctypes:Text", "chars": f"Comment {n}", "format": "text/plain"}, "on": on}
    a.update(extra)
    return a

def collection(**extra):
    c = {"@context": CTX, "@id": "https://example.org/iiif/collection/top", "@type": "sc:Collection", "label": "Top"}
    c.update(extra)
    return c

ROWS = {
    "label": manifest(label=[{"@value": "Livre 1", "@language": "fr"}, {"@value": "Book 1", "@language": "en"}, "Book one"]),
    "description": manifest(description=[{"@value": "A <b>fine</b> book", "@language": "en"}, "Second text"]),
    "metadata": manifest(metadata=[{"label": "Author", "value": "Anne"}, {"label": [{"@value": "Date", "@language": "en"}], "value": 1850},
                                   {"label": "Notes"}]),
    "attribution": manifest(attribution=["Held by the Library", "<a href=\"https://example.org\">Example</a>"]),
    "license": manifest(license=["https://creativecommons.org/licenses/by/4.0/deed.en", "https://example.org/terms"]),
    "logo": manifest(attribution="Example Library", logo={"@id": "https://example.org/logo.png", "service": {
        "@context": "http://iiif.io/api/image/2/context.json", "@id": "https://example.org/iiif/logo", "profile": "http://iiif.io/api/image/2/level1.json"}}),
    "related": manifest(related=["https://example.org/book1", {"@id": "https://example.org/book1.pdf", "format": "application/pdf", "label": "PDF"}]),
    "links": manifest(seeAlso={"@id": "https://example.org/book1.xml", "format": "text/xml", "profile": "https://example.org/schema"},
                      rendering="https://example.org/book1.epub", thumbnail="https://example.org/book1-thumb.jpg"),
    "within": manifest(within="https://example.org/iiif/collection/top"),
    "viewingHint": manifest(viewingHint=["paged", "top", "paged", "non-paged"]),
    "scalars": manifest(viewingDirection="right-to-left", navDate="1856-01-01T00:00:00Z",
                        canvases=[canvas(1, height="1000", width=750.4)]),
    "startCanvas": manifest(startCanvas=f"{BASE}/canvas/c2", canvases=[canvas(1), canvas(2)]),
    "images": manifest(canvases=[{"@id": f"{BASE}/canvas/c1", "@type": "sc:Canvas", "label": "p. 1", "height": 10, "width": 20,
                                  "images": [{"@type": "oa:Annotation", "motivation": "sc:painting",
                                              "resource": {"@id": "https://example.org/images/c1.jpg", "@type": "dctypes:Image"}}]}]),
    "otherContent": manifest(canvases=[canvas(1, otherContent=[f"{BASE}/list/p1", {"@id": f"{BASE}/list/p2", "@type": "sc:AnnotationList", "label": "Notes",
                                                               "resources": [comment(1)]}])]),
    "resources": annotation_list([comment(1), {"@type": "oa:Annotation", "motivation": "sc:painting",
                                              "resource": "https://example.org/transcript.txt", "on": f"{BASE}/canvas/c1#xywh=0,0,10,10"}]),
    "on-specific-resource": annotation_list([comment(1, on={"@type": "oa:SpecificResource", "full": f"{BASE}/canvas/c1",
                                                            "within": f"{BASE}/manifest",
                                                            "selector": {"@type": "oa:FragmentSelector", "value": "xywh=1,2,3,4"}})]),
    "motivation": annotation_list([comment(1, motivation=["oa:tagging", "oa:commenting"]), comment(2, motivation="sc:painting")]),
    "selectors": annotation_list([comment(1, on={"@type": "oa:SpecificResource", "full": f"{BASE}/canvas/c1",
                                                 "selector": {"@type": "oa:Choice", "default": {"@type": "oa:FragmentSelector", "value": "xywh=1,2,3,4"},
                                                              "item": {"@type": "oa:SvgSelector", "chars": "<svg xmlns='http://www.w3.org/2000/svg'/>"}}}),
                                  comment(2, on={"@type": "oa:SpecificResource", "full": f"{BASE}/canvas/c1",
                                                 "selector": {"@type": "iiif:ImageApiSelector", "region": "0,0,10,10", "rotation": "90"}})]),
    "stylesheet": annotation_list([comment(1, stylesheet={"@type": ["oa:CssStyle", "cnt:ContentAsText"], "chars": ".red {color: red}"},
                                           resource={"@type": "oa:SpecificResource", "style": "red",
                                                     "full": {"@type": "dctypes:Text", "chars": "Red text", "format": "text/plain"}})]),
    "choice": manifest(canvases=[canvas(1, images=[{"@id": f"{BASE}/annotation/choice", "@type": "oa:Annotation", "motivation": "sc:painting",
        "resource": {"@type": "oa:Choice", "default": {"@id": "https://example.org/images/color.jpg", "@type": "dctypes:Image", "label": "Color"},
                     "item": [{"@id": "https://example.org/images/bw.jpg", "@type": "dctypes:Image", "label": "Black and white"}, "rdf:nil"]},
        "on": f"{BASE}/canvas/c1"}])]),
    "contentLayer": manifest(structures=[{"@id": f"{BASE}/range/r1", "@type": "sc:Range", "label": "Chapter 1",
                                          "canvases": [f"{BASE}/canvas/c1"], "contentLayer": f"{BASE}/layer/transcription"}]),
    "collection-members": collection(members=[{"@id": "https://example.org/iiif/m2", "@type": "sc:Manifest", "label": "Second"},
                                              {"@id": "https://example.org/iiif/c2", "@type": "sc:Collection", "label": "Sub"}]),
    "collection-lists": collection(collections=[{"@id": "https://example.org/iiif/c2", "@type": "sc:Collection", "label": "Sub"}],
                                   manifests=["https://example.org/iiif/m1", {"@id": "https://example.org/iiif/m2", "@type": "sc:Manifest", "label": "Two"}]),
    "collection-paging": collection(total=300, first="https://example.org/iiif/collection/top/page/1",
                                    last="https://example.org/iiif/collection/top/page/3"),
    "list-paging": annotation_list([comment(1)], within={"@id": f"{BASE}/layer/l1", "@type": "sc:Layer", "label": "Layer 1"},
                                   next=f"{BASE}/list/p2", startIndex=0),
    "layer": {"@context": CTX, "@id": f"{BASE}/layer/l1", "@type": "sc:Layer", "label": "Transcription", "total": 2,
              "otherContent": [f"{BASE}/list/p1", f"{BASE}/list/p2"]},
    "ranges-2.0-within": manifest(canvases=[canvas(1), canvas(2), canvas(3)], structures=[
        {"@id": f"{BASE}/range/toc", "@type": "sc:Range", "label": "Contents", "viewingHint": "top",
         "canvases": [f"{BASE}/canvas/c1", f"{BASE}/canvas/c2", f"{BASE}/canvas/c3"]},
        {"@id": f"{BASE}/range/ch2", "@type": "sc:Range", "label": "Chapter 2", "within": f"{BASE}/range/toc",
         "canvases": [f"{BASE}/canvas/c2", f"{BASE}/canvas/c3#xywh=0,0,750,500"]}]),
    "ranges-2.1-members": manifest(canvases=[canvas(1), canvas(2)], structures=[
        {"@id": f"{BASE}/range/toc", "@type": "sc:Range", "label": "Contents", "members": [
            {"@id": f"{BASE}/canvas/c1", "@type": "sc:Canvas", "label": "Cover"},
            {"@id": f"{BASE}/range/ch1", "@type": "sc:Range", "label": "Chapter 1"}]},
        {"@id": f"{BASE}/range/ch1", "@type": "sc:Range", "label": "Chapter 1", "canvases": [f"{BASE}/canvas/c2"]}]),
    "top-canvas": dict(canvas(1, otherContent=[f"{BASE}/list/p1"]), **{"@context": CTX}),
    "top-range": {"@context": CTX, "@id": f"{BASE}/range/r1", "@type": "sc:Range", "label": "Chapter 1",
                  "canvases": [f"{BASE}/canvas/c1", f"{BASE}/canvas/c2#xywh=0,0,100,100"], "ranges": [f"{BASE}/range/r2"]},
    "top-annotation": dict(comment(1, on=f"{BASE}/canvas/c1#xywh=10,10,50,50"), **{"@context": CTX}),
    "services": manifest(service=[{"@context": "http://iiif.io/api/search/0/context.json", "@id": "https://example.org/search",
                                   "profile": "http://iiif.io/api/search/0/search",
                                   "service": {"@id": "https://example.org/autocomplete", "profile": "http://iiif.io/api/search/0/autocomplete"}}],
                         canvases=[canvas(1, images=[{"@id": f"{BASE}/annotation/c1-image", "@type": "oa:Annotation", "motivation": "sc:painting",
                             "resource": {"@id": "https://example.org/iiif/c1/full/full/0/default.jpg", "@type": "dctypes:Image",
                                          "service": {"@context": "http://iiif.io/api/image/2/context.json", "@id": "https://example.org/iiif/c1",
                                                      "profile": ["http://iiif.io/api/image/2/level2.json", {"formats": ["png"]}]}},
                             "on": f"{BASE}/canvas/c1"}])]),
}

def with_note(code):
    m = manifest()
    if code == "already-v3":
        return {"@context": "http://iiif.io/api/presentation/3/context.json", "id": f"{BASE}/manifest3", "type": "Manifest",
                "label": {"none": ["Already 3.0"]},
                "items": [{"id": f"{BASE}/canvas3/c1", "type": "Canvas", "height": 10, "width": 10, "items": []}]}
    if code == "context-inferred":
        del m["@context"]; return m
    if code == "context-moved":
        m["sequences"][0]["canvases"][0]["@context"] = ["https://example.org/ns/extra.jsonld"]; return m
    if code == "type-inferred":
        m["thumbnail"] = "https://example.org/thumb.jpg"; return m
    if code == "id-minted":
        del m["sequences"][0]["canvases"][0]["images"][0]["@id"]; return m
    if code == "html-wrapped":
        m["description"] = "Some <b>bold</b> text"; return m
    if code == "html-repaired":
        m["description"] = "<p>Fish & chips<br></p>"; return m
    if code == "html-sanitized":  # made with UpgradeOptions.SanitizeHtml; kept as written by default
        m["description"] = "<p>Some <b onclick=\"steal()\">bold</b> text<script>steal()</script></p>"; return m
    if code == "value-coerced":
        m["sequences"][0]["canvases"][0]["height"] = "1000"; return m
    if code == "rights-normalized":
        m["license"] = "https://creativecommons.org/licenses/by/4.0/legalcode"; return m
    if code == "related-to-metadata":
        m["related"] = ["https://example.org/a", "https://example.org/b"]; return m
    if code == "target-filled":
        del m["sequences"][0]["canvases"][0]["images"][0]["on"]; return m
    if code == "motivation-changed":
        return annotation_list([comment(1, motivation="sc:painting")])
    if code == "choice-nil-removed":
        return ROWS["choice"]
    if code == "behavior-dropped":
        m["viewingHint"] = "top"; return m
    if code == "member-order-assumed":
        return ROWS["collection-lists"]
    if code == "range-order-assumed":
        m["sequences"][0]["canvases"].append(canvas(2))
        m["structures"] = [{"@id": f"{BASE}/range/r1", "@type": "sc:Range", "label": "All", "ranges": [f"{BASE}/range/r2"], "canvases": [f"{BASE}/canvas/c1"]},
                           {"@id": f"{BASE}/range/r2", "@type": "sc:Range", "label": "Part", "canvases": [f"{BASE}/canvas/c2"]}]
        return m
    if code == "range-reparented":
        return ROWS["ranges-2.0-within"]
    if code == "sequence-to-range":
        return {"@context": CTX, "@id": f"{BASE}/sequence/s1", "@type": "sc:Sequence", "label": "Order", "canvases": [canvas(1)]}
    if code == "service-type-unknown":
        m["service"] = {"@context": "https://example.org/ns/service.jsonld", "@id": "https://example.org/service", "profile": "https://example.org/profile"}; return m
    if code == "service-profile-reduced":
        return ROWS["services"]
    if code == "service-shared":
        login = {"@context": "http://iiif.io/api/auth/1/context.json", "@id": "https://example.org/auth/login", "profile": "http://iiif.io/api/auth/1/login",
                 "label": "Log in", "service": [{"@id": "https://example.org/auth/token", "profile": "http://iiif.io/api/auth/1/token"}]}
        c1 = canvas(1); c2 = canvas(2)
        c1["images"][0]["resource"]["service"] = login
        c2["images"][0]["resource"]["service"] = "https://example.org/auth/login"
        m["sequences"][0]["canvases"] = [c1, c2]; return m
    if code == "label-missing":
        del m["label"]; return m
    if code == "value-dropped":
        m["sequences"][0]["canvases"][0]["height"] = "tall"; m["sequences"][0]["canvases"][0]["images"][0]["resource"]["format"] = ""
        return m
    if code == "value-invalid":
        m["navDate"] = "sometime in 1850"; return m
    if code == "license-to-metadata":
        m["license"] = "All rights reserved"; return m
    if code == "provider-synthesized":
        return ROWS["logo"]
    if code == "sequence-dropped":
        m["sequences"][0].update({"@id": f"{BASE}/sequence/normal", "label": "Current order"}); return m
    if code == "sequence-conflict":
        m["viewingDirection"] = "left-to-right"; m["sequences"][0]["viewingDirection"] = "right-to-left"; return m
    if code == "sequence-external":
        m["sequences"].append(f"{BASE}/sequence/other"); return m
    if code == "canvas-appended":
        m["sequences"].append({"@id": f"{BASE}/sequence/other", "@type": "sc:Sequence", "label": "Other order",
                               "canvases": [canvas(2), canvas(1)]}); return m
    if code == "range-shared":
        m["structures"] = [{"@id": f"{BASE}/range/a", "@type": "sc:Range", "label": "A", "ranges": [f"{BASE}/range/c"]},
                           {"@id": f"{BASE}/range/b", "@type": "sc:Range", "label": "B", "ranges": [f"{BASE}/range/c"]},
                           {"@id": f"{BASE}/range/c", "@type": "sc:Range", "label": "C", "canvases": [f"{BASE}/canvas/c1"]}]
        return m
    if code == "member-duplicate":
        return collection(manifests=["https://example.org/iiif/m1", "https://example.org/iiif/m1"])
    if code == "paging-kept":
        return ROWS["collection-paging"]
    if code == "layer-pages":
        return ROWS["layer"]
    if code == "selector-unknown":
        return annotation_list([comment(1, on={"@type": "oa:SpecificResource", "full": f"{BASE}/canvas/c1",
                                               "selector": {"@type": "oa:TextQuoteSelector", "exact": "book"}})])
    if code == "closed-class-extension":
        m["myExtension"] = {"note": "kept"}; return m
    if code == "output-invalid":
        del m["sequences"][0]["canvases"][0]["height"]; return m
    if code == "not-v2":
        return {"@context": "https://example.org/other-context.jsonld", "@id": "https://example.org/thing", "name": "Not IIIF"}
    raise KeyError(code)

CODES = ["already-v3", "context-inferred", "context-moved", "type-inferred", "id-minted", "html-wrapped", "html-repaired",
         "html-sanitized", "value-coerced",
         "rights-normalized", "related-to-metadata", "target-filled", "motivation-changed", "choice-nil-removed", "behavior-dropped",
         "member-order-assumed", "range-order-assumed", "range-reparented", "sequence-to-range", "service-type-unknown",
         "service-profile-reduced", "service-shared", "label-missing", "value-dropped", "value-invalid", "license-to-metadata",
         "provider-synthesized", "sequence-dropped", "sequence-conflict", "sequence-external", "canvas-appended", "range-shared",
         "member-duplicate", "paging-kept", "layer-pages", "selector-unknown", "closed-class-extension", "output-invalid", "not-v2"]

def write(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")

for name, doc in ROWS.items():
    write(f"fixtures/upgrade/rows/{name}.json", doc)
for code in CODES:
    write(f"fixtures/upgrade/notes/{code}.json", with_note(code))
print(f"{len(ROWS)} rows, {len(CODES)} note codes")
