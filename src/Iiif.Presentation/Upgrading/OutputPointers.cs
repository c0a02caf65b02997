namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Works out the output pointers of an upgrade's notes from the finished model: one walk of the resources
/// (<see cref="ResourceTraversalExtensions.EnumerateResources"/>), made when a pointer is first asked for.
/// </summary>
/// <remarks>Thread-safe: the walk is made once, under a lock.</remarks>
internal sealed class OutputPointers
{
    private readonly object _gate = new();
    private Dictionary<IiifResource, string>? _pointers;

    /// <summary>Gets or sets the top of the output, once it is made.</summary>
    public IiifResource? Root { get; set; }

    /// <summary>Returns the JSON Pointer of a place, or <see langword="null"/> when it has none (or its
    /// resource is no longer in the output).</summary>
    public string? PointerOf(OutputPlace place)
    {
        if (!place.HasPlace)
        {
            return null;
        }

        if (place.Owner is null || ReferenceEquals(place.Owner, Root))
        {
            return place.Path;
        }

        return Pointers().TryGetValue(place.Owner, out string? pointer) ? pointer + place.Path : null;
    }

    private Dictionary<IiifResource, string> Pointers()
    {
        lock (_gate)
        {
            if (_pointers is null)
            {
                // Resources keep reference equality: the model overrides no Equals. The first place of a
                // resource the model holds twice is its place.
                var pointers = new Dictionary<IiifResource, string>();
                if (Root is not null)
                {
                    foreach (LocatedResource entry in Root.EnumerateResources())
                    {
                        if (!pointers.ContainsKey(entry.Resource))
                        {
                            pointers[entry.Resource] = entry.JsonPointer;
                        }
                    }
                }

                _pointers = pointers;
            }

            return _pointers;
        }
    }
}
