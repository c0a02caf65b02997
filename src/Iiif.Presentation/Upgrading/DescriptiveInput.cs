namespace Iiif.Presentation.Upgrading;

/// <summary>
/// The descriptive and rights properties of one 2.x object, whose 3.0 form depends on each other (a 3.0
/// <c>summary</c> present moves <c>description</c> to <c>metadata</c>, say): gathered during the walk,
/// settled after it by <see cref="DescriptiveTranslator"/>.
/// </summary>
internal struct DescriptiveInput
{
    public DescriptiveInput(InputPath input) => Input = input;

    /// <summary>Gets where the object is in the input.</summary>
    public InputPath Input { get; }

    public JsonElement Description;
    public JsonElement Summary;
    public JsonElement Metadata;
    public JsonElement Attribution;
    public JsonElement RequiredStatement;
    public JsonElement License;
    public JsonElement Rights;
    public JsonElement Related;
    public JsonElement Homepage;
    public JsonElement Logo;
    public JsonElement Provider;

    /// <summary>Keeps a property for later if it is one of these; returns whether it was.</summary>
    public bool TryTake(string key, JsonElement value)
    {
        switch (key)
        {
            case "description": Description = value; return true;
            case "summary": Summary = value; return true;
            case "metadata": Metadata = value; return true;
            case "attribution": Attribution = value; return true;
            case "requiredStatement": RequiredStatement = value; return true;
            case "license": License = value; return true;
            case "rights": Rights = value; return true;
            case "related": Related = value; return true;
            case "homepage": Homepage = value; return true;
            case "logo": Logo = value; return true;
            case "provider": Provider = value; return true;
            default: return false;
        }
    }

    /// <summary>Returns where a property of the object is in the input.</summary>
    public readonly At At(string key) => Upgrading.At.Of(Input, key);

    /// <summary>Returns whether a property was given (its value is defined).</summary>
    public static bool Given(JsonElement value) => value.ValueKind != JsonValueKind.Undefined;
}
