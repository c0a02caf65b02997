using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Iiif.Presentation.Validation.Semantic;

internal sealed partial class SemanticValidator
{
    /// <summary>P3-CTX-01/02/03/05: the top resource's <c>@context</c>.</summary>
    private void CheckTopContext(JsonElement root)
    {
        if (root.TryGetProperty("@graph", out _))
        {
            ReportProperty(ValidationRules.Ctx05, "@graph", "A IIIF document has no `@graph`: describe one resource at the top.");
        }

        if (!root.TryGetProperty("@context", out JsonElement context))
        {
            ReportMissing(ValidationRules.Ctx01, "@context",
                $"The top resource has no `@context`; add \"@context\": \"{IiifContexts.Presentation3}\".");
            return;
        }

        using (JsonElement.ObjectEnumerator properties = root.EnumerateObject())
        {
            if (properties.MoveNext() && properties.Current.Name != "@context")
            {
                ReportProperty(ValidationRules.Ctx02, "@context", "`@context` should be the first property of the document.");
            }
        }

        var entries = new List<JsonElement>(Values(context));
        foreach (JsonElement entry in entries)
        {
            if (entry.ValueKind != JsonValueKind.String)
            {
                _extensionContext = true; // an inline context defines terms
            }
            else if (entry.GetString() is { } uri && uri != IiifContexts.Presentation3 && uri != IiifContexts.WebAnnotation)
            {
                _extensionContext = true;
            }
        }

        bool valid = context.ValueKind == JsonValueKind.String
            ? context.GetString() == IiifContexts.Presentation3
            : context.ValueKind == JsonValueKind.Array && entries.Count > 0 &&
              entries[entries.Count - 1].ValueKind == JsonValueKind.String &&
              entries[entries.Count - 1].GetString() == IiifContexts.Presentation3 &&
              entries.FindIndex(e => e.ValueKind == JsonValueKind.String && e.GetString() == IiifContexts.Presentation3) == entries.Count - 1;
        if (!valid)
        {
            string found = context.ValueKind == JsonValueKind.String ? $"\"{Show(context.GetString()!)}\"" : Kind(context.ValueKind);
            ReportProperty(ValidationRules.Ctx03, "@context",
                $"`@context` is {found}; it must be \"{IiifContexts.Presentation3}\" (http, not https), or an array with extension contexts first and that URI last.");
        }
    }

