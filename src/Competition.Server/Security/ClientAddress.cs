using System.Net;
using System.Net.Sockets;

namespace Competition.Server.Security;

/// <summary>
/// The client address limits are counted per (after forwarded headers from trusted proxies). One IPv6
/// host usually holds a whole /64, so an IPv6 client counts as its /64: otherwise a single machine
/// could give itself a fresh address for every guess.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
