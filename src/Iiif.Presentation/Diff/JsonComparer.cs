using System.Linq;
using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Diff;

/// <summary>
/// Walks two JSON values side by side for <see cref="IiifDiff"/> and collects their differences. The same
/// walk, as a probe that stops at the first difference, tells whether two values are equal, so equality
/// and the reported differences always agree (the ignored paths included).
/// </summary>
/// <remarks>Not thread-safe: one comparison per instance.</remarks>
internal sealed class JsonComparer
{
    private readonly JsonPointerPattern[] _ignore;
    private readonly JsonPointerPattern[] _unordered;
    private readonly bool _numberText;
    private readonly List<IiifDifference> _differences = [];
    private readonly List<string> _path = [];
    private bool _probing;
    private bool _probeFound;

    private JsonComparer(IiifDiffOptions options)
    {
        _ignore = ParseAll(options.IgnorePatterns, nameof(IiifDiffOptions.Ignore));
        _unordered = ParseAll(options.UnorderedArrayPatterns, nameof(IiifDiffOptions.UnorderedArrays));
        _numberText = options.CompareNumberText;
    }

    /// <summary>Compares two values.</summary>
    /// <exception cref="ArgumentException">A pattern of the options is not a JSON Pointer pattern.</exception>
    public static IReadOnlyList<IiifDifference> Compare(JsonElement expected, JsonElement actual, IiifDiffOptions options)
    {
        var comparer = new JsonComparer(options);
        comparer.Walk(expected, actual, string.Empty);
        return comparer._differences.AsReadOnly();
    }

    private static JsonPointerPattern[] ParseAll(IEnumerable<string> patterns, string optionName) =>
    [
        .. patterns.Select(pattern => JsonPointerPattern.TryParse(pattern, out JsonPointerPattern? parsed) ? parsed
            : throw new ArgumentException(
                $"IiifDiffOptions.{optionName} holds {(pattern is null ? "a null pattern" : $"'{pattern}', which is not a JSON Pointer pattern: it must start with '/' or '**'")}.",
                optionName)),
    ];

    /// <summary>Gets whether the walk only looks for a first difference.</summary>
    internal bool IsProbing => _probing;

    /// <summary>Whether two items or properties below the current location are equal, as the walk would find them.</summary>
    internal bool SameChild(JsonElement expected, JsonElement actual, string pointer)
    {
        _path.Add(JsonPointer.LastKey(pointer));
        bool same = Same(expected, actual, pointer);
        _path.RemoveAt(_path.Count - 1);
        return same;
    }

    /// <summary>The hash of a value for matching array items: one for all when paths are ignored, as
    /// an ignored value may then differ between equal items.</summary>
    internal int Hash(JsonElement value) => _ignore.Length > 0 ? 0 : JsonValueKey.Hash(value, _numberText);

    /// <summary>Walks an item or property below the current location.</summary>
    internal void WalkChild(JsonElement expected, JsonElement actual, string pointer)
    {
        _path.Add(JsonPointer.LastKey(pointer));
        Walk(expected, actual, pointer);
        _path.RemoveAt(_path.Count - 1);
    }

    /// <summary>Reports a difference below the current location, unless its path is ignored.</summary>
    internal void ReportChild(IiifDifferenceKind kind, string pointer, JsonElement? expected, JsonElement? actual)
    {
        _path.Add(JsonPointer.LastKey(pointer));
        if (!IsIgnored())
        {
            Report(kind, pointer, expected, actual);
        }

        _path.RemoveAt(_path.Count - 1);
    }

    /// <summary>Reports a difference at the current location.</summary>
    internal void Report(IiifDifferenceKind kind, string pointer, JsonElement? expected, JsonElement? actual)
    {
        if (_probing)
        {
            _probeFound = true;
            return;
        }

        _differences.Add(new IiifDifference(kind, pointer, expected, actual));
    }

    private void Walk(JsonElement expected, JsonElement actual, string pointer)
    {
        if (_probeFound || IsIgnored())
        {
            return;
        }

        if (expected.ValueKind != actual.ValueKind)
        {
            bool single = IsLoneItemOf(actual, expected, pointer) || IsLoneItemOf(expected, actual, pointer);
            Report(single ? IiifDifferenceKind.SingleVersusArray : IiifDifferenceKind.Changed, pointer, expected, actual);
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                WalkObject(expected, actual, pointer);
                break;
            case JsonValueKind.Array:
                bool unordered = Array.Exists(_unordered, p => p.Matches(_path));
                ArrayComparer.Walk(this, expected, actual, pointer, unordered);
                break;
            case JsonValueKind.String when !string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal):
            case JsonValueKind.Number when !NumbersEqual(expected, actual):
                Report(IiifDifferenceKind.Changed, pointer, expected, actual);
                break;
        }
    }

    private void WalkObject(JsonElement expected, JsonElement actual, string pointer)
    {
        foreach (JsonProperty property in expected.EnumerateObject())
        {
            string child = JsonPointer.Append(pointer, property.Name);
            if (actual.TryGetProperty(property.Name, out JsonElement other))
            {
                WalkChild(property.Value, other, child);
            }
            else
            {
                ReportChild(IiifDifferenceKind.Removed, child, property.Value, null);
            }
        }

        foreach (JsonProperty property in actual.EnumerateObject())
        {
            if (!expected.TryGetProperty(property.Name, out _))
            {
                ReportChild(IiifDifferenceKind.Added, JsonPointer.Append(pointer, property.Name), null, property.Value);
            }
        }
    }

    private bool Same(JsonElement expected, JsonElement actual, string pointer)
    {
        bool wasProbing = _probing;
        _probing = true;
        _probeFound = false;
        Walk(expected, actual, pointer);
        bool same = !_probeFound;
        _probing = wasProbing;
        _probeFound = false;
        return same;
    }

    private bool IsLoneItemOf(JsonElement array, JsonElement value, string pointer) =>
        array.ValueKind == JsonValueKind.Array && array.GetArrayLength() == 1 && Same(value, array[0], pointer);

    private bool NumbersEqual(JsonElement expected, JsonElement actual) => _numberText
        ? string.Equals(expected.GetRawText(), actual.GetRawText(), StringComparison.Ordinal)
        : string.Equals(JsonValueKey.Number(expected), JsonValueKey.Number(actual), StringComparison.Ordinal);

    private bool IsIgnored() => _ignore.Length > 0 && Array.Exists(_ignore, p => p.Matches(_path));
}
