using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iiif.Presentation.Serialization;
using Iiif.Presentation.Validation.Schema;
using Json.Schema;

namespace Iiif.Presentation.Validation;

/// <summary>
/// The official IIIF Presentation 3.0 JSON schema, loaded and ready to evaluate documents with.
/// </summary>
/// <remarks>
/// <para>
/// The schema is not part of this library: load it from a file or a stream, or download the pinned
/// version (<see cref="PinnedUrl"/>), whose SHA-256 is checked before use and which is cached locally.
/// The known disagreements between the schema and the specification (<c>docs/rules.md</c>) were established
/// for the pinned version; <see cref="IsPinned"/> says whether this is it.
/// </para>
/// <para>
/// It is evaluated as the official validator does: JSON Schema draft-07, with <c>format</c> not asserted.
/// Immutable and thread-safe once loaded; load it once and share it.
/// </para>
/// <para>
/// Loading builds every part of the schema that validation evaluates on its own, so nothing is built or
/// registered afterwards: JsonSchema.Net's schema registry is not safe to change while other threads use
/// it. Each instance has a registry of its own, because every copy of the schema has the same
/// <c>$id</c> and JsonSchema.Net refuses to register a second schema under an <c>$id</c>.
/// </para>
/// </remarks>
public sealed class IiifSchema
{
    /// <summary>The address of the pinned schema: <c>schema/iiif_3_0.json</c> of IIIF/presentation-validator at commit <c>fb5bd90394</c>.</summary>
    public const string PinnedUrl =
        "https://raw.githubusercontent.com/IIIF/presentation-validator/fb5bd9039494701dc7472cdcaffe83fb5a212463/schema/iiif_3_0.json";

    /// <summary>The SHA-256 of the pinned schema, in lower-case hexadecimal.</summary>
    public const string PinnedSha256 = "14dd7ee8aee25d959be4b12feddb4179c726909fc85b925f6707f4ab3bfe2ad6";

    private const string SchemaId = "http://iiif.io/api/presentation/3/schema.json";

    private readonly JsonElement _document;

    /// <summary>The parts of the schema evaluated on their own, built while loading and only read afterwards.</summary>
    private readonly Dictionary<string, JsonSchema> _subschemas = new(StringComparer.Ordinal);

    private readonly Dictionary<string, FlagEvaluator.ICheck> _verdicts = new(StringComparer.Ordinal);

