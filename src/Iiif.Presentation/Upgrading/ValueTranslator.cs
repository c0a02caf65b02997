using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Scalar values and vocabularies: sizes, <c>format</c>, <c>navDate</c>, <c>viewingDirection</c> and
/// <c>viewingHint</c> to <c>behavior</c> (<see href="https://iiif.io/api/presentation/3.0/#3-resource-properties"/>;
/// docs/upgrading.md, "Scalars"). Each returns <see langword="null"/> for a value that is left out, into a note.
/// </summary>
internal sealed class ValueTranslator
{
    private static readonly Regex s_mediaType = new("^[A-Za-z][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9!#$&^_.+-]+\\s*(;.*)?$", RegexOptions.CultureInvariant);

    private static readonly Regex s_dateTime = new(
        "^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_colonBeforeTime = new("^([0-9]{4}-[0-9]{2}-[0-9]{2}):T", RegexOptions.CultureInvariant);

    private readonly UpgradeContext _context;

    // The last format read that needed no change. Documents repeat one format on every image, and the
    // string is shared (V2Json.Text), so the same instance again needs no second check.
    private string? _lastFormat;

    public ValueTranslator(UpgradeContext context) => _context = context;

    /// <summary>A height or width: a non-negative integer; numeric strings and fractions are coerced.</summary>
    public int? Dimension(JsonElement value, At at, OutputPlace place)
    {
        double number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int exact) && exact >= 0)
        {
            return exact;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (!value.TryGetDouble(out number))
            {
                number = double.NaN;
            }
        }
        else if (value.ValueKind != JsonValueKind.String ||
                 !double.TryParse(V2Json.Text(value)!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A size must be a number, not {V2Json.Describe(value)}.", value);
            return null;
        }

        if (number < 0 || number > int.MaxValue || double.IsNaN(number))
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"The size {value.GetRawText()} is out of range.", value);
            return null;
        }

        int result = (int)Math.Round(number, MidpointRounding.AwayFromZero);
        _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place,
            $"The size {value.GetRawText()} became the integer {result.ToString(CultureInfo.InvariantCulture)}.", value);
        return result;
    }

    /// <summary>Returns whether a duration is a number to carry over as it is: a positive one.</summary>
    public static bool IsDuration(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && (!value.TryGetDouble(out double number) || number > 0);

    /// <summary>A duration that is not a positive number (<see cref="IsDuration"/>): a numeric string is
    /// coerced, anything else left out.</summary>
    public double? Duration(JsonElement value, At at, OutputPlace place)
    {
        if (value.ValueKind == JsonValueKind.String &&
            double.TryParse(V2Json.Text(value)!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && number > 0)
        {
            _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place, $"The duration {value.GetRawText()} became a number.", value);
            return number;
        }

        _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"A duration must be a positive number, not {V2Json.Describe(value)}.", value);
        return null;
    }

    /// <summary>A media type, lower-cased in its type part as the schema wants; anything else is left out.</summary>
    public string? Format(JsonElement value, At at, OutputPlace place)
    {
        string? written = value.ValueKind == JsonValueKind.String ? V2Json.Text(value) : null;
        if (written is not null && ReferenceEquals(written, _lastFormat))
        {
            return written; // the same shared string as the last format, which needed no change
        }

        string? text = written?.Trim();
        if (text is null || !s_mediaType.IsMatch(text))
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"The format {V2Json.Describe(value)} is not a media type.", value);
            return null;
        }

        int slash = text.IndexOf('/');
        string normalized = HasUpper(text, slash) ? text.Substring(0, slash).ToLowerInvariant() + text.Substring(slash) : text;
        if (!string.Equals(normalized, written, StringComparison.Ordinal))
        {
            _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place, $"The format \"{written}\" became \"{normalized}\".", value);
        }
        else
        {
            _lastFormat = written;
        }

        return normalized;
    }

    private static bool HasUpper(string text, int end)
    {
        for (int i = 0; i < end; i++)
        {
            if (char.ToLowerInvariant(text[i]) != text[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A <c>navDate</c>: an <c>xsd:dateTime</c>; a colon before the time is repaired, anything else
    /// kept with a note.</summary>
    public string? NavDate(JsonElement value, At at, OutputPlace place)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"navDate must be a date-time string, not {V2Json.Kind(value.ValueKind)}.", value);
            return null;
        }

        string date = V2Json.Text(value)!;
        string repaired = s_colonBeforeTime.Replace(date.Trim(), "$1T");
        if (!string.Equals(repaired, date, StringComparison.Ordinal) && s_dateTime.IsMatch(repaired))
        {
            _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place, $"navDate \"{date}\" became \"{repaired}\".", value);
            return repaired;
        }

        if (!s_dateTime.IsMatch(date))
        {
            _context.Note(UpgradeNoteCodes.ValueInvalid, at.Path, place, $"navDate \"{date}\" is not an xsd:dateTime; it was kept as read.");
        }

        return date;
    }

    /// <summary>A <c>viewingDirection</c>: one of the four, lower-cased, without an <c>sc:</c> prefix.</summary>
    public string? ViewingDirection(JsonElement value, At at, OutputPlace place)
    {
        string? text = value.ValueKind == JsonValueKind.String ? V2Json.Text(value)!.Trim() : null;
        if (text is not null && text.StartsWith("sc:", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(3);
        }

        if (text is null || !Presentation.ViewingDirection.KnownValues.Contains(text.ToLowerInvariant()))
        {
            _context.Note(UpgradeNoteCodes.ValueDropped, at.Path, $"{V2Json.Describe(value)} is not a viewing direction.", value);
            return null;
        }

        text = text.ToLowerInvariant();
        if (!string.Equals(text, V2Json.Text(value), StringComparison.Ordinal))
        {
            _context.Note(UpgradeNoteCodes.ValueCoerced, at.Path, place, $"The viewing direction \"{V2Json.Text(value)}\" became \"{text}\".", value);
        }

        return text;
    }

    /// <summary>Adds a resource's <c>viewingHint</c> (or <c>behavior</c>) to its behaviors.</summary>
    public void Behaviors(in Frame frame, JsonElement value, At at) =>
        Behaviors(frame.Resource.Behavior, frame.Role, frame.Type, value, at);

    /// <summary>
    /// Adds viewing hints to a list of behaviors, once each; <c>top</c>, unknown values and those 3.0 does not
    /// allow on the resource are left out (<see href="https://iiif.io/api/presentation/3.0/#behavior"/>).
    /// </summary>
    public void Behaviors(IList<Behavior> into, ResourceKind role, string type, JsonElement value, At at)
    {
        foreach ((JsonElement item, At itemAt) in V2Json.ItemsOf(value, at))
        {
            string? hint = item.ValueKind == JsonValueKind.String ? IiifTypes.LocalName(V2Json.Text(item)!).Trim().ToLowerInvariant() : null;
            if (hint is not null && BehaviorRules.IsKnown(hint) && BehaviorRules.IsAllowed(hint, KindOf(role, type)))
            {
                var behavior = new Behavior(hint);
                if (!into.Contains(behavior))
                {
                    into.Add(behavior);
                }

                continue;
            }

            string why = hint == "top" ? "\"top\" has no 3.0 behavior: a Range in structures is already at the top"
                : hint is not null && BehaviorRules.IsKnown(hint) ? $"\"{hint}\" is not a behavior of a {RoleName(role)}"
                : $"{V2Json.Describe(item)} is not a 3.0 behavior";
            _context.Note(UpgradeNoteCodes.BehaviorDropped, itemAt.Path, why + "; it was left out.", item);
        }
    }

    /// <summary>The kind of resource a role and type make, for the behavior rules the builder also uses.</summary>
    private static ResourceKind KindOf(ResourceKind role, string type) => role != ResourceKind.Content ? role : type switch
    {
        "SpecificResource" => ResourceKind.SpecificResource,
        "Choice" => ResourceKind.Choice,
        "TextualBody" => ResourceKind.TextualBody,
        _ => ResourceKind.Content,
    };

    /// <summary>The role's name as the notes give it.</summary>
    private static string RoleName(ResourceKind role) => role switch
    {
        ResourceKind.AnnotationPage => "Page",
        ResourceKind.AnnotationCollection => "Layer",
        _ => role.ToString(),
    };
}
