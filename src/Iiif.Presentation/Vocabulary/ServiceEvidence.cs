namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// How a service written without a <c>type</c> (as the Image API 1 and 2, Auth 0 and 1 and Search 0 and 1
/// specifications wrote them) is recognised: by its <c>@context</c>, then its <c>profile</c>, then an Image
/// API <c>protocol</c>. The reader and the upgrader both follow this one rule.
/// </summary>
/// <remarks>URIs are compared as <see cref="IiifContexts.SameUri"/> does: scheme, case and a trailing slash
/// aside. Thread-safe.</remarks>
internal static class ServiceEvidence
{
    private static readonly IiifType[] s_auth1 = [IiifTypes.AuthCookieService1, IiifTypes.AuthTokenService1, IiifTypes.AuthLogoutService1];
    private static readonly IiifType[] s_search1 = [IiifTypes.SearchService1, IiifTypes.AutoCompleteService1];

    /// <summary>The contexts of the service APIs before Presentation 3, without scheme, with the types each allows.</summary>
    private static readonly KeyValuePair<string, IiifType[]>[] s_contexts =
    [
        new("iiif.io/api/image/2/context.json", [IiifTypes.ImageService2]),
        new("iiif.io/api/image/1/context.json", [IiifTypes.ImageService1]),
        new("library.stanford.edu/iiif/image-api/1.1/context.json", [IiifTypes.ImageService1]),
        new("library.stanford.edu/iiif/image-api/context.json", [IiifTypes.ImageService1]),
        new("iiif.io/api/image/3/context.json", [IiifTypes.ImageService3]),
        new("iiif.io/api/auth/0/context.json", s_auth1),
        new("iiif.io/api/auth/1/context.json", s_auth1),
        new("iiif.io/api/search/0/context.json", s_search1),
        new("iiif.io/api/search/1/context.json", s_search1),
    ];

    /// <summary>Gets the context nearly every image service of a 2.x document gives, as UTF-8, to recognise it
    /// without making a string: it names <see cref="IiifTypes.ImageService2"/> outright.</summary>
    public static ReadOnlySpan<byte> Image2Context => "http://iiif.io/api/image/2/context.json"u8;

    /// <summary>The <c>protocol</c> of an Image API 2 <c>info.json</c>.</summary>
    public const string ImageProtocol = "http://iiif.io/api/image";

    /// <summary>Returns the service types a context allows, or <see langword="null"/> when it is not the
    /// context of a service API.</summary>
    public static IReadOnlyList<IiifType>? ContextTypes(string uri)
    {
        ReadOnlySpan<char> bare = IiifContexts.BareSpan(uri);
        foreach (KeyValuePair<string, IiifType[]> context in s_contexts)
        {
            if (bare.Equals(context.Key.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return context.Value;
            }
        }

        return null;
    }

    /// <summary>Returns the service type a profile URI names (an Image API compliance level, an Auth or
    /// Search service profile), or <see langword="null"/>.</summary>
    public static IiifType? ProfileType(string uri)
    {
        ReadOnlySpan<char> bare = IiifContexts.BareSpan(uri);
        if (Starts(bare, "iiif.io/api/image/2/")) return IiifTypes.ImageService2;
        if (Starts(bare, "iiif.io/api/image/1/") || Starts(bare, "library.stanford.edu/iiif/image-api/")) return IiifTypes.ImageService1;
        if (Starts(bare, "iiif.io/api/image/3/")) return IiifTypes.ImageService3;
        if (Starts(bare, "iiif.io/api/auth/0/") || Starts(bare, "iiif.io/api/auth/1/"))
        {
            ReadOnlySpan<char> last = bare.Slice(bare.LastIndexOf('/') + 1);
            return Is(last, "login") || Is(last, "clickthrough") || Is(last, "kiosk") || Is(last, "external") ? IiifTypes.AuthCookieService1
                : Is(last, "token") ? IiifTypes.AuthTokenService1
                : Is(last, "logout") ? IiifTypes.AuthLogoutService1
                : null;
        }

        if (Starts(bare, "iiif.io/api/search/0/") || Starts(bare, "iiif.io/api/search/1/"))
        {
            return bare.EndsWith("/autocomplete".AsSpan(), StringComparison.OrdinalIgnoreCase) ? IiifTypes.AutoCompleteService1
                : bare.EndsWith("/search".AsSpan(), StringComparison.OrdinalIgnoreCase) ? IiifTypes.SearchService1
                : null;
        }

        return null;

        static bool Starts(ReadOnlySpan<char> text, string prefix) => text.StartsWith(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase);

        static bool Is(ReadOnlySpan<char> text, string value) => text.Equals(value.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the Image API compliance level (0, 1 or 2) a profile names: <c>level0</c> to <c>level2</c>
    /// (Image API 3), <c>http://iiif.io/api/image/2/level0.json</c> (2, also without <c>.json</c>), or an Image
    /// API 1 compliance URI ending in <c>#level0</c>; <see langword="null"/> for anything else.</summary>
    /// <remarks>Spec: <see href="https://iiif.io/api/image/3.0/compliance/"/>.</remarks>
    public static int? ComplianceLevel(string? profile)
    {
        if (profile is null)
        {
            return null;
        }

        ReadOnlySpan<char> bare = IiifContexts.BareSpan(profile);
        if (bare.EndsWith(".json".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            bare = bare.Slice(0, bare.Length - ".json".Length);
        }

        if (bare.Length < 6 || !bare.Slice(bare.Length - 6, 5).Equals("level".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
            bare[bare.Length - 1] is < '0' or > '2')
        {
            return null;
        }

        int level = bare[bare.Length - 1] - '0';
        if (bare.Length == 6)
        {
            return level;
        }

        // A level URI must be one of an Image API's: "level1" at the end of any other URI names nothing.
        char before = bare[bare.Length - 7];
        IiifType? type = before is '/' or '#' ? ProfileType(profile) : null;
        return ReferenceEquals(type, IiifTypes.ImageService1) || ReferenceEquals(type, IiifTypes.ImageService2) ||
               ReferenceEquals(type, IiifTypes.ImageService3)
            ? level
            : null;
    }

    /// <summary>Recognises an untyped service: the first context of a service API decides an Image API
    /// version outright and narrows Auth and Search to their types; then the first profile that names a
    /// type of that family; then an Image API <c>protocol</c>.</summary>
    /// <param name="contexts">The <c>@context</c> strings, in order.</param>
    /// <param name="profiles">The <c>profile</c> strings, in order.</param>
    /// <param name="protocol">The <c>protocol</c>, if any.</param>
    /// <returns>The type, or <see langword="null"/> when nothing names one.</returns>
    public static IiifType? Classify(IEnumerable<string> contexts, IEnumerable<string> profiles, string? protocol)
    {
        IReadOnlyList<IiifType>? family = null;
        foreach (string context in contexts)
        {
            if ((family = ContextTypes(context)) is not null)
            {
                break;
            }
        }

        if (family is { Count: 1 })
        {
            return family[0];
        }

        foreach (string profile in profiles)
        {
            if (ProfileType(profile) is { } type && (family is null || Contains(family, type)))
            {
                return type;
            }
        }

        return protocol is not null && IiifContexts.SameUri(protocol, ImageProtocol) ? IiifTypes.ImageService2 : null;
    }

    private static bool Contains(IReadOnlyList<IiifType> family, IiifType type)
    {
        foreach (IiifType member in family)
        {
            if (ReferenceEquals(member, type))
            {
                return true;
            }
        }

        return false;
    }
}
