using LivePoll.Web.Features.Venue;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using LivePoll.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using QRCoder;

namespace LivePoll.Web.Features.Presentation;

/// <summary>The public join URL of an event (what the QR code encodes) and its QR code as SVG.</summary>
public sealed class JoinLinks(IOptions<LivePollOptions> options, NavigationManager navigation, IServer? server = null)
{
    /// <summary>
    /// <c>LivePoll:PublicBaseUrl</c>; else the address the staff page was opened with — with the laptop's LAN address in
    /// place of "localhost", so that phones in the room can reach it.
    /// </summary>
    public string BaseUrl => (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? ReachableFromPhones(navigation.BaseUri) : options.Value.PublicBaseUrl).TrimEnd('/');

    /// <summary>True when the QR code uses the detected LAN address instead of the one the page was opened with.</summary>
    public bool UsesLanAddress => string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) && ReachableFromPhones(navigation.BaseUri) != navigation.BaseUri;

    /// <summary>False when the app listens on this computer only (started without <c>--urls http://0.0.0.0:5000</c>): phones cannot reach it.</summary>
    public bool ListensOnNetwork => ServerAddresses().Any(address => !LanAddress.IsLoopbackHost(new Uri(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal)).Host));

    private IEnumerable<string> ServerAddresses() =>
        server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? (IEnumerable<string>)[];

    private string ReachableFromPhones(string baseUri)
    {
        var uri = new Uri(baseUri);
        return LanAddress.IsLoopbackHost(uri.Host) && ListensOnNetwork && LanAddress.Find() is { } lan
            ? new UriBuilder(uri) { Host = lan.ToString() }.Uri.ToString()
            : baseUri;
    }

    public string JoinUrl(string code) => $"{BaseUrl}/j/{code}";

    /// <summary>Short form for the screen: the join URL without the scheme.</summary>
    public string ShortUrl(string code) => WithoutScheme(JoinUrl(code));

    /// <summary>The host (and port) phones type when they cannot scan.</summary>
    public string ShortBaseUrl => WithoutScheme(BaseUrl);

    private static string WithoutScheme(string url) =>
        url.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);

    public static string QrSvg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
