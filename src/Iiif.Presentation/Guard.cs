using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Iiif.Presentation;

/// <summary>Argument checks that read the same on every target framework.</summary>
internal static class Guard
{
    public static void NotNull([NotNull] object? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            ThrowNull(name);
        }
    }

    /// <summary>Returns the value, throwing when it is null: for arguments used in an expression.</summary>
    public static T Checked<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(name);
        }

        return value;
    }

    [DoesNotReturn]
    private static void ThrowNull(string? name) => throw new ArgumentNullException(name);
}
