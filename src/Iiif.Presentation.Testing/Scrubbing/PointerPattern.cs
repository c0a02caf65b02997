namespace Iiif.Presentation.Testing.Scrubbing;

/// <summary>A JSON Pointer pattern: <c>*</c> is any one key or index, <c>**</c> any number of them
/// (none included); <c>~1</c> and <c>~0</c> stand for <c>/</c> and <c>~</c> in a key.</summary>
internal sealed class PointerPattern
{
    private const string AnyOne = "*";
    private const string AnyMany = "**";

    private readonly string[] _segments;

    private PointerPattern(string[] segments)
    {
        _segments = segments;
    }

    /// <summary>Reads a pattern; it starts with <c>/</c>, or with <c>**</c> to match at any depth.</summary>
    public static PointerPattern Parse(string pattern)
    {
        if (pattern.Length == 0)
        {
            return new([]);
        }

        string body;
        if (pattern[0] == '/')
        {
            body = pattern.Substring(1);
        }
        else if (pattern.StartsWith(AnyMany, StringComparison.Ordinal))
        {
            body = pattern;
        }
        else
        {
            throw new ArgumentException(
                $"\"{pattern}\" is not a JSON Pointer pattern: it starts with / (\"/items/*/id\") or with ** (\"**/created\").",
                nameof(pattern));
        }

        string[] segments = body.Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = segments[i].Replace("~1", "/").Replace("~0", "~");
        }

        return new(segments);
    }

    /// <summary>Tells whether the pattern matches a path of unescaped keys and indexes.</summary>
    public bool Matches(IReadOnlyList<string> path) => Matches(0, path, 0);

    private bool Matches(int segment, IReadOnlyList<string> path, int index)
    {
        if (segment == _segments.Length)
        {
            return index == path.Count;
        }

        string expected = _segments[segment];
        if (string.Equals(expected, AnyMany, StringComparison.Ordinal))
        {
            for (int skip = index; skip <= path.Count; skip++)
            {
                if (Matches(segment + 1, path, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return index < path.Count
            && (string.Equals(expected, AnyOne, StringComparison.Ordinal) || string.Equals(expected, path[index], StringComparison.Ordinal))
            && Matches(segment + 1, path, index + 1);
    }
}
