namespace Iiif.Presentation.Cli.Serve;

/// <summary>The page of <c>iiif serve</c>: its HTML, script and styles, embedded in the tool and served by it.</summary>
internal static class PageAssets
{
    /// <summary>The assets by request path, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, (byte[] Bytes, string ContentType)> All = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal)
    {
        ["/"] = (Load("index.html"), "text/html; charset=utf-8"),
        ["/app.js"] = (Load("app.js"), "text/javascript; charset=utf-8"),
        ["/app.css"] = (Load("app.css"), "text/css; charset=utf-8"),
    };

    private static byte[] Load(string name)
    {
        using Stream stream = typeof(PageAssets).Assembly.GetManifestResourceStream($"Iiif.Presentation.Cli.Serve.Page.{name}")
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded in the tool.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
