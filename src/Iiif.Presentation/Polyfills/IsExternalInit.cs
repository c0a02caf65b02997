#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets init-only setters compile on netstandard2.0; .NET 5+ ships this type.
internal static class IsExternalInit
{
}
#endif
