using System.Linq;
using System.Text.RegularExpressions;
using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Validation.Schema;

/// <summary>
/// Answers only whether an instance passes a draft-07 schema: the schema's JSON compiled once into a tree of
/// checks, each of which stops at the first failure. The schema layer takes its verdicts from it, and asks
/// JsonSchema.Net only why an invalid document fails.
/// </summary>
/// <remarks>
/// <para>
/// It implements the draft-07 assertions and applicators its compiler handles (<c>$ref</c>, <c>type</c>,
/// <c>enum</c>, <c>const</c>, <c>pattern</c>, the numeric and count bounds, <c>required</c>, <c>properties</c>,
/// <c>patternProperties</c>, <c>additionalProperties</c>, <c>dependencies</c>, <c>items</c>,
/// <c>additionalItems</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>not</c>), ignores annotations and keywords
/// that draft-07 does not define (as draft-07 says), and refuses a schema that uses any other draft-07 assertion, a <c>$ref</c> that does
/// not point into the same document, or an <c>$id</c> below the root: <see cref="TryCompile"/> then returns
/// <see langword="null"/>, and JsonSchema.Net gives every verdict. <c>format</c> is not asserted, as the
/// official validator runs it.
/// </para>
/// <para>A test compares its verdict with JsonSchema.Net's on every corpus document, and on generated variants.
/// Immutable once compiled; thread-safe.</para>
/// </remarks>
internal sealed class FlagEvaluator
{
    /// <summary>Draft-07 keywords that assert something this evaluator does not implement.</summary>
    private static readonly string[] s_unsupported =
    [
        "multipleOf", "maxLength", "minLength", "uniqueItems", "contains", "propertyNames", "if", "then", "else",
        "contentMediaType", "contentEncoding",
    ];

