using System.Globalization;
using System.Text;
using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Validation.Semantic;

/// <summary>The JSON Pointer of the value being checked, kept as segments and only turned into text
/// when a finding needs it.</summary>
internal sealed class PathStack
{
    private static readonly string[] s_indexes = CreateIndexes(512);
    private readonly List<string> _segments = new(32);

    public int Depth => _segments.Count;

    public string Pointer => Build(_segments.Count);

    /// <summary>Gets the pointer of the parent of the current value.</summary>
    public string ParentPointer => Build(_segments.Count - 1);

    public void Push(string name) => _segments.Add(JsonPointer.Escape(name));

    public void Push(int index) =>
        _segments.Add(index < s_indexes.Length ? s_indexes[index] : index.ToString(CultureInfo.InvariantCulture));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>Returns the pointer of a property of the current object.</summary>
    public string PointerTo(string property) => Pointer + "/" + JsonPointer.Escape(property);

    private string Build(int count)
    {
        if (count <= 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append('/').Append(_segments[i]);
        }

        return builder.ToString();
    }

    private static string[] CreateIndexes(int count)
    {
        var indexes = new string[count];
        for (int i = 0; i < count; i++)
        {
            indexes[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return indexes;
    }
}
