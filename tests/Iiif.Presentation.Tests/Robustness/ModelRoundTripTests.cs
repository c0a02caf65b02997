using System;
using System.Text;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Robustness;

/// <summary>
/// Any model tree that JSON can carry survives write → read → write with identical bytes
/// (DESIGN.md, principles 2 and 3), indented and compact.
/// </summary>
/// <remarks>
/// <para>CI runs the same 600 trees, derived from a fixed seed (<see cref="FixedSample"/>), for each output
/// style (2 to 4 s for both on two busy cores). A failure message holds the seed of the failing tree
/// (CsCheck's "Set seed: …"), that tree's JSON and the first line that changed; set
/// <c>IIIF_ROUNDTRIP_SEED</c> to that seed to replay it. Set <c>IIIF_ROUNDTRIP_ITERATIONS</c> (for example
/// to 20000) to explore random seeds.</para>
/// <para>Not generated, because the reader or the writer decides them by design: a class that the
/// <c>type</c> and place of an object do not give back (a <see cref="Canvas"/> whose <c>type</c> is
/// "Image" where the type chooses the class, or an untyped one where an untyped object is read as
/// another class); a raw extension value under a known name in a shape a typed member would take
/// (reading types it, and may normalise a number such as <c>1.50</c>), or under <c>type</c>, which
/// chooses the class; non-finite numbers, which JSON cannot hold; lone surrogates in keys (the
/// writer's U+FFFD replacement can make two keys equal); null items in lists, which the nullable
/// annotations forbid.</para>
/// </remarks>
[TestFixture]
public sealed class ModelRoundTripTests
{
    private const string FixedSeed = "0N0XIzNsQ0O2";

    private static readonly string? s_seed = Environment.GetEnvironmentVariable("IIIF_ROUNDTRIP_SEED");

    private static readonly string? s_iterations = Environment.GetEnvironmentVariable("IIIF_ROUNDTRIP_ITERATIONS");

    /// <summary>Gets the trees tried per output style: a fixed budget in CI, more when exploring.</summary>
    private static long Iterations => s_iterations is not null ? long.Parse(s_iterations, System.Globalization.CultureInfo.InvariantCulture) : 600;


    [Test]
    public void SerializeParseSerialize_AnyModelTree_GivesIdenticalBytes_Indented() =>
        CheckRoundTrip(new IiifWriteOptions { Indented = true });

    [Test]
    public void SerializeParseSerialize_AnyModelTree_GivesIdenticalBytes_Compact() =>
        CheckRoundTrip(new IiifWriteOptions { Indented = false });

    private static void CheckRoundTrip(IiifWriteOptions options) =>
        FixedSample.Run(
            ModelGenerators.AnyDocument,
            tree =>
            {
                string first = IiifJson.Serialize(tree, options);
                IiifResource back = IiifJson.Parse(first);
                string second = IiifJson.Serialize(back, options);
                if (!string.Equals(first, second, StringComparison.Ordinal))
                {
                    Assert.Fail("Writing what was read changed the JSON. " + FirstDifference(first, second));
                }

                // The UTF-8 paths give the same bytes as the string one.
                byte[] utf8 = IiifJson.SerializeToUtf8Bytes(IiifJson.Parse(Encoding.UTF8.GetBytes(first)), options);
                if (!utf8.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(first)))
                {
                    Assert.Fail("Writing what was read from UTF-8 changed the bytes. " + FirstDifference(first, Encoding.UTF8.GetString(utf8)));
                }
            },
            FixedSeed,
            cases: 600,
            print: tree => Describe(tree, options),
            explore: s_seed,
            exploringCases: s_iterations is null ? null : Iterations);

    /// <summary>Names the first line that differs, with a line of context on each side.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        int line = 0;
        while (line < a.Length && line < b.Length && string.Equals(a[line], b[line], StringComparison.Ordinal))
        {
            line++;
        }

        static string Around(string[] lines, int at) =>
            string.Join("\n", lines[Math.Max(0, at - 2)..Math.Min(lines.Length, at + 3)]);

        return $"First difference on line {line + 1}.\nWritten first:\n{Around(a, line)}\nWritten after reading:\n{Around(b, line)}";
    }

    private static string Describe(IiifResource tree, IiifWriteOptions options)
    {
        try
        {
            string json = IiifJson.Serialize(tree, options);
            return json.Length <= 20_000 ? json : string.Concat(json.AsSpan(0, 20_000), "…");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return $"{tree} (cannot be written: {e.Message})";
        }
    }
}
