namespace Iiif.Presentation.Serialization;

/// <summary>Names JSON kinds in messages ("a string", "an object"); shared by the reader, the upgrader and the validator.</summary>
internal static class JsonKinds
{
    /// <summary>The kind with its article, as a message says it.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
