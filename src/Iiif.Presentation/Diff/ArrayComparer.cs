using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Diff;

/// <summary>
/// Compares two arrays for <see cref="JsonComparer"/>: in order, lining up the items both hold (a longest
/// common subsequence) so that one item added or removed is reported as just that; or as multisets.
/// </summary>
internal static class ArrayComparer
{
    /// <summary>The largest middle part (expected items × actual items) lined up item by item; a larger one is
    /// compared position by position.</summary>
    private const int MaxAlignmentCells = 40_000;

    public static void Walk(JsonComparer comparer, JsonElement expected, JsonElement actual, string pointer, bool unordered)
    {
        var e = new List<JsonElement>(expected.EnumerateArray());
        var a = new List<JsonElement>(actual.EnumerateArray());
        if (unordered)
        {
            Match(comparer, e, a, pointer, 0, e.Count, 0, a.Count, out List<int> removed, out List<int> added);
            ReportGap(comparer, e, a, pointer, removed, added, pair: false);
            return;
        }

        if (comparer.IsProbing)
        {
            ReportGap(comparer, e, a, pointer, Range(0, e.Count), Range(0, a.Count), pair: true);
            return;
        }

        int start = 0;
        while (start < e.Count && start < a.Count && comparer.SameChild(e[start], a[start], Item(pointer, start)))
        {
            start++;
        }

        int end = 0;
        while (end < e.Count - start && end < a.Count - start &&
               comparer.SameChild(e[e.Count - 1 - end], a[a.Count - 1 - end], Item(pointer, e.Count - 1 - end)))
        {
            end++;
        }

        if (start == e.Count && start == a.Count)
        {
            return;
        }

        if (e.Count == a.Count)
        {
            Match(comparer, e, a, pointer, start, e.Count - end, start, a.Count - end, out List<int> removed, out _);
            if (removed.Count == 0)
            {
                comparer.Report(IiifDifferenceKind.Reordered, pointer, expected, actual);
                return;
            }
        }

        Align(comparer, e, a, pointer, start, e.Count - end, start, a.Count - end);
    }

    /// <summary>Lines up the items of two middle parts, and reports the items between those lined up.</summary>
    private static void Align(JsonComparer comparer, List<JsonElement> e, List<JsonElement> a, string pointer, int eStart, int eEnd, int aStart, int aEnd)
    {
        int p = eEnd - eStart, q = aEnd - aStart;
        if ((long)p * q > MaxAlignmentCells)
        {
            ReportGap(comparer, e, a, pointer, Range(eStart, eEnd), Range(aStart, aEnd), pair: true);
            return;
        }

        var eHash = new int[p];
        for (int x = 0; x < p; x++)
        {
            eHash[x] = comparer.Hash(e[eStart + x]);
        }

        var aHash = new int[q];
        for (int y = 0; y < q; y++)
        {
            aHash[y] = comparer.Hash(a[aStart + y]);
        }

        var same = new bool[p, q];
        var common = new int[p + 1, q + 1];
        for (int x = p - 1; x >= 0; x--)
        {
            for (int y = q - 1; y >= 0; y--)
            {
                same[x, y] = eHash[x] == aHash[y] &&
                    comparer.SameChild(e[eStart + x], a[aStart + y], Item(pointer, eStart + x));
                common[x, y] = same[x, y] ? common[x + 1, y + 1] + 1 : Math.Max(common[x + 1, y], common[x, y + 1]);
            }
        }

        var removed = new List<int>();
        var added = new List<int>();
        int i = 0, j = 0;
        while (i < p || j < q)
        {
            if (i < p && j < q && same[i, j])
            {
                ReportGap(comparer, e, a, pointer, removed, added, pair: true);
                removed.Clear();
                added.Clear();
                i++;
                j++;
            }
            else if (j == q || (i < p && common[i + 1, j] >= common[i, j + 1]))
            {
                removed.Add(eStart + i++);
            }
            else
            {
                added.Add(aStart + j++);
            }
        }

        ReportGap(comparer, e, a, pointer, removed, added, pair: true);
    }

    /// <summary>Finds, for each expected item, an equal actual item not yet taken; returns those left over.</summary>
    private static void Match(
        JsonComparer comparer, List<JsonElement> e, List<JsonElement> a, string pointer,
        int eStart, int eEnd, int aStart, int aEnd, out List<int> removed, out List<int> added)
    {
        var byHash = new Dictionary<int, List<int>>();
        for (int y = aStart; y < aEnd; y++)
        {
            int hash = comparer.Hash(a[y]);
            if (!byHash.TryGetValue(hash, out List<int>? bucket))
            {
                byHash[hash] = bucket = [];
            }

            bucket.Add(y);
        }

        removed = [];
        for (int x = eStart; x < eEnd; x++)
        {
            int found = -1;
            if (byHash.TryGetValue(comparer.Hash(e[x]), out List<int>? bucket))
            {
                found = bucket.FindIndex(y => comparer.SameChild(e[x], a[y], Item(pointer, x)));
            }

            if (found < 0)
            {
                removed.Add(x);
            }
            else
            {
                bucket!.RemoveAt(found);
            }
        }

        added = [];
        foreach (List<int> bucket in byHash.Values)
        {
            added.AddRange(bucket);
        }

        added.Sort();
    }

    /// <summary>Reports the items between two lined-up ones: with <paramref name="pair"/>, the n-th removed and
    /// the n-th added as one changed item, compared within; the rest as removed or added.</summary>
    private static void ReportGap(JsonComparer comparer, List<JsonElement> e, List<JsonElement> a, string pointer, List<int> removed, List<int> added, bool pair)
    {
        int paired = pair ? Math.Min(removed.Count, added.Count) : 0;
        for (int k = 0; k < paired; k++)
        {
            comparer.WalkChild(e[removed[k]], a[added[k]], Item(pointer, removed[k]));
        }

        for (int k = paired; k < removed.Count; k++)
        {
            comparer.ReportChild(IiifDifferenceKind.Removed, Item(pointer, removed[k]), e[removed[k]], null);
        }

        for (int k = paired; k < added.Count; k++)
        {
            comparer.ReportChild(IiifDifferenceKind.Added, Item(pointer, added[k]), null, a[added[k]]);
        }
    }

    private static List<int> Range(int start, int end)
    {
        var range = new List<int>(Math.Max(end - start, 0));
        for (int i = start; i < end; i++)
        {
            range.Add(i);
        }

        return range;
    }

    private static string Item(string pointer, int index) => JsonPointer.Append(pointer, index);
}
