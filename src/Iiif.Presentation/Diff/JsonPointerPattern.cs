using System.Diagnostics.CodeAnalysis;
using Iiif.Presentation.Serialization;

namespace Iiif.Presentation;

/// <summary>
/// A pattern over JSON Pointers (RFC 6901): a pointer whose tokens may be <c>*</c> (any one token) or
/// <c>**</c> (any number of tokens, none included), as in <c>/items/*/id</c> or <c>**/created</c>. The
/// diff's <see cref="IiifDiffOptions.Ignore"/> and <see cref="IiifDiffOptions.UnorderedArrays"/> take them,
/// and so do the snapshot scrubbers of <c>Iiif.Presentation.Testing</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JsonPointerPattern
{
    private const string AnyOne = "*";
    private const string AnyNumber = "**";

    private readonly string _pattern;
    private readonly string[] _tokens;

    private JsonPointerPattern(string pattern, string[] tokens)
    {
        _pattern = pattern;
        _tokens = tokens;
    }

    /// <summary>Reads a pattern.</summary>
    /// <param name="pattern">The pattern: <c>""</c> (the whole document), or text that starts with <c>/</c>
    /// or with <c>**</c>; <c>~0</c> and <c>~1</c> escape <c>~</c> and <c>/</c> as in a pointer.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is null or starts otherwise.</exception>
    public static JsonPointerPattern Parse(string pattern) =>
        TryParse(pattern, out JsonPointerPattern? parsed)
            ? parsed
            : throw new ArgumentException(
                $"\"{pattern}\" is not a JSON Pointer pattern: it must be empty or start with / (\"/items/*/id\") or with ** (\"**/created\").",
                nameof(pattern));

    /// <summary>Reads a pattern, if the text is one.</summary>
    /// <param name="pattern">The text, as <see cref="Parse"/> takes it.</param>
    /// <param name="result">The pattern, or <see langword="null"/> when the text is not one.</param>
    /// <returns>Whether the text is a pattern.</returns>
    public static bool TryParse(string? pattern, [NotNullWhen(true)] out JsonPointerPattern? result)
    {
        result = null;
        if (pattern is null)
        {
            return false;
        }

        if (pattern.Length == 0)
        {
            result = new JsonPointerPattern(pattern, []);
            return true;
        }

        string body;
        if (pattern[0] == '/')
        {
            body = pattern.Substring(1);
        }
        else if (pattern.StartsWith(AnyNumber, StringComparison.Ordinal))
        {
            body = pattern;
        }
        else
        {
            return false;
        }

        string[] tokens = body.Split('/');
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = JsonPointer.Unescape(tokens[i]);
        }

        result = new JsonPointerPattern(pattern, tokens);
        return true;
    }

    /// <summary>Whether the pattern matches a pointer given as its tokens, unescaped.</summary>
    /// <param name="tokens">The pointer's reference tokens (<c>["items", "0", "id"]</c> for <c>/items/0/id</c>).</param>
    /// <returns>Whether it matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is <see langword="null"/>.</exception>
    public bool Matches(IReadOnlyList<string> tokens)
    {
        Guard.NotNull(tokens);
        return Matches(0, tokens, 0);
    }

    /// <summary>Returns the pattern as it was given.</summary>
    /// <returns>The pattern's text.</returns>
    public override string ToString() => _pattern;

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
