using System.Net;
using System.Net.Sockets;

namespace Iiif.Presentation.Cli.Serve;

/// <summary>
/// Says which addresses <c>iiif serve</c> may fetch from without <c>--allow-private-addresses</c>: public
/// unicast ones only, so that a page cannot make the service reach into the machine or its network.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Returns what kind of non-public address <paramref name="address"/> is, or <see langword="null"/> when it is public.</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return NonPublicKind(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            byte[] b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => "unspecified (0.0.0.0/8)",
                127 => "loopback",
                10 => "private (10.0.0.0/8)",
                100 when (b[1] & 0xC0) == 64 => "shared carrier-grade NAT (100.64.0.0/10)",
                169 when b[1] == 254 => "link-local (169.254.0.0/16)",
                172 when (b[1] & 0xF0) == 16 => "private (172.16.0.0/12)",
                192 when b[1] == 168 => "private (192.168.0.0/16)",
                192 when b[1] == 0 && b[2] == 0 => "IETF protocol assignment (192.0.0.0/24)",
                198 when (b[1] & 0xFE) == 18 => "benchmarking (198.18.0.0/15)",
                >= 224 and <= 239 => "multicast",
                >= 240 => "reserved or broadcast",
                _ => null,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Loopback))
            {
                return "loopback";
            }

            if (address.Equals(IPAddress.IPv6Any))
            {
                return "unspecified";
            }

            byte[] b = address.GetAddressBytes();
            if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b.Skip(4).Take(8).All(x => x == 0))
            {
                // ::a.b.c.d, the deprecated IPv4-compatible form: judged by its IPv4 address.
                return NonPublicKind(new IPAddress(b.AsSpan(12, 4)));
            }

            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
            {
                // 64:ff9b::/96, NAT64: the IPv4 address it stands for decides.
                return NonPublicKind(new IPAddress(b.AsSpan(12, 4)));
            }

            return address.IsIPv6LinkLocal ? "link-local (fe80::/10)"
                : address.IsIPv6SiteLocal ? "site-local (fec0::/10)"
                : address.IsIPv6UniqueLocal ? "unique-local (fc00::/7)"
                : address.IsIPv6Multicast ? "multicast"
                : null;
        }

        return "not an internet address";
    }
}
