using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Serialization;

/// <summary>
/// The canonical writer escapes only what JSON requires (the quotation mark, the reverse solidus and control
/// characters) and refuses a lone surrogate, for text of the model (UTF-16) and for text kept as JSON
/// (UTF-8), whatever mix of scripts, controls and surrogates the text holds.
/// </summary>
public sealed class CanonicalEscapingTests
{
    /// <summary>Characters that matter to an escaper, among plain ones of every UTF-8 length.</summary>
    private static readonly Gen<char> s_char = Gen.OneOf(
        Gen.Char['a', 'z'],
        Gen.Char['\0', '\u001F'],
        Gen.OneOf('"', '\\', '/', '\u007F', '<', '&', '\u2028', '\u2029', '\uFEFF'),
        Gen.Char['\u0080', '\u07FF'],
        Gen.Char['\u0800', '\uD7FF'],
        Gen.Char['\uE000', '\uFFFF'],
        Gen.Char['\uD800', '\uDBFF'],
        Gen.Char['\uDC00', '\uDFFF']);

    /// <summary>Text of up to 100 characters; long runs of plain text too, which vectorised searches skip.</summary>
    private static readonly Gen<string> s_text = Gen.OneOf(
        s_char.Array[0, 100].Select(chars => new string(chars)),
        Gen.Select(Gen.Int[0, 200], s_char, Gen.Int[0, 200], (before, c, after) => new string('x', before) + c + new string('y', after)));

    [Test]
    public void Serialize_AnyText_EscapesOnlyWhatJsonRequires_AndRefusesLoneSurrogates() =>
        FixedSample.Run(
            s_text,
            text =>
            {
                var manifest = new Manifest("https://example.org/manifest") { Label = new LanguageMap { { "none", text } } };
                if (HasLoneSurrogate(text))
                {
                    FluentActions.Invoking(() => IiifJson.Serialize(manifest)).Should().Throw<ArgumentException>().WithMessage("*lone surrogate*");
                    return;
                }

                // The same text kept as JSON (an extension property) goes through the UTF-8 path of the writer.
                var buffer = new System.IO.MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    writer.WriteStringValue(text);
                }

                using (JsonDocument kept = JsonDocument.Parse(buffer.ToArray()))
                {
                    manifest.ExtensionData["kept"] = kept.RootElement.Clone();
                }

                string json = IiifJson.Serialize(manifest, new IiifWriteOptions { Indented = false });
                using JsonDocument written = JsonDocument.Parse(json);
                written.RootElement.GetProperty("label").GetProperty("none")[0].GetString().Should().Be(text);
                written.RootElement.GetProperty("kept").GetString().Should().Be(text);
                foreach (string raw in new[] { RawValue(json, "\"none\":["), RawValue(json, "\"kept\":") })
                {
                    OnlyRequiredEscapes(raw).Should().BeTrue($"\"{raw}\" should escape only quotation marks, reverse solidi and control characters");
                }
            },
            fixedSeed: "1Esc4p1ngX0Z",
            cases: 3000);

    /// <summary>Returns the raw JSON string that follows a marker, without its quotes.</summary>
    private static string RawValue(string json, string marker)
    {
        int start = json.IndexOf(marker, StringComparison.Ordinal) + marker.Length + 1;
        int end = start;
        while (json[end] != '"')
        {
            end += json[end] == '\\' ? 2 : 1;
        }

        return json.Substring(start, end - start);
    }

    private static bool OnlyRequiredEscapes(string raw)
    {
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] < 0x20)
            {
                return false; // not even valid JSON
            }

            if (raw[i] != '\\')
            {
                continue;
            }

            char next = raw[++i];
            if (next == 'u')
            {
                if (Convert.ToInt32(raw.Substring(i + 1, 4), 16) >= 0x20)
                {
                    return false;
                }

                i += 4;
            }
            else if (!"\"\\bfnrt".Contains(next))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
