using System.IO;
using Json.Schema;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Evaluates a document against the official schema: the verdict first, cheaply, and only for an
/// invalid document the details, narrowed to the most specific places.
/// </summary>
/// <remarks>
/// <para>
/// The verdict is the official validator's: the whole document against the root schema, draft-07,
/// <c>format</c> not asserted (a pinned test walks the corpus's oracle verdicts). <see cref="FlagEvaluator"/>
/// gives it, when it implements every keyword of the schema (it does for the official one); JsonSchema.Net
/// otherwise.
/// </para>
/// <para>
/// Details come from JsonSchema.Net. Its detailed output is expensive (close to a minute for the 24 MB synthetic manifest),
/// so details come from smaller evaluations: the top resource's own class instead of the root's
/// <c>oneOf</c>, and for a large <c>items</c> array, the object without it plus each item on its own,
/// only the failing ones in detail. Then, at every <c>oneOf</c> and <c>anyOf</c> where no branch
/// passed, only the branch meant for the instance's <c>type</c> is reported (<see cref="FailureCollector"/>;
/// the layering is described in <c>docs/rules.md</c>).
/// </para>
/// <para>Stateless apart from the schema; thread-safe.</para>
/// </remarks>
internal sealed class SchemaLayer
{
    /// <summary>Items beyond which the top resource's <c>items</c> are evaluated one by one.</summary>
    internal const int DecomposeAbove = 64;

    /// <summary>Failing items evaluated in detail; the rest are counted.</summary>
    internal const int MaxDetailedItems = 50;

    private static readonly EvaluationOptions s_flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = false };
    private static readonly EvaluationOptions s_detail = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = false };

    private readonly IiifSchema _schema;

    public SchemaLayer(IiifSchema schema)
    {
        _schema = schema;
    }

    /// <summary>Returns whether the document passes the schema, and, when it does not, why.</summary>
    public bool Evaluate(JsonElement root, List<SchemaError> errors)
    {
        if (_schema.Verdicts is { } verdicts ? verdicts.IsValid(root) : _schema.Root.Evaluate(root, s_flag).IsValid)
        {
            return true;
        }

        int before = errors.Count;
        string? classFragment = _schema.IsPinned ? SchemaClasses.ClassOf(root) : null;
        if (classFragment is not null && _schema.Subschema(classFragment) is { } classSchema)
        {
            if (root.TryGetProperty("items", out JsonElement items) && items.ValueKind == JsonValueKind.Array &&
                items.GetArrayLength() > DecomposeAbove && _schema.Subschema(SchemaClasses.ItemsOf(classFragment)) is { } itemSchema)
            {
                DetailLarge(root, items, classSchema, itemSchema, _schema.SubschemaVerdicts(SchemaClasses.ItemsOf(classFragment)), errors);
            }
            else
            {
                Detail(classSchema, root, string.Empty, errors);
            }
        }

        if (errors.Count == before)
        {
            // The instance passes its own class (say, it also matches a second root branch), or its type
            // names no root class: the root's own output, layered, says why.
            Detail(_schema.Root, root, string.Empty, errors);
        }

        if (errors.Count == before)
        {
            errors.Add(new SchemaError(string.Empty, "oneOf", "The document does not match exactly one of the schema's top-level classes.", string.Empty));
        }

        return false;
    }

    private void DetailLarge(
        JsonElement root, JsonElement items, JsonSchema classSchema, JsonSchema itemSchema, FlagEvaluator.ICheck? itemVerdicts, List<SchemaError> errors)
    {
        using (JsonDocument shell = WithoutItems(root))
        {
            Detail(classSchema, shell.RootElement, string.Empty, errors);
        }

        int failing = 0;
        int index = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            if (!(itemVerdicts?.IsValid(item) ?? itemSchema.Evaluate(item, s_flag).IsValid))
            {
                if (failing < MaxDetailedItems)
                {
                    Detail(itemSchema, item, $"/items/{index}", errors);
                }

                failing++;
            }

            index++;
        }

        if (failing > MaxDetailedItems)
        {
            errors.Add(new SchemaError(
                "/items",
                "items",
                $"{failing - MaxDetailedItems} more of the {index} items fail the schema; only the first {MaxDetailedItems} are shown in detail.",
                "/items"));
        }
    }

    private void Detail(JsonSchema schema, JsonElement instance, string prefix, List<SchemaError> errors)
    {
        EvaluationResults results = schema.Evaluate(instance, s_detail);
        int first = errors.Count;
        new FailureCollector(_schema, instance, prefix, errors).Collect(results);
        SchemaMessages.MergeRequired(errors, first);
        for (int i = first; i < errors.Count; i++)
        {
            errors[i] = SchemaMessages.Explain(_schema, errors[i], instance, prefix);
        }
    }

    /// <summary>Copies an object with its <c>items</c> emptied: its own properties can then be checked
    /// in detail without evaluating every item again.</summary>
    private static JsonDocument WithoutItems(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.NameEquals("items"))
                {
                    writer.WritePropertyName(property.Name);
                    writer.WriteStartArray();
                    writer.WriteEndArray();
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = IiifValidator.MaxDepth });
    }
}
