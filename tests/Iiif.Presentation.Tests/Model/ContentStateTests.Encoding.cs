using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Model;

public sealed partial class ContentStateTests
{
    // Inputs for the comparison with the spec's JavaScript: every printable ASCII character, white space,
    // two- three- and four-byte UTF-8 (accents, Japanese, emoji), and a content state with them in it.
    private static readonly string[] s_interopInputs =
    [
        "{}",
        "a b",
        "-_.!~*'()",
        string.Concat(Enumerable.Range(0x20, 0x5F).Select(c => (char)c)),
        "line\nbreak\ttab\r\n",
        "Ῥόδος",
        "日本語のテキスト",
        "emoji 😀👍🏽 and 🇯🇵",
        "https://example.org/iiif/manifest?a=1&b=2#xywh=0,0,10,10",
        """{"@context":"http://iiif.io/api/presentation/3/context.json","type":"Annotation","motivation":["contentState"],"label":{"ja":["源氏物語 絵巻"],"en":["Tale of Genji 📜"]},"target":{"id":"https://example.org/canvas/1#xywh=0,0,10,10","type":"Canvas","partOf":[{"id":"https://example.org/manifest","type":"Manifest"}]}}""",
    ];

    [TestCase("{}", "JTdCJTdE")]
    [TestCase("a b", "YSUyMGI")]
    [TestCase("-_.!~*'()", "LV8uIX4qJygp")]
    [TestCase("日本", "JUU2JTk3JUE1JUU2JTlDJUFD")]
    [TestCase("😀", "JUYwJTlGJTk4JTgw")]
    public void Encode_KnownValue_GivesTheSpecsEncoding(string plain, string encoded)
    {
        ContentState.Encode(plain).Should().Be(encoded);
        ContentState.Decode(encoded).Should().Be(plain);
    }

