using System.Security.Claims;
using Bunit;
using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

/// <summary>Each person sees what they may do, and the people panel keeps the event manageable.</summary>
public sealed class RoleShapedPagesTests : StaffPageContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(EventRole.Rapporteur, false)]
    [InlineData(EventRole.Moderator, false)]
    [InlineData(EventRole.Organiser, true)]
    public async Task Only_organisers_see_how_to_create_events(EventRole role, bool mayCreate)
    {
        await SignInAsAsync("staff-1", "staff@livepoll.test", role);

        var cut = Render<EventList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));

        Assert.Equal(mayCreate, cut.Markup.Contains("New event", StringComparison.Ordinal));
        Assert.Equal(mayCreate, cut.Markup.Contains("Import template", StringComparison.Ordinal));
        Assert.Equal(mayCreate, cut.Markup.Contains("Duplicate", StringComparison.Ordinal));
        Assert.Equal(role != EventRole.Moderator, cut.Markup.Contains("Report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_organiser_cannot_be_removed_and_an_invitation_shows_in_the_activity_at_once_with_a_copy_button()
    {
        await SignInAsAsync("organiser-1", "organiser@livepoll.test", EventRole.Organiser);
        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Demo.Id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=member]")));
        var only = cut.Find("[data-testid=member]");
        Assert.Contains("The last organiser stays", only.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Remove", only.TextContent, StringComparison.Ordinal);

        await ChangeAsync(cut, "input[data-testid=invite-email]", "rapporteur@livepoll.test");
        await ClickAsync(cut, "[data-testid=invite]");

        cut.WaitForAssertion(() => Assert.Contains("rapporteur@livepoll.test", cut.Find("[data-testid=audit-log]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Invited", cut.Find("[data-testid=audit-log]").TextContent, StringComparison.Ordinal);
        await ClickAsync(cut, "[data-testid=copy-invite-link]");
        var copied = Assert.Single(JSInterop.Invocations, i => i.Identifier == "navigator.clipboard.writeText");
        Assert.Equal(cut.Find("[data-testid=invite-link] code").TextContent, copied.Arguments[0]);
    }

    private async Task SignInAsAsync(string userId, string email, EventRole role)
    {
        Authorization.SetAuthorized(email).SetRoles().SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Ct);
        db.EventMembers.Add(new EventMember { EventId = Demo.Id, UserId = userId, Email = email, Role = role, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Ct);
    }
}
