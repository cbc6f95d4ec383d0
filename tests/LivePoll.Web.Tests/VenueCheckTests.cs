using System.Net;
using Bunit;
using LivePoll.Web.Features.Venue;

namespace LivePoll.Web.Tests;

public sealed class LanAddressTests
{
    [Fact]
    public void A_private_ipv4_address_is_chosen_over_public_loopback_link_local_and_ipv6_ones()
    {
        IPAddress[] candidates =
        [
            IPAddress.Parse("::1"), IPAddress.Parse("fe80::1"), IPAddress.Parse("127.0.0.1"), IPAddress.Parse("169.254.3.4"),
            IPAddress.Parse("203.0.113.7"), IPAddress.Parse("192.168.8.20"),
        ];

        Assert.Equal(IPAddress.Parse("192.168.8.20"), LanAddress.Choose(candidates));
        Assert.Equal(IPAddress.Parse("203.0.113.7"), LanAddress.Choose(candidates[..5]));
        Assert.Null(LanAddress.Choose(candidates[..4]));
        Assert.Equal(IPAddress.Parse("172.20.1.2"), LanAddress.Choose([IPAddress.Parse("172.32.0.1"), IPAddress.Parse("172.20.1.2")]));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.5", false)]
    [InlineData("vote.example.org", false)]
    public void Loopback_hosts_are_recognised(string host, bool loopback) => Assert.Equal(loopback, LanAddress.IsLoopbackHost(host));
}

public sealed class VenueCheckTests : StaffPageContext
{
    [Fact]
    public void The_venue_check_shows_the_address_a_qr_code_the_connected_phones_and_warns_when_phones_cannot_reach_the_app()
    {
        var cut = Render<VenueCheck>();

        Assert.Equal("https://vote.example.org", cut.Find("[data-testid=venue-url]").TextContent.Trim());
        Assert.NotNull(cut.Find(".venue-qr svg"));
        Assert.Equal("0", cut.Find("[data-testid=venue-connected]").TextContent.Trim());
        // rendered without a server listening on the network (as when started without --urls http://0.0.0.0:5000)
        Assert.Contains("--urls http://0.0.0.0:5000", cut.Find("[data-testid=venue-local-only]").TextContent, StringComparison.Ordinal);

        Live.PhoneConnected();
        Live.PhoneConnected();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=venue-connected]").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }
}
