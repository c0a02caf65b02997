using System.Globalization;

namespace Iiif.Presentation;

/// <summary>
/// Walks every resource of a document, and finds resources by id.
/// </summary>
/// <remarks>
/// <para>
/// The walk is depth-first and visits resources in the order <see cref="IiifJson"/> writes them: the
/// resource, then each property that holds resources in canonical order (<c>provider</c>,
/// <c>thumbnail</c>, <c>homepage</c>, <c>logo</c>, <c>rendering</c>, <c>seeAlso</c>, <c>service</c>,
/// <c>placeholderCanvas</c>, <c>accompanyingCanvas</c>, <c>services</c>, <c>partOf</c>, <c>start</c>,
/// <c>supplementary</c>, <c>prev</c>, <c>next</c>, <c>first</c>, <c>last</c>, <c>items</c>,
/// <c>structures</c>, <c>annotations</c>, <c>body</c>, <c>target</c>, <c>source</c>, as each type has
/// them), each value in order.
/// </para>
/// <para>
/// Every object of the model is visited, references included: a Range's <c>items</c> that point at
/// Canvases, a <c>partOf</c>, a <c>start</c>, an annotation's <c>target</c> given as a URI string. They
/// are resources of the model and sit at their own place in the JSON, so a search by id finds the
/// Canvas and every reference to it. Selectors, image sizes and tiles are not resources, and
/// properties kept in <see cref="IiifResource.ExtensionData"/> are JSON, not resources: neither is
/// visited. <see langword="null"/> entries of a list are skipped, and the indexes of the pointers
/// still count them, as the written JSON does.
/// </para>
/// <para>
/// The model is a tree once read, but code may put one object in two places, which is visited twice,
/// or make a cycle, which cannot be written: a resource that holds one of its own holders is visited,
/// but not walked into again.
/// </para>
/// <para>Only reads the model; concurrent walks of an unchanging document are safe. Changing the
/// document during a walk gives undefined results.</para>
/// </remarks>
public static class ResourceTraversalExtensions
{
    private static readonly string[] s_indexes = MakeIndexes(64);

    /// <summary>Enumerates a resource and every resource it holds, depth-first, in document order.</summary>
    /// <param name="root">The resource to start from; its pointer is the empty string.</param>
    /// <returns>The resources with their JSON Pointers, <paramref name="root"/> first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is <see langword="null"/>.</exception>
    public static IEnumerable<LocatedResource> EnumerateResources(this IiifResource root)
    {
        Guard.NotNull(root);

        return Walk(root);
    }

    /// <summary>Finds every resource with an id, the resource the walk starts from included, in document order.</summary>
    /// <param name="root">The resource to search.</param>
    /// <param name="id">The id, compared ordinally, as ids are kept exactly as read.</param>
    /// <returns>The resources with that id: usually a resource and the references to it; empty when none has it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<LocatedResource> FindById(this IiifResource root, string id)
    {
        Guard.NotNull(root);
        Guard.NotNull(id);

        var found = new List<LocatedResource>();
        foreach (LocatedResource entry in Walk(root))
        {
            if (string.Equals(entry.Resource.Id, id, StringComparison.Ordinal))
            {
                found.Add(entry);
            }
        }

        return found;
    }

    private static IEnumerable<LocatedResource> Walk(IiifResource root)
    {
        var stack = new Stack<LocatedResource>();
        var children = new List<LocatedResource>();
        stack.Push(new LocatedResource(root, string.Empty, null, null));
        while (stack.Count > 0)
        {
            LocatedResource entry = stack.Pop();
            yield return entry;

            if (HoldsItself(entry))
            {
                continue;
            }

            children.Clear();
            AddChildren(entry, children);
            for (int i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    private static bool HoldsItself(LocatedResource entry)
    {
        for (LocatedResource? holder = entry.Parent; holder is not null; holder = holder.Parent)
        {
            if (ReferenceEquals(holder.Resource, entry.Resource))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the resources a resource holds, in the order and with the names the writer uses: both
    /// follow the members of the resource's shape.</summary>
    private static void AddChildren(LocatedResource entry, List<LocatedResource> children)
    {
        IiifResource r = entry.Resource;
        if (r.IsUriString && r.Id is not null && !r.HasMoreThanId())
        {
            return;
        }

        var visitor = new ChildCollector(entry, children);
        Member<IiifResource>[] members = r.Shape.MembersOf(r);
        for (int i = 0; i < members.Length; i++)
        {
            if (members[i].HoldsResources)
            {
                members[i].VisitResources(r, visitor);
            }
        }
    }

    /// <summary>Turns each resource a member gives into a located child, with its pointer.</summary>
    private sealed class ChildCollector(LocatedResource entry, List<LocatedResource> children) : IResourceVisitor
    {
        public void Visit(IiifProperty property, IiifResource child, int index)
        {
            string pointer = entry.JsonPointer + "/" + property.Name;
            if (index >= 0)
            {
                pointer += "/" + (index < s_indexes.Length ? s_indexes[index] : index.ToString(CultureInfo.InvariantCulture));
            }

            children.Add(new LocatedResource(child, pointer, entry, property.Name));
        }
    }

    private static string[] MakeIndexes(int count)
    {
        var indexes = new string[count];
        for (int i = 0; i < count; i++)
        {
            indexes[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return indexes;
    }
}
