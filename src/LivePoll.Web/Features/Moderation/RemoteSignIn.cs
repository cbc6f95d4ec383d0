using LivePoll.Data;
using LivePoll.Domain.Access;
using LivePoll.Domain.Participants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Moderation;

/// <summary>
/// The link behind the console's "remote on your phone" QR code: it signs the phone in as the moderator who showed it and
/// opens the remote of that event. It works once, for two minutes; only the hash of its token is stored (any instance
/// redeems it, and only one of them can).
/// </summary>
public sealed class RemoteSignIn(IDbContextFactory<LivePollDbContext> dbFactory, TimeProvider time)
{
    public static string RemotePath(Guid eventId) => $"/events/{eventId}/remote";

    /// <summary>A new single-use link for <paramref name="userId"/>, relative to the app's base address.</summary>
    public async Task<string> IssueAsync(Guid eventId, string userId)
    {
        var token = ParticipantToken.Generate();
        await using var db = await dbFactory.CreateDbContextAsync();
        db.RemoteTickets.Add(new RemoteTicket
        {
            EventId = eventId,
            UserId = userId,
            TokenHash = ParticipantToken.Hash(token),
            ExpiresAt = time.GetUtcNow() + RemoteTicket.Lifetime,
        });
        await db.SaveChangesAsync();
        return $"{RemotePath(eventId)}/open?ticket={token}";
    }

    /// <summary>The user the ticket was issued to, once: null when it is unknown, used, expired or for another event.</summary>
    public async Task<string?> RedeemAsync(Guid eventId, string? token)
    {
        if (!ParticipantToken.LooksValid(token))
        {
            return null;
        }
        var hash = ParticipantToken.Hash(token!);
        await using var db = await dbFactory.CreateDbContextAsync();
        var ticket = await db.RemoteTickets.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash);
        var now = time.GetUtcNow();
        if (ticket is null || ticket.EventId != eventId || ticket.UsedAt is not null || ticket.ExpiresAt <= now)
        {
            return null;
        }
        // the one request that marks it used wins; a second scan (or another instance) finds it used
        var claimed = await db.RemoteTickets.Where(t => t.Id == ticket.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now));
        return claimed == 1 ? ticket.UserId : null;
    }
}

public static class RemoteSignInEndpoints
{
    /// <summary>GET /events/{id}/remote/open?ticket=…: signs the phone in and opens the remote (else: the sign-in page).</summary>
    public static WebApplication MapRemoteSignIn(this WebApplication app)
    {
        app.MapGet("/events/{id:guid}/remote/open", async (Guid id, string? ticket, RemoteSignIn tickets, UserManager<IdentityUser> users,
            SignInManager<IdentityUser> signIn) =>
        {
            if (await tickets.RedeemAsync(id, ticket) is { } userId && await users.FindByIdAsync(userId) is { } user)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                return Results.LocalRedirect(RemoteSignIn.RemotePath(id));
            }
            // used, expired or unknown: the remote is still one sign-in away
            return Results.LocalRedirect($"/account/login?ReturnUrl={Uri.EscapeDataString(RemoteSignIn.RemotePath(id))}");
        }).AllowAnonymous();
        return app;
    }
}
