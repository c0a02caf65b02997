namespace Iiif.Presentation.Testing;

/// <summary>Argument checks that read the same on every target framework.</summary>
internal static class Guard
{
    public static void NotNull(object? value, string name)
    {
        if (value is null)
        {
            ThrowNull(name);
        }
    }

    private static void ThrowNull(string name) => throw new ArgumentNullException(name);
}