    private IiifSchema(byte[] utf8, string sha256)
    {
        Sha256 = sha256;
        var buildOptions = new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() };
        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8);
            _document = document.RootElement.Clone();
            Root = JsonSchema.Build(_document, buildOptions);
            Verdicts = FlagEvaluator.TryCompile(_document, SchemaId);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The schema is not valid JSON: {ex.Message}", ex);
        }

        foreach (string fragment in SchemaClasses.Fragments)
        {
            // A part this schema lacks (an AnnotationCollection has no items) is not built: its reference
            // would stay unresolved, and JsonSchema.Net would try to resolve it again at every evaluation.
            if (Resolve(SchemaId + fragment) is { ValueKind: JsonValueKind.Object })
            {
                _subschemas.Add(fragment, BuildSubschema(fragment, buildOptions));
                if (Verdicts?.At(fragment) is { } check)
                {
                    _verdicts.Add(fragment, check);
                }
            }
        }
    }

    /// <summary>Gets the SHA-256 of the schema text, in lower-case hexadecimal.</summary>
    public string Sha256 { get; }

    /// <summary>Gets whether this is the pinned schema the validator's adjustments were made for.</summary>
    public bool IsPinned => string.Equals(Sha256, PinnedSha256, StringComparison.Ordinal);

    /// <summary>Gets the folder where <see cref="DownloadPinnedAsync"/> keeps its copy by default: a
    /// folder <c>iiif-presentation</c> in the user's local application data.</summary>
    public static string DefaultCacheDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "iiif-presentation", "schema");

    internal JsonSchema Root { get; }

    /// <summary>Loads the schema from a file.</summary>
    /// <param name="path">The path of <c>iiif_3_0.json</c>.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a JSON schema.</exception>
    public static IiifSchema Load(string path) => FromUtf8(File.ReadAllBytes(path));

    /// <summary>Loads the schema from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a JSON schema.</exception>
    public static IiifSchema Load(Stream utf8Json)
    {
        Guard.NotNull(utf8Json);

        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return FromUtf8(copy.ToArray());
    }

    /// <summary>
    /// Gets the pinned schema: from the cache if a copy with the right SHA-256 is there, otherwise
    /// downloaded from <see cref="PinnedUrl"/>, checked and cached.
    /// </summary>
    /// <param name="httpClient">The client to download with.</param>
    /// <param name="cacheDirectory">The cache folder, or <see langword="null"/> for <see cref="DefaultCacheDirectory"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="InvalidDataException">The downloaded text is not the pinned schema.</exception>
    /// <exception cref="HttpRequestException">The download failed.</exception>
    public static async Task<IiifSchema> DownloadPinnedAsync(HttpClient httpClient, string? cacheDirectory = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(httpClient);

        string directory = cacheDirectory ?? DefaultCacheDirectory;
        string cached = Path.Combine(directory, $"iiif_3_0.{PinnedSha256}.json");
        if (File.Exists(cached))
        {
            byte[] bytes = File.ReadAllBytes(cached);
            if (string.Equals(HashOf(bytes), PinnedSha256, StringComparison.Ordinal))
            {
                return FromUtf8(bytes);
            }

            File.Delete(cached); // a damaged copy: fetch it again
        }

        using HttpResponseMessage response = await httpClient.GetAsync(new Uri(PinnedUrl), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
#if NETSTANDARD2_0
        byte[] downloaded = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#else
        byte[] downloaded = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#endif
        string hash = HashOf(downloaded);
        if (!string.Equals(hash, PinnedSha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"The schema downloaded from {PinnedUrl} has SHA-256 {hash}, not the pinned {PinnedSha256}; it is not used.");
        }

        Directory.CreateDirectory(directory);
        string temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, downloaded);
        try
        {
            File.Copy(temporary, cached, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return FromUtf8(downloaded);
    }

    /// <summary>Gets the evaluator that gives this schema's verdicts quickly, or <see langword="null"/> when the
    /// schema uses a keyword it lacks (JsonSchema.Net then gives them).</summary>
    internal FlagEvaluator? Verdicts { get; }

    /// <summary>Returns the quick verdict of a part <see cref="Subschema"/> also has, when there is one.</summary>
    internal FlagEvaluator.ICheck? SubschemaVerdicts(string fragment) => _verdicts.TryGetValue(fragment, out FlagEvaluator.ICheck? check) ? check : null;

    /// <summary>Returns the schema of a part of the document that <see cref="SchemaClasses"/> names, such as
    /// <c>#/classes/manifest</c>, or <see langword="null"/> when this schema has no such part.</summary>
    internal JsonSchema? Subschema(string fragment) => _subschemas.TryGetValue(fragment, out JsonSchema? schema) ? schema : null;

    /// <summary>Returns the part of the schema at an absolute location (<c>…schema.json#/classes/canvas</c>), if it is in this schema.</summary>
    internal JsonElement? Resolve(string location)
    {
        int hash = location.IndexOf('#');
        if (hash < 0 || !location.StartsWith(SchemaId, StringComparison.Ordinal))
        {
            return null;
        }

        string fragment = location.Substring(hash + 1);
        return JsonPointer.Resolve(_document, Uri.UnescapeDataString(fragment));
    }

    private static IiifSchema FromUtf8(byte[] utf8) => new(utf8, HashOf(utf8));

    /// <summary>Builds a schema that refers to one part of the document; it goes into the same registry as
    /// the root, where its reference is resolved.</summary>
    private static JsonSchema BuildSubschema(string fragment, BuildOptions buildOptions)
    {
        string text = $"{{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"$ref\":\"{SchemaId}{fragment}\"}}";
        using JsonDocument reference = JsonDocument.Parse(text);
        return JsonSchema.Build(reference.RootElement.Clone(), buildOptions, new Uri($"urn:iiif-presentation:subschema:{Uri.EscapeDataString(fragment)}"));
    }

    private static string HashOf(byte[] bytes)
    {
#if NETSTANDARD2_0
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(bytes);
#else
        byte[] hash = SHA256.HashData(bytes);
#endif
        var text = new StringBuilder(hash.Length * 2);
        foreach (byte b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
