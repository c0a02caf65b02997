using System.Net;
using Iiif.Presentation.Cli.Serve;

namespace Iiif.Presentation.Tests.Cli.Serve;

[TestFixture]
public sealed class AddressPolicyTests
{
    [TestCase("127.0.0.1", "loopback")]
    [TestCase("127.255.0.9", "loopback")]
    [TestCase("0.0.0.0", "unspecified")]
    [TestCase("10.1.2.3", "private")]
    [TestCase("172.16.0.1", "private")]
    [TestCase("172.31.255.255", "private")]
    [TestCase("192.168.1.1", "private")]
    [TestCase("100.64.0.1", "carrier-grade NAT")]
    [TestCase("169.254.169.254", "link-local")]
    [TestCase("224.0.0.1", "multicast")]
    [TestCase("255.255.255.255", "broadcast")]
    [TestCase("::1", "loopback")]
    [TestCase("::", "unspecified")]
    [TestCase("fe80::1", "link-local")]
    [TestCase("fc00::1", "unique-local")]
    [TestCase("fd12:3456::1", "unique-local")]
    [TestCase("ff02::1", "multicast")]
    [TestCase("::ffff:10.0.0.1", "private")]
    [TestCase("::ffff:127.0.0.1", "loopback")]
    [TestCase("64:ff9b::7f00:1", "loopback")]
    public void NonPublicKind_NonPublicAddress_SaysWhichKind(string address, string kind) =>
        AddressPolicy.NonPublicKind(IPAddress.Parse(address)).Should().Contain(kind);

    [TestCase("93.184.215.14")]
    [TestCase("8.8.8.8")]
    [TestCase("172.32.0.1")]
    [TestCase("100.128.0.1")]
    [TestCase("2606:4700::1111")]
    [TestCase("::ffff:8.8.8.8")]
    public void NonPublicKind_PublicAddress_IsNull(string address) =>
        AddressPolicy.NonPublicKind(IPAddress.Parse(address)).Should().BeNull();
}
