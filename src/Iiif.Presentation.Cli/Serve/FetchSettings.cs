namespace Iiif.Presentation.Cli.Serve;

/// <summary>What <c>iiif serve</c> may fetch, and how much and for how long.</summary>
/// <param name="AllowPrivateAddresses">Whether loopback, private, link-local, unique-local and multicast addresses may be fetched from.</param>
/// <param name="MaxBytes">The largest document fetched or received, in bytes.</param>
/// <param name="Timeout">How long a fetch may take, redirects included.</param>
/// <param name="MaxRedirects">The most redirects followed.</param>
/// <param name="Classify">
/// Says what kind of non-public address an address is, or <see langword="null"/> for a public one;
/// <see cref="AddressPolicy.NonPublicKind"/> unless a test stands a loopback address in for a public one.
/// </param>
internal sealed record FetchSettings(bool AllowPrivateAddresses, long MaxBytes, TimeSpan Timeout, int MaxRedirects = 5, Func<System.Net.IPAddress, string?>? Classify = null);
