using LivePoll.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using QRCoder;

namespace LivePoll.Web.Features.Presentation;

/// <summary>The public join URL of an event (what the QR code encodes) and its QR code as SVG.</summary>
public sealed class JoinLinks(IOptions<LivePollOptions> options, NavigationManager navigation)
{
    public string BaseUrl => (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? navigation.BaseUri : options.Value.PublicBaseUrl).TrimEnd('/');

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
