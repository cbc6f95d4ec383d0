using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace LivePoll.Web.Features.Venue;

/// <summary>
/// The laptop's address on the venue network, for the QR code when the staff page was opened as "localhost" and no
/// public address is configured: phones cannot reach "localhost", they can reach 192.168.x.y.
/// </summary>
public static class LanAddress
{
    /// <summary>The best IPv4 address of this machine's working network interfaces, or null (no network).</summary>
    public static IPAddress? Find()
    {
        try
        {
            var candidates = NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address));
            return Choose(candidates);
        }
        catch (NetworkInformationException)
        {
            return null;
        }
    }

    /// <summary>Private IPv4 addresses first (what a venue router or a pocket router hands out), then other IPv4 ones.</summary>
    public static IPAddress? Choose(IEnumerable<IPAddress> candidates) => candidates
        .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a) && !IsLinkLocal(a))
        .OrderBy(a => IsPrivate(a) ? 0 : 1)
        .FirstOrDefault();

    public static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool IsPrivate(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168);
    }

    private static bool IsLinkLocal(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 169 && b[1] == 254;
    }
}
