using LivePoll.Data;
using LivePoll.Domain;
using LivePoll.Domain.Access;
using LivePoll.Domain.Participants;
using LivePoll.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.People;

/// <summary>The people of an event: members with a role, and invitations sent by link (e-mail sending is not needed).</summary>
public sealed class PeopleService(IDbContextFactory<LivePollDbContext> dbFactory, TimeProvider time)
{
    public async Task<PeopleDto> ListAsync(Guid eventId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await EnsureEventAsync(db, eventId);
        var members = await db.EventMembers.AsNoTracking().Where(m => m.EventId == eventId).ToListAsync();
        var now = time.GetUtcNow();
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.EventId == eventId && i.AcceptedAt == null).ToListAsync();
        return new PeopleDto(
            [.. members.OrderBy(m => m.Role).ThenBy(m => m.Email).Select(m => new MemberDto(m.Id, m.Email, m.Role))],
            [.. invitations.Where(i => i.IsUsable(now)).OrderBy(i => i.CreatedAt).Select(i => new InvitationDto(i.Id, i.Email, i.Role, i.CreatedAt + Invitation.Lifetime))]);
    }

    /// <summary>Records an invitation and returns the secret token of its link (shown once; only its hash is kept).</summary>
    public async Task<string> InviteAsync(Guid eventId, string? email, EventRole? role, string invitedBy)
    {
        if (Invitation.ValidateEmail(email) is { } error)
        {
            throw new InvalidInputException("email", error);
        }
        if (role is not { } chosen || !Enum.IsDefined(chosen))
        {
            throw new InvalidInputException("role", "ChooseRoleOrganiserModeratorRapporteur");
        }
        var address = email!.Trim();
        await using var db = await dbFactory.CreateDbContextAsync();
        await EnsureEventAsync(db, eventId);
        if (await db.EventMembers.AnyAsync(m => m.EventId == eventId && m.Email == address))
        {
            throw new DomainRuleException("NAlreadyHasRoleEvent", address);
        }
        var token = ParticipantToken.Generate();
        db.Invitations.Add(new Invitation
        {
            EventId = eventId, Email = address, Role = chosen, TokenHash = ParticipantToken.Hash(token),
            InvitedBy = invitedBy, CreatedAt = time.GetUtcNow(),
        });
        db.AuditEntries.Add(AuditEntry.Of(eventId, invitedBy, "Invited", $"{address} as {chosen}", time.GetUtcNow()));
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>The usable invitation behind a link, with its event's title; null when the link is wrong, used or expired.</summary>
    public async Task<(Invitation Invitation, string EventTitle)?> FindAsync(string? token)
    {
        if (token is null || !ParticipantToken.LooksValid(token))
        {
            return null;
        }
        var hash = ParticipantToken.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync();
        var found = await db.Invitations.AsNoTracking().Where(i => i.TokenHash == hash)
            .Join(db.Events, i => i.EventId, e => e.Id, (i, e) => new { Invitation = i, e.Title })
            .FirstOrDefaultAsync();
        return found is not null && found.Invitation.IsUsable(time.GetUtcNow()) ? (found.Invitation, found.Title) : null;
    }

    /// <summary>Gives the account its role in the invitation's event and uses the invitation up.</summary>
    public async Task AcceptAsync(Invitation invitation, Microsoft.AspNetCore.Identity.IdentityUser user)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var stored = await db.Invitations.FirstAsync(i => i.Id == invitation.Id);
        if (!stored.IsUsable(time.GetUtcNow()))
        {
            throw new DomainRuleException("ThisInvitationHasAlreadyBeenUsedHas");
        }
        stored.AcceptedAt = time.GetUtcNow();
        var member = await db.EventMembers.FirstOrDefaultAsync(m => m.EventId == stored.EventId && m.UserId == user.Id);
        if (member is null)
        {
            db.EventMembers.Add(new EventMember { EventId = stored.EventId, UserId = user.Id, Email = user.Email ?? stored.Email, Role = stored.Role, AddedAt = time.GetUtcNow() });
        }
        else
        {
            member.Role = stored.Role;
        }
        db.AuditEntries.Add(AuditEntry.Of(stored.EventId, user.Email ?? stored.Email, "Accepted invitation", $"as {stored.Role}", time.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    /// <summary>Gives the creator of an event its organiser role.</summary>
    public static void AddOrganiser(LivePollDbContext db, Guid eventId, StaffUser creator, DateTimeOffset now) =>
        db.EventMembers.Add(new EventMember { EventId = eventId, UserId = creator.UserId, Email = creator.Email, Role = EventRole.Organiser, AddedAt = now });

    /// <summary>Removes a member; the last organiser stays, so that someone can still manage the event.</summary>
    public async Task RemoveAsync(Guid eventId, Guid memberId, string actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var member = await db.EventMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.EventId == eventId)
            ?? throw new NotFoundException("ThisPersonHasNoRoleEvent");
        if (member.Role == EventRole.Organiser && await db.EventMembers.CountAsync(m => m.EventId == eventId && m.Role == EventRole.Organiser) == 1)
        {
            throw new DomainRuleException("AnEventKeepsLeastOneOrganiserInvite");
        }
        db.EventMembers.Remove(member);
        db.AuditEntries.Add(AuditEntry.Of(eventId, actor, "Removed person", $"{member.Email} ({member.Role})", time.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    /// <summary>Withdraws an invitation that has not been accepted.</summary>
    public async Task WithdrawAsync(Guid eventId, Guid invitationId, string actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.EventId == eventId && i.AcceptedAt == null)
            ?? throw new NotFoundException("ThereNoOpenInvitationIdEvent");
        db.Invitations.Remove(invitation);
        db.AuditEntries.Add(AuditEntry.Of(eventId, actor, "Withdrew invitation", $"{invitation.Email} ({invitation.Role})", time.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    /// <summary>The event's audit log, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntryDto>> AuditLogAsync(Guid eventId, int limit = 500)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await EnsureEventAsync(db, eventId);
        // version-7 ids grow with time, and SQLite cannot sort by DateTimeOffset
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EventId == eventId).OrderByDescending(a => a.Id).Take(limit).ToListAsync();
        return [.. entries.Select(a => new AuditEntryDto(a.At, a.Actor, a.Action, a.Detail))];
    }

    private static async Task EnsureEventAsync(LivePollDbContext db, Guid eventId)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId))
        {
            throw new NotFoundException("TheEventDoesNotExist");
        }
    }
}

public sealed record PeopleDto(IReadOnlyList<MemberDto> Members, IReadOnlyList<InvitationDto> Invitations);

public sealed record AuditEntryDto(DateTimeOffset At, string Actor, string Action, string Detail);

public sealed record MemberDto(Guid Id, string Email, EventRole Role);

public sealed record InvitationDto(Guid Id, string Email, EventRole Role, DateTimeOffset ExpiresAt);

/// <summary>The signed-in staff member, as services need them.</summary>
public sealed record StaffUser(string UserId, string Email)
{
    public static StaffUser? From(System.Security.Claims.ClaimsPrincipal user) =>
        EventAccess.UserId(user) is { } id ? new StaffUser(id, user.Identity?.Name ?? "") : null;

    /// <summary>How the audit log and the card history name the person acting: their e-mail.</summary>
    public static string Actor(System.Security.Claims.ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    /// <summary>The same for a component, from its cascading authentication state.</summary>
    public static async Task<string> ActorAsync(Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? state) =>
        state is null ? "unknown" : Actor((await state).User);
}