    private readonly JsonElement _document;
    private readonly string _baseId;
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);
    private Node _root = null!;

    private FlagEvaluator(JsonElement document, string baseId)
    {
        _document = document;
        _baseId = baseId;
    }

    /// <summary>A compiled subschema.</summary>
    internal interface ICheck
    {
        /// <summary>Returns whether the instance passes.</summary>
        bool IsValid(JsonElement instance);
    }

    /// <summary>Compiles a schema document, or returns <see langword="null"/> when it uses what this evaluator
    /// does not implement.</summary>
    /// <param name="document">The schema document; it must outlive the evaluator.</param>
    /// <param name="baseId">The document's <c>$id</c>, without a fragment.</param>
    public static FlagEvaluator? TryCompile(JsonElement document, string baseId)
    {
        var evaluator = new FlagEvaluator(document, baseId);
        try
        {
            evaluator._root = evaluator.Compile(string.Empty);
            return evaluator;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Returns the compiled subschema at a JSON Pointer fragment (<c>#/classes/manifest</c>), or
    /// <see langword="null"/> when that part cannot be compiled. Meant for loading: the checks it returns are
    /// then read by any number of threads.</summary>
    public ICheck? At(string fragment)
    {
        lock (_nodes)
        {
            try
            {
                return Compile(fragment.StartsWith("#", StringComparison.Ordinal) ? fragment.Substring(1) : fragment);
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }
    }

    /// <summary>Returns whether an instance passes the whole schema.</summary>
    public bool IsValid(JsonElement instance) => _root.IsValid(instance);

    private Node Compile(string pointer)
    {
        if (_nodes.TryGetValue(pointer, out Node? known))
        {
            return known;
        }

        JsonElement schema = JsonPointer.Resolve(_document, Uri.UnescapeDataString(pointer))
            ?? throw new NotSupportedException($"No subschema at '#{pointer}'.");
        var node = new Node();
        _nodes.Add(pointer, node); // first, so that a reference back to it finds it
        node.Checks = CompileChecks(schema, pointer);
        return node;
    }

    private ICheck[] CompileChecks(JsonElement schema, string pointer)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return [];
            case JsonValueKind.False:
                return [new Never()];
            case JsonValueKind.Object:
                break;
            default:
                throw new NotSupportedException($"The subschema at '#{pointer}' is not a schema.");
        }

        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            // Draft-07: a $ref makes its object's other keywords ignored. The target is compiled now (a cycle finds
            // it registered), so that a keyword this evaluator lacks is found while compiling.
            return [Compile(TargetOf(reference))];
        }

        var checks = new List<ICheck>();
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            string at = JsonPointer.Append(pointer, keyword.Name);
            JsonElement value = keyword.Value;
            switch (keyword.Name)
            {
                case "$id" when pointer.Length > 0:
                    throw new NotSupportedException($"An $id below the root ('#{at}') changes the base URI.");
                case "type":
                    checks.Add(new TypeCheck(value));
                    break;
                case "enum":
                    checks.Add(new OneOfValues(value.EnumerateArray().ToArray()));
                    break;
                case "const":
                    checks.Add(new OneOfValues([value]));
                    break;
                case "pattern":
                    checks.Add(new PatternCheck(PatternOf(value.GetString()!)));
                    break;
                case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                    checks.Add(new Bound(keyword.Name, value.GetDouble()));
                    break;
                case "minItems" or "maxItems" or "minProperties" or "maxProperties":
                    checks.Add(new CountBound(keyword.Name, value.GetInt32()));
                    break;
                case "required":
                    checks.Add(new Required(value.EnumerateArray().Select(name => name.GetString()!).ToArray()));
                    break;
                case "properties" or "patternProperties" or "additionalProperties":
                    if (!checks.OfType<Members>().Any())
                    {
                        checks.Add(CompileMembers(schema, pointer));
                    }

                    break;
                case "dependencies":
                    checks.Add(CompileDependencies(value, at));
                    break;
                case "items" or "additionalItems":
                    if (!checks.OfType<Elements>().Any())
                    {
                        checks.Add(CompileElements(schema, pointer));
                    }

                    break;
                case "allOf":
                    checks.Add(new AllOf(Each(value, at)));
                    break;
                case "anyOf":
                    checks.Add(new AnyOf(Each(value, at)));
                    break;
                case "oneOf":
                    checks.Add(new OneOf(Each(value, at)));
                    break;
                case "not":
                    checks.Add(new Not(Compile(at)));
                    break;
                default:
                    if (Array.IndexOf(s_unsupported, keyword.Name) >= 0)
                    {
                        throw new NotSupportedException($"The keyword '{keyword.Name}' ('#{at}') is not implemented here.");
                    }

                    break; // an annotation, or not a draft-07 keyword: ignored, as draft-07 says
            }
        }

        return checks.ToArray();
    }

    private Node[] Each(JsonElement array, string pointer)
    {
        var nodes = new Node[array.GetArrayLength()];
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = Compile(JsonPointer.Append(pointer, i));
        }

        return nodes;
    }

    private Members CompileMembers(JsonElement schema, string pointer)
    {
        var named = new Dictionary<string, Node>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out JsonElement properties))
        {
            foreach (JsonProperty property in properties.EnumerateObject())
            {
                named[property.Name] = Compile(JsonPointer.Append(pointer + "/properties", property.Name));
            }
        }

        var patterned = new List<(Regex, Node)>();
        if (schema.TryGetProperty("patternProperties", out JsonElement patternProperties))
        {
            foreach (JsonProperty property in patternProperties.EnumerateObject())
            {
                patterned.Add((PatternOf(property.Name), Compile(JsonPointer.Append(pointer + "/patternProperties", property.Name))));
            }
        }

        Node? additional = schema.TryGetProperty("additionalProperties", out _) ? Compile(pointer + "/additionalProperties") : null;
        return new Members(named, patterned.ToArray(), additional);
    }

    private Dependencies CompileDependencies(JsonElement value, string pointer)
    {
        var names = new List<(string, Required)>();
        var schemas = new List<(string, Node)>();
        foreach (JsonProperty dependency in value.EnumerateObject())
        {
            if (dependency.Value.ValueKind == JsonValueKind.Array)
            {
                names.Add((dependency.Name, new Required(dependency.Value.EnumerateArray().Select(name => name.GetString()!).ToArray())));
            }
            else
            {
                schemas.Add((dependency.Name, Compile(JsonPointer.Append(pointer, dependency.Name))));
            }
        }

        return new Dependencies(names.ToArray(), schemas.ToArray());
    }

    private Elements CompileElements(JsonElement schema, string pointer)
    {
        if (!schema.TryGetProperty("items", out JsonElement items))
        {
            return new Elements(null, null, null); // additionalItems alone asserts nothing
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            return new Elements(Compile(pointer + "/items"), null, null);
        }

        Node? additional = schema.TryGetProperty("additionalItems", out _) ? Compile(pointer + "/additionalItems") : null;
        return new Elements(null, Each(items, pointer + "/items"), additional);
    }

    private string TargetOf(JsonElement reference)
    {
        string text = reference.GetString() ?? string.Empty;
        if (text.StartsWith(_baseId + "#", StringComparison.Ordinal))
        {
            text = text.Substring(_baseId.Length);
        }

        if (!text.StartsWith("#", StringComparison.Ordinal) || (text.Length > 1 && text[1] != '/'))
        {
            throw new NotSupportedException($"The reference '{text}' does not point into the schema document.");
        }

        return text.Substring(1);
    }

    private Regex PatternOf(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out Regex? regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant);
            _patterns.Add(pattern, regex);
        }

        return regex;
    }

    /// <summary>Whether two JSON values are equal as draft-07 compares them: numbers by value, objects
    /// whatever their key order.</summary>
    internal static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Number:
                return a.TryGetDecimal(out decimal x) && b.TryGetDecimal(out decimal y) ? x == y : ValueOf(a) == ValueOf(b);
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (JsonElement.ArrayEnumerator left = a.EnumerateArray(), right = b.EnumerateArray())
                {
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (!JsonEquals(left.Current, right.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                int count = 0;
                foreach (JsonProperty property in a.EnumerateObject())
                {
                    count++;
                    if (!b.TryGetProperty(property.Name, out JsonElement other) || !JsonEquals(property.Value, other))
                    {
                        return false;
                    }
                }

                return count == CountMembers(b);
            default:
                return true; // true, false, null: the kind says it all
        }
    }

    /// <summary>A number's value; one beyond the range of a double (<c>1e400</c>) is an infinity of its sign.</summary>
    private static double ValueOf(JsonElement number) =>
        number.TryGetDouble(out double value) ? value
        : number.GetRawText().StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;

    private static int CountMembers(JsonElement instance)
    {
        int count = 0;
        foreach (JsonProperty member in instance.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    /// <summary>A subschema: all of its checks pass.</summary>
    private sealed class Node : ICheck
    {
        public ICheck[] Checks { get; set; } = [];

        public bool IsValid(JsonElement instance)
        {
            foreach (ICheck check in Checks)
            {
                if (!check.IsValid(instance))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class Never : ICheck
    {
        public bool IsValid(JsonElement instance) => false;
    }

    private sealed class TypeCheck : ICheck
    {
        private readonly string[] _names;

        public TypeCheck(JsonElement value) =>
            _names = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(name => name.GetString()!).ToArray() : [value.GetString()!];

        public bool IsValid(JsonElement instance)
        {
            foreach (string name in _names)
            {
                if (Is(name, instance))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(string name, JsonElement instance) => name switch
        {
            "object" => instance.ValueKind == JsonValueKind.Object,
            "array" => instance.ValueKind == JsonValueKind.Array,
            "string" => instance.ValueKind == JsonValueKind.String,
            "number" => instance.ValueKind == JsonValueKind.Number,
            "integer" => instance.ValueKind == JsonValueKind.Number && IsInteger(instance),
            "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => instance.ValueKind == JsonValueKind.Null,
            _ => false,
        };

        /// <summary>Draft-07: a number whose fractional part is zero (<c>1.0</c> too) is an integer.</summary>
        private static bool IsInteger(JsonElement number)
        {
            if (number.TryGetInt64(out _))
            {
                return true;
            }

            // Beyond the range of a double (1e400), a number is not taken as an integer.
            return number.TryGetDouble(out double value) && Math.Floor(value) == value;
        }
    }

    private sealed class OneOfValues(JsonElement[] values) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            foreach (JsonElement value in values)
            {
                if (JsonEquals(value, instance))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class PatternCheck(Regex regex) : ICheck
    {
        public bool IsValid(JsonElement instance) => instance.ValueKind != JsonValueKind.String || regex.IsMatch(instance.GetString()!);
    }

    private sealed class Bound(string keyword, double limit) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            if (instance.ValueKind != JsonValueKind.Number)
            {
                return true;
            }

            double value = ValueOf(instance);
            return keyword switch
            {
                "minimum" => value >= limit,
                "maximum" => value <= limit,
                "exclusiveMinimum" => value > limit,
                _ => value < limit,
            };
        }
    }

    private sealed class CountBound(string keyword, int limit) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            int count;
            if (keyword is "minItems" or "maxItems")
            {
                if (instance.ValueKind != JsonValueKind.Array)
                {
                    return true;
                }

                count = instance.GetArrayLength();
            }
            else
            {
                if (instance.ValueKind != JsonValueKind.Object)
                {
                    return true;
                }

                count = CountMembers(instance);
            }

            return keyword.StartsWith("min", StringComparison.Ordinal) ? count >= limit : count <= limit;
        }
    }

    private sealed class Required(string[] names) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            if (instance.ValueKind != JsonValueKind.Object)
            {
                return true;
            }

            foreach (string name in names)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary><c>properties</c>, <c>patternProperties</c> and <c>additionalProperties</c> of one schema, which
    /// decide together which member meets which subschema.</summary>
    private sealed class Members(Dictionary<string, Node> named, (Regex Pattern, Node Node)[] patterned, Node? additional) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            if (instance.ValueKind != JsonValueKind.Object)
            {
                return true;
            }

            foreach (JsonProperty member in instance.EnumerateObject())
            {
                string name = member.Name;
                bool matched = false;
                if (named.TryGetValue(name, out Node? node))
                {
                    matched = true;
                    if (!node.IsValid(member.Value))
                    {
                        return false;
                    }
                }

                foreach ((Regex pattern, Node patternNode) in patterned)
                {
                    if (pattern.IsMatch(name))
                    {
                        matched = true;
                        if (!patternNode.IsValid(member.Value))
                        {
                            return false;
                        }
                    }
                }

                if (!matched && additional is not null && !additional.IsValid(member.Value))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class Dependencies((string Name, Required Required)[] names, (string Name, Node Node)[] schemas) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            if (instance.ValueKind != JsonValueKind.Object)
            {
                return true;
            }

            foreach ((string name, Required required) in names)
            {
                if (instance.TryGetProperty(name, out _) && !required.IsValid(instance))
                {
                    return false;
                }
            }

            foreach ((string name, Node node) in schemas)
            {
                if (instance.TryGetProperty(name, out _) && !node.IsValid(instance))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary><c>items</c> (one schema for every element, or one per position) and <c>additionalItems</c>.</summary>
    private sealed class Elements(Node? every, Node[]? positions, Node? additional) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            if (instance.ValueKind != JsonValueKind.Array || (every is null && positions is null))
            {
                return true;
            }

            int index = 0;
            foreach (JsonElement element in instance.EnumerateArray())
            {
                Node? node = every ?? (index < positions!.Length ? positions[index] : additional);
                if (node is not null && !node.IsValid(element))
                {
                    return false;
                }

                index++;
            }

            return true;
        }
    }

    private sealed class AllOf(Node[] nodes) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            foreach (Node node in nodes)
            {
                if (!node.IsValid(instance))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class AnyOf(Node[] nodes) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            foreach (Node node in nodes)
            {
                if (node.IsValid(instance))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class OneOf(Node[] nodes) : ICheck
    {
        public bool IsValid(JsonElement instance)
        {
            int passing = 0;
            foreach (Node node in nodes)
            {
                if (node.IsValid(instance) && ++passing > 1)
                {
                    return false;
                }
            }

            return passing == 1;
        }
    }

    private sealed class Not(Node node) : ICheck
    {
        public bool IsValid(JsonElement instance) => !node.IsValid(instance);
    }
}
