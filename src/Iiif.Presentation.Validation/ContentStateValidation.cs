using Iiif.Presentation.Validation.Semantic.Rules;

namespace Iiif.Presentation.Validation;

/// <summary>
/// Validates a content state as a viewer receives it (IIIF Content State API 1.0): encoded or plain, an
/// Annotation, its target alone, or a URI. The encoding is checked against section 6 (P3-EXT-07), the target alone
/// against P3-EXT-06, and an Annotation as a document (the content-state rules included).
/// </summary>
/// <remarks>Spec: <see href="https://iiif.io/api/content-state/1.0/"/>. Stateless and thread-safe.</remarks>
internal static class ContentStateValidation
{
    public static ValidationReport Validate(IiifValidator validator, string value, ValidationOptions options)
    {
        string text = value.Trim();
        if (text.Length == 0 || ContentState.IsPlain(text))
        {
            return ValidatePlain(validator, text, options, []);
        }

        var findings = new List<ValidationFinding>();
        string decoded;
        try
        {
            decoded = ContentState.Decode(text);
        }
        catch (FormatException ex)
        {
            findings.Add(IiifValidator.Finding(ValidationRules.Ext07, string.Empty, "This is not an encoded content state: " + ex.Message));
            return new ValidationReport(findings, [], null, null, options.Layers);
        }

        // The encoding of a text is one string: anything else decodes, but is not what the API prescribes.
        string canonical = ContentState.Encode(decoded);
        if (text != canonical)
        {
            findings.Add(IiifValidator.Finding(
                ValidationRules.Ext07,
                string.Empty,
                text.TrimEnd('=') == canonical
                    ? "An encoded content state has no '=' padding: the encoding removes it, as '=' would need escaping in a URL."
                    : "This is not the encoding of the text it decodes to: that text was not URI-component encoded as encodeURIComponent does " +
                      "(every character but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as %XX, in upper case) before base64url. Encoded again, it is " + Abbreviate(canonical)));
        }

        string plain = decoded.Trim();
        if (plain.Length == 0 || !ContentState.IsPlain(plain))
        {
            findings.Add(IiifValidator.Finding(ValidationRules.Ext07, string.Empty, "An encoded content state decodes to text that is neither JSON nor a URI: " + Abbreviate(plain)));
            return new ValidationReport(findings, [], null, null, options.Layers);
        }

        return ValidatePlain(validator, plain, options, findings);
    }

    private static ValidationReport ValidatePlain(IiifValidator validator, string plain, ValidationOptions options, List<ValidationFinding> findings)
    {
        if (plain.Length > 0 && plain[0] is not ('{' or '[' or '"'))
        {
            return new ValidationReport(findings, [], null, null, options.Layers); // A URI: what it names is known only by fetching it.
        }

        string? type = null;
        bool reference = false;
        try
        {
            using JsonDocument document = JsonDocument.Parse(plain);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                return new ValidationReport(findings, [], null, null, options.Layers);
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out JsonElement typeValue) && typeValue.ValueKind == JsonValueKind.String)
            {
                type = typeValue.GetString();
                reference = type != "Annotation";
                if (type is "Canvas" or "Range" && !ContentStateRules.HasPartOf(root))
                {
                    findings.Add(IiifValidator.Finding(
                        ValidationRules.Ext06,
                        string.Empty,
                        $"A content state given as its target alone, a {type}, says with `partOf` which Manifest it is part of, so that a viewer knows what to load."));
                }
            }
        }
        catch (JsonException)
        {
            // The document's own validation says where it breaks.
        }

        if (reference)
        {
            // A target alone is a reference, not a document: a Canvas without items or size is what it should be.
            return new ValidationReport(findings, [], null, type, options.Layers);
        }

        ValidationReport annotation = validator.Validate(plain, options);
        findings.AddRange(annotation.Findings);
        return new ValidationReport(findings, annotation.Suppressed, annotation.Version, annotation.Type, annotation.Layers);
    }

    private static string Abbreviate(string text) =>
        text.Length <= 60 ? "\"" + text + "\"" : "\"" + text.Substring(0, 60) + "…\"";
}
