using System.Text.Json;

namespace Iiif.Presentation.AspNetCore.Internal;

/// <summary>
/// One pass of <see cref="Utf8JsonReader"/> over a body before the model reads it: it checks that the body
/// is JSON (well formed, UTF-8, within the depth limit), notes the first token, and reads the top-level
/// <c>@context</c> to tell a Presentation 2 document from a 3 one. It allocates nothing but its result.
/// </summary>
/// <remarks>The model's reader would find a syntax error too, but as a document that is not IIIF; this pass
/// keeps "not JSON" (400) apart from "not the right IIIF" (422), and gives where reading stopped.</remarks>
internal readonly record struct JsonScan(JsonTokenType FirstToken, bool IsPresentation2, IiifProblemResult? Problem)
{
    public static JsonScan Run(ReadOnlySpan<byte> utf8, int maxDepth, int bomLength)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        JsonTokenType first = JsonTokenType.None;
        bool presentation2 = false;
        bool inContext = false;
        try
        {
            while (reader.Read())
            {
                if (first == JsonTokenType.None)
                {
                    first = reader.TokenType;
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && first == JsonTokenType.StartObject)
                {
                    inContext = reader.ValueTextEquals("@context"u8);
                    continue;
                }

                if (!inContext)
                {
                    continue;
                }

                if (reader.TokenType == JsonTokenType.String && reader.CurrentDepth <= 2)
                {
                    presentation2 |= reader.ValueTextEquals(IiifContexts.Presentation2) || reader.ValueTextEquals("https://iiif.io/api/presentation/2/context.json"u8);
                }

                // The value of @context ends with a string at depth 1, or with the end of its array or object.
                inContext = reader.CurrentDepth > 1 || reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject;
            }
        }
        catch (JsonException exception)
        {
            long line = exception.LineNumber ?? 0;
            long byteInLine = (exception.BytePositionInLine ?? 0) + (line == 0 ? bomLength : 0);
            return new JsonScan(first, presentation2, new IiifProblemResult(
                StatusCodes.Status400BadRequest,
                IiifProblemTypes.InvalidJson,
                "The request body is not JSON",
                $"Reading the body as JSON stopped at line {line + 1}, byte {byteInLine + 1} of that line (byte {reader.BytesConsumed + bomLength} of the body): {exception.Message}")
            {
                LineNumber = line,
                BytePositionInLine = byteInLine,
            });
        }

        return new JsonScan(first, presentation2, null);
    }
}
