using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Turns JsonSchema.Net's terse failure messages into ones that say what the schema wanted, with the
/// value found, and merges the <c>required</c> failures at one place into one.
/// </summary>
internal static class SchemaMessages
{
    /// <summary>Merges the <c>required</c> failures at one place (from a class and its base, say) into one.</summary>
    public static void MergeRequired(List<SchemaError> errors, int first)
    {
        for (int i = first; i < errors.Count; i++)
        {
            if (errors[i].Keyword != "required")
            {
                continue;
            }

            var names = new List<string>(RequiredNames(errors[i].Message));
            for (int j = errors.Count - 1; j > i; j--)
            {
                if (errors[j].Keyword == "required" && errors[j].Pointer == errors[i].Pointer)
                {
                    foreach (string name in RequiredNames(errors[j].Message))
                    {
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }

                    errors.RemoveAt(j);
                }
            }

            string list = string.Join(", ", names.ConvertAll(n => "\"" + n + "\""));
            errors[i] = new SchemaError(errors[i].Pointer, "required", $"Required properties [{list}] are not present",
                errors[i].EvaluationPath, errors[i].SchemaLocation);
        }
    }

    /// <summary>Returns the property names in a <c>required</c> message (<c>Required properties ["a", "b"] are not present</c>).</summary>
    public static List<string> RequiredNames(string message)
    {
        var names = new List<string>();
        int start = message.IndexOf('[');
        int end = message.LastIndexOf(']');
        if (start < 0 || end <= start)
        {
            return names;
        }

        foreach (string part in message.Substring(start + 1, end - start - 1).Split(','))
        {
            string name = part.Trim().Trim('"');
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Rewrites JsonSchema.Net's terse messages into ones that say what the schema wanted.</summary>
    public static SchemaError Explain(IiifSchema schema, SchemaError error, JsonElement instance, string prefix)
    {
        JsonElement? resolved = error.SchemaLocation is null ? null : schema.Resolve(error.SchemaLocation);
        JsonElement? subschema = resolved is { ValueKind: JsonValueKind.Object } ? resolved : null; // not a boolean schema
        string property = JsonPointer.LastKey(error.Pointer);
        string message = error.Message;
        switch (error.Keyword)
        {
            case "" when error.EvaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal):
                message = $"The property `{property}` is not allowed here by the schema.";
                break;
            case "pattern" when subschema?.TryGetProperty("pattern", out JsonElement pattern) == true:
                message = $"The value {Value(instance, error.Pointer, prefix)} does not match the pattern {pattern.GetRawText()}.";
                break;
            case "const" when subschema?.TryGetProperty("const", out JsonElement constant) == true:
                message = $"The value must be {constant.GetRawText()}, not {Value(instance, error.Pointer, prefix)}.";
                break;
            case "enum" when subschema?.TryGetProperty("enum", out JsonElement values) == true:
                message = $"The value must be one of {values.GetRawText()}, not {Value(instance, error.Pointer, prefix)}.";
                break;
        }

        string? description = subschema is { } s && s.TryGetProperty("description", out JsonElement text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
        if (description is not null && error.Keyword is "pattern" or "type" or "required" && !message.EndsWith(description, StringComparison.Ordinal))
        {
            message += " (" + description.TrimEnd('.') + ".)";
        }

        return new SchemaError(error.Pointer, error.Keyword, message, error.EvaluationPath, error.SchemaLocation);
    }

    /// <summary>Returns the instance's value at a pointer, short, for a message.</summary>
    public static string Value(JsonElement instance, string pointer, string prefix)
    {
        if (JsonPointer.Resolve(instance, pointer.Substring(prefix.Length)) is not { } value)
        {
            return "here";
        }

        string text = value.GetRawText();
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
