using System.Globalization;

namespace Iiif.Presentation.Testing.Scrubbing;

/// <summary>Numbers scrubbed values in order of first appearance, within one snapshot.</summary>
internal sealed class Placeholders
{
    private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);

    public string For(string value)
    {
        if (!_byValue.TryGetValue(value, out string? placeholder))
        {
            placeholder = "{Scrubbed:" + (_byValue.Count + 1).ToString(CultureInfo.InvariantCulture) + "}";
            _byValue.Add(value, placeholder);
        }

        return placeholder;
    }
}