    private static bool ContainsPresentation3Context(JsonElement value)
    {
        foreach (JsonElement entry in Values(value))
        {
            if (entry.ValueKind == JsonValueKind.String &&
                entry.GetString()!.EndsWith("iiif.io/api/presentation/3/context.json", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>P3-ID-07: a fetched document's id is the URL it was fetched from.</summary>
    private void CheckSourceUri(JsonElement root)
    {
        if (_options.SourceUri is null || IdOf(root) is not { } id)
        {
            return;
        }

        if (!string.Equals(id, _options.SourceUri.OriginalString, StringComparison.Ordinal) &&
            !string.Equals(id, _options.SourceUri.AbsoluteUri, StringComparison.Ordinal))
        {
            ReportProperty(ValidationRules.Id07, "id", $"The document was fetched from {_options.SourceUri.OriginalString}, but its `id` is {Show(id)}; they must be the same.");
        }
    }

    /// <summary>P3-TYPE-01/02, P3-JSON-01: the resource's <c>type</c>.</summary>
    private void CheckTypeProperty(JsonElement obj, Cls cls, Role role, string? type, bool wrongCase)
    {
        if (type is null)
        {
            if (!obj.TryGetProperty("type", out _) && !obj.TryGetProperty("@type", out _))
            {
                string hint = cls is Cls.Unknown or Cls.Content ? string.Empty : $", here \"{Vocabulary.Name(cls)}\"";
                ReportMissing(ValidationRules.Type01, "type", $"Every resource has a `type`{hint}.");
            }

            return;
        }

        if (wrongCase)
        {
            string? fixedCase = Vocabulary.CaseVariantOf(type, Vocabulary.KnownTypes);
            ReportProperty(ValidationRules.Json01, "type", $"Types are case-sensitive: write \"{fixedCase}\", not \"{type}\".");
            return;
        }

        if (cls == Cls.Content && IsContentRole(role) && !Vocabulary.ContentTypes.Contains(type))
        {
            string hint = type == "Audio" ? " Audio content is `Sound`." : string.Empty;
            ReportProperty(ValidationRules.Type02, "type",
                $"\"{Show(type)}\" is not a content type of the specification (Dataset, Image, Model, Sound, Text, Video).{hint}");
        }
    }

    private static bool IsContentRole(Role role) =>
        role is Role.Body or Role.ChoiceItem or Role.Thumbnail or Role.Homepage or Role.Logo or Role.Rendering or Role.SeeAlso or Role.Source;

    /// <summary>P3-ID-01…06, 08: the resource's <c>id</c>.</summary>
    private void CheckId(JsonElement obj, Cls cls, Role role, Scope scope)
    {
        bool hasId = obj.TryGetProperty("id", out JsonElement idElement);
        bool requiredId = IsIiifClass(cls) || cls is Cls.Agent or Cls.Content;
        if (!hasId || idElement.ValueKind != JsonValueKind.String)
        {
            if (hasId)
            {
                ReportProperty(requiredId ? ValidationRules.Id01 : ValidationRules.Id02, "id", $"`id` is a URI string, not {Kind(idElement.ValueKind)}.");
            }
            else if (requiredId && cls != Cls.Unknown)
            {
                string hint = obj.TryGetProperty("@id", out _) ? " It has a 2.x `@id`: run 'iiif upgrade'." : string.Empty;
                ReportMissing(ValidationRules.Id01, "id", $"A {Vocabulary.Name(cls)} has an `id`, a URI.{hint}");
            }
            else if (cls is Cls.SpecificResource or Cls.Choice or Cls.TextualBody)
            {
                ReportMissing(ValidationRules.Id02, "id", $"A {Vocabulary.Name(cls)} should have an `id`.");
            }

            return;
        }

        string id = idElement.GetString()!;
        switch (cls)
        {
            case Cls.Collection or Cls.Manifest or Cls.Canvas or Cls.AnnotationPage or Cls.Annotation:
                if (!Uris.IsHttp(id))
                {
                    ReportProperty(ValidationRules.Id03, "id", $"The id of a {Vocabulary.Name(cls)} is an absolute HTTP(S) URI with special characters percent-encoded, not \"{Show(id)}\".");
                    return;
                }

                break;
            case Cls.Range or Cls.AnnotationCollection or Cls.Agent or Cls.Content:
                if (!Uris.IsAbsoluteAndEncoded(id))
                {
                    ReportProperty(ValidationRules.Id04, "id", $"The id of a {Vocabulary.Name(cls)} is an absolute URI with special characters percent-encoded, not \"{Show(id)}\".");
                    return;
                }

                if (cls is Cls.Range or Cls.AnnotationCollection && !Uris.IsHttp(id))
                {
                    ReportProperty(ValidationRules.Id05, "id", $"The id of a {Vocabulary.Name(cls)} should be an HTTP(S) URI, so clients can fetch it.");
                }

                break;
        }

        if (cls == Cls.Canvas && IsFullCanvas(role) && id.IndexOf('#') >= 0)
        {
            ReportProperty(ValidationRules.Id06, "id", "A Canvas id has no fragment; parts of a Canvas are addressed in annotation targets, not in its id.");
        }

        if (IsIiifClass(cls) && IsFullDescription(cls, role, obj) && Uris.IsHttp(id))
        {
            bool fragmentAllowed = !scope.Top && cls is Cls.Range or Cls.AnnotationPage or Cls.Annotation;
            if (id.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                ReportProperty(ValidationRules.Id08, "id", "The id should use https.");
            }
            else if (id.IndexOf('?') >= 0 || (!fragmentAllowed && id.IndexOf('#') >= 0))
            {
                ReportProperty(ValidationRules.Id08, "id", "The id should have no query or fragment.");
            }
        }
    }

    private static bool IsFullCanvas(Role role) =>
        role is Role.Top or Role.Canvas or Role.PlaceholderCanvas or Role.AccompanyingCanvas or Role.Body or Role.ChoiceItem;

    /// <summary>Returns whether a resource is described here, rather than referred to by id, type and label.</summary>
    private static bool IsFullDescription(Cls cls, Role role, JsonElement obj) => role switch
    {
        Role.Top or Role.Canvas or Role.PlaceholderCanvas or Role.AccompanyingCanvas or Role.PageAnnotation or Role.Structure => true,
        Role.CanvasPage or Role.AnnotationsPage => obj.TryGetProperty("items", out _),
        Role.RangeItem => cls == Cls.Range && obj.TryGetProperty("items", out _),
        Role.CollectionItem => obj.TryGetProperty("items", out _),
        _ => false,
    };

    /// <summary>P3-ID-09: remembers descriptions by id, to find two different ones sharing an id.</summary>
    private void RegisterDescription(JsonElement obj, Cls cls, Role role)
    {
        if (!IsIiifClass(cls) || !IsFullDescription(cls, role, obj) || IdOf(obj) is not { } id)
        {
            return;
        }

        if (_descriptions.TryGetValue(id, out Description? first))
        {
            // Compare the text only when ids collide, which real documents rarely do.
            if (!first.Reported && first.Element.GetRawText() != obj.GetRawText())
            {
                first.Reported = true;
                ReportProperty(ValidationRules.Id09, "id",
                    $"Another {Vocabulary.Name(cls)} described at {(first.Pointer.Length == 0 ? "/" : first.Pointer)} has the same id \"{Show(id)}\" but says something else; each resource has its own id.");
            }
        }
        else
        {
            _descriptions.Add(id, new Description(obj, _path.Pointer));
        }
    }
}