    [Test]
    public void Encode_EveryByteButTheUnreservedOnes_IsPercentEncodedInUpperCase()
    {
        string all = string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c)) + "é";

        string uriEncoded = Encoding.ASCII.GetString(Convert.FromBase64String(Padded(ContentState.Encode(all).Replace('-', '+').Replace('_', '/'))));

        uriEncoded.Should().Be(ExpectedUriComponent(all));
        uriEncoded.Should().Contain("%C3%A9").And.Contain("%7B").And.Contain("!%22").And.Contain("'()*").And.Contain("~%7F");
    }

    [Test]
    public void Encode_NeverPads()
    {
        // Lengths 1, 2 and 3 modulo 3 cover the three paddings base64 has.
        foreach (string plain in new[] { "a", "ab", "abc", "abcd", "abcde" })
        {
            ContentState.Encode(plain).Should().NotContain("=").And.MatchRegex("^[A-Za-z0-9_-]+$");
        }
    }

    [Test]
    public void Encode_LoneSurrogate_ThrowsArgumentExceptionThatSaysSo()
    {
        Action encode = () => ContentState.Encode("a\uD800b");

        encode.Should().Throw<ArgumentException>().WithMessage("*lone surrogate*U+D800*index 1*");
    }

    [Test]
    public void Decode_PaddedInput_IsAccepted()
    {
        string encoded = ContentState.Encode("ab");
        encoded.Length.Should().NotBe(encoded.Length / 4 * 4, because: "the case needs an encoding that base64 would pad");

        ContentState.Decode(Padded(encoded)).Should().Be("ab");
    }

    [TestCase("", "empty")]
    [TestCase("===", "empty")]
    [TestCase("JTdCJTdE=", "'=' that do not pad")]
    [TestCase("YSUyMGI===", "'=' that do not pad")]
    [TestCase("JTd=CJTdE", "'=' at index 3")]
    [TestCase("JTdC+TdE", "standard base64 alphabet")]
    [TestCase("JTdC/TdE", "standard base64 alphabet")]
    [TestCase("JTdC JTdE", "' ' at index 4")]
    [TestCase("JTdCJ", "4n + 1")]
    [TestCase("JTdCJTd", "'%' at index 3 is not followed by two hexadecimal digits")]
    [TestCase("w6k", "not ASCII (0xC3 at index 0)")]
    [TestCase("JUMzJTI4", "not UTF-8")]
    public void Decode_NotAnEncodedContentState_ThrowsFormatExceptionThatSaysWhy(string encoded, string reason)
    {
        Action decode = () => ContentState.Decode(encoded);

        decode.Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Test]
    public void EncodeDecode_AgreeWithTheSpecsJavaScriptInNode()
    {
        string node = FindNode();
        string[] inputs = [.. s_interopInputs, .. CorpusInputs()];

        string[] nodeEncoded = RunNode(
            node,
            """
            const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const encode = s => btoa(encodeURIComponent(s)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
            process.stdout.write(JSON.stringify(inputs.map(encode)));
            """,
            inputs);
        string[] nodeDecoded = RunNode(
            node,
            """
            const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const restorePadding = s => s + '='.repeat((4 - s.length % 4) % 4);
            const decode = s => decodeURIComponent(atob(restorePadding(s).replace(/-/g, '+').replace(/_/g, '/')));
            process.stdout.write(JSON.stringify(inputs.map(decode)));
            """,
            inputs.Select(ContentState.Encode).ToArray());

        for (int i = 0; i < inputs.Length; i++)
        {
            string because = $"input {i}: {inputs[i][..Math.Min(40, inputs[i].Length)]}";
            ContentState.Encode(inputs[i]).Should().Be(nodeEncoded[i], because: because);
            ContentState.Decode(nodeEncoded[i]).Should().Be(inputs[i], because: because);
            nodeDecoded[i].Should().Be(inputs[i], because: because);
        }
    }

    /// <summary>Any non-empty Unicode text (lone surrogates left out: they are no text) encodes to base64url and
    /// decodes back. An empty content state is refused when decoded: an empty link parameter is a mistake.</summary>
    [Test]
    public void EncodeDecode_AnyText_RoundTrips() =>
        FixedSample.Run(
            Gen.String.Where(s => s.Length > 0 && IsWellFormed(s)),
            text =>
            {
                string encoded = ContentState.Encode(text);
                encoded.Should().MatchRegex("^[A-Za-z0-9_-]*$");
                ContentState.Decode(encoded).Should().Be(text);
            },
            "5mNq2Lr8TkWe",
            cases: 500);

    /// <summary>Any input, most of it near base64url, is decoded or refused with a <see cref="FormatException"/>,
    /// and <see cref="ContentState.TryParse"/> answers without throwing.</summary>
    [Test]
    public void DecodeAndTryParse_AnyInput_FailOnlyAsDocumented()
    {
        Gen<string> input = Gen.OneOf(Gen.String, Gen.String["ABCDEFabcdef0123456789-_=+/%JTdC "]);
        FixedSample.Run(
            input,
            text =>
            {
                try
                {
                    ContentState.Decode(text);
                }
                catch (FormatException)
                {
                    // The documented refusal.
                }

                bool parsed = ContentState.TryParse(text, out ContentState? state);
                (state is not null).Should().Be(parsed);
            },
            "3pKw9Hs1QaZc",
            cases: 1000);
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] CorpusInputs() =>
        CorpusFiles.Root is null ? [] : s_corpusContentStates.Select(f => File.ReadAllText(CorpusFiles.Path(f))).ToArray();

    /// <summary>Finds node on the PATH; when it is missing, a run with the corpus configured (CI) fails, and any
    /// other run is inconclusive.</summary>
    private static string FindNode()
    {
        string? found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            const string Message = "node was not found on the PATH, so the spec's JavaScript cannot be run.";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(CorpusFiles.EnvironmentVariable)))
            {
                Assert.Fail(Message + $" {CorpusFiles.EnvironmentVariable} is set, so this run must compare with it.");
            }

            Assume.That(found, Is.Not.Null, Message);
        }

        return found!;
    }

    private static string[] RunNode(string node, string script, string[] inputs)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(script);
        using Process process = Process.Start(start)!;
        process.StandardInput.Write(ToJsonArray(inputs));
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit(30_000).Should().BeTrue("node ends");
        process.ExitCode.Should().Be(0, because: error);
        using JsonDocument parsed = JsonDocument.Parse(output);
        string[] results = parsed.RootElement.EnumerateArray().Select(e => e.GetString()!).ToArray();
        results.Should().HaveCount(inputs.Length);
        return results;
    }

    private static string ToJsonArray(string[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Padded(string base64) => base64 + new string('=', (4 - (base64.Length % 4)) % 4);

    /// <summary>encodeURIComponent as its definition states it: UTF-8 bytes, all but the unreserved marks as %XX.</summary>
    private static string ExpectedUriComponent(string text)
    {
        var builder = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            builder.Append(char.IsAsciiLetterOrDigit(c) || "-_.!~*'()".Contains(c, StringComparison.Ordinal) ? c.ToString() : $"%{b:X2}");
        }

        return builder.ToString();
    }
}
