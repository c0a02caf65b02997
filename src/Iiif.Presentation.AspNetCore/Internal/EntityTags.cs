using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Iiif.Presentation.AspNetCore.Internal;

/// <summary>Weak entity tags from a document's bytes, and the <c>If-None-Match</c> comparison (RFC 9110, section 13.1.2).</summary>
internal static class EntityTags
{
    /// <summary>Returns <c>W/"…"</c> from the first 128 bits of the SHA-256 of the bytes.</summary>
    /// <remarks>Weak, because compression middleware changes the bytes on the wire but not the document:
    /// a strong tag would have to change with them (RFC 9110, section 8.8.1).</remarks>
    public static string Weak(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return "W/\"" + Convert.ToHexString(hash[..16]).ToLowerInvariant() + "\"";
    }

    /// <summary>Whether <c>If-None-Match</c> names the tag (or <c>*</c>), by the weak comparison.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        ReadOnlySpan<char> opaque = Opaque(etag);
        foreach (string? value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (string candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (candidate == "*" || Opaque(candidate).SequenceEqual(opaque))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Opaque(string tag) =>
        tag.StartsWith("W/", StringComparison.Ordinal) ? tag.AsSpan(2) : tag.AsSpan();
}
