using System.Net;
using System.Net.Sockets;

namespace Monitor.Crawling.Fetching;

/// <summary>
/// Addresses a public government portal never has: loopback, private (RFC 1918, IPv6 unique local), link-local (which
/// includes cloud metadata at 169.254.169.254), carrier-grade NAT (100.64/10), unspecified and multicast. A registered
/// name that resolves to one of them is a rebinding attack or a misconfiguration, and is not connected to.
/// </summary>
public static class InternalAddresses
{
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127)
            || b[0] == 0
            || b[0] >= 224;
    }
}
