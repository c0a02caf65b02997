#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// The compiler fills in the text of an argument for parameters marked with this; .NET Core 3.0+
// ships it, and the compiler recognises this internal copy by name on netstandard2.0.
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute(string parameterName) : Attribute
{
    public string ParameterName { get; } = parameterName;
}
#endif
