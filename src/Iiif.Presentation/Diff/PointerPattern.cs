using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Diff;

/// <summary>
/// A JSON Pointer pattern of <see cref="IiifDiffOptions"/>: pointer tokens, where <c>*</c> stands for any one
/// token and <c>**</c> for any number of them.
/// </summary>
internal sealed class PointerPattern
{
    private const string AnyOne = "*";
    private const string AnyNumber = "**";

    private readonly string[] _tokens;

    private PointerPattern(string[] tokens) => _tokens = tokens;

    /// <summary>Reads the patterns of an option.</summary>
    /// <exception cref="ArgumentException">A pattern is null, or neither <c>""</c> nor starts with
    /// <c>/</c> or <c>**</c>.</exception>
    public static PointerPattern[] ParseAll(IEnumerable<string> patterns, string optionName)
    {
        var parsed = new List<PointerPattern>();
        foreach (string? pattern in patterns)
        {
            parsed.Add(Parse(pattern, optionName));
        }

        return [.. parsed];
    }

    /// <summary>Whether the pattern matches a location, given as its unescaped tokens.</summary>
    public bool Matches(IReadOnlyList<string> path) => Matches(0, path, 0);

    private static PointerPattern Parse(string? pattern, string optionName)
    {
        if (pattern is null)
        {
            throw new ArgumentException($"IiifDiffOptions.{optionName} holds a null pattern.", optionName);
        }

        if (pattern.Length == 0)
        {
            return new PointerPattern([]);
        }

        string body = pattern[0] == '/' ? pattern.Substring(1)
            : pattern.StartsWith(AnyNumber, StringComparison.Ordinal) ? pattern
            : throw new ArgumentException(
                $"IiifDiffOptions.{optionName} holds '{pattern}', which is not a JSON Pointer pattern: it must start with '/' or '**'.",
                optionName);
        string[] tokens = body.Split('/');
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = JsonPointer.Unescape(tokens[i]);
        }

        return new PointerPattern(tokens);
    }

    private bool Matches(int token, IReadOnlyList<string> path, int segment)
    {
        if (token == _tokens.Length)
        {
            return segment == path.Count;
        }

        if (_tokens[token] == AnyNumber)
        {
            for (int next = segment; next <= path.Count; next++)
            {
                if (Matches(token + 1, path, next))
                {
                    return true;
                }
            }

            return false;
        }

        return segment < path.Count &&
            (_tokens[token] == AnyOne || string.Equals(_tokens[token], path[segment], StringComparison.Ordinal)) &&
            Matches(token + 1, path, segment + 1);
    }
}
