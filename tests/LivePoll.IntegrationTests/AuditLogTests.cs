using System.Net;
using System.Net.Http.Json;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.People;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

/// <summary>Moderators' and organisers' actions land in the event's audit log; deleting an event removes all of it.</summary>
public sealed class AuditLogTests : AppTestBase
{
    [Fact]
    public async Task Every_moderation_step_is_logged_with_who_did_it_and_organisers_read_the_log()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(admin, "Audited");
        var question = ev.Sessions[0].Questions[0];
        await using var phone = await PhoneAsync();
        await phone.JoinAsync(ev.Code, cancellationToken: Ct);
        var asked = await phone.AskAsync("Who decides?");

        var q = $"/api/events/{ev.Id}/questions/{question.Id}";
        foreach (var step in new[] { "open", "reveal", "close" })
        {
            (await admin.PostAsync($"{q}/{step}", null, Ct)).EnsureSuccessStatusCode();
        }
        (await admin.PutAsJsonAsync($"{q}/cards", new { counts = new[] { new { optionId = question.Options[0].Id, count = 12 } } }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/events/{ev.Id}/qna/{asked.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/events/{ev.Id}/people/invitations", new { email = "helper@livepoll.test", role = "Moderator" }, Ct)).EnsureSuccessStatusCode();
        // a step already done is done, and leaves no second trace
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{q}/close", null, Ct)).StatusCode);

        var log = (await admin.GetFromJsonAsync<List<AuditEntryDto>>($"/api/events/{ev.Id}/audit", JsonDefaults.Options, Ct))!;
        Assert.Equal(
            ["Invited", "Q&A: Approved", "Card counts", "Closed question", "Revealed results", "Opened question"],
            log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal(LivePollAppFactory.AdminEmail, e.Actor));
        Assert.Equal("Yes or no?: Yes 0 → 12", log.Single(e => e.Action == "Card counts").Detail);
        Assert.Equal("helper@livepoll.test as Moderator", log[0].Detail);
    }

    [Fact]
    public async Task Deleting_an_event_removes_its_responses_qna_people_and_log_and_only_with_the_right_to_build_it()
    {
        using var admin = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(admin, "To delete");
        var keep = await CreateYesNoEventAsync(admin, "To keep");
        var question = ev.Sessions[0].Questions[0];
        (await admin.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        await using var phone = await PhoneAsync();
        await phone.JoinAsync(ev.Code, cancellationToken: Ct);
        Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        Assert.True((await phone.AskAsync("Still there?")).Ok);
        await using var other = await PhoneAsync();
        await other.JoinAsync(keep.Code, cancellationToken: Ct);

        // anonymous is refused and nothing goes (the roles are checked in RoleMatrixTests)
        (await admin.PostAsJsonAsync($"/api/events/{ev.Id}/people/invitations", new { email = "mod@livepoll.test", role = "Moderator" }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().DeleteAsync($"/api/events/{ev.Id}", Ct)).StatusCode);
        Assert.Equal(3, await CountAsync("Events")); // the demo and the two created here
        using var deleted = await admin.DeleteAsync($"/api/events/{ev.Id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        foreach (var table in new[] { "Participants", "AudienceQuestions", "AuditEntries", "EventMembers", "Invitations", "AgendaSessions" })
        {
            Assert.Equal(0L, await CountForEventAsync(table, ev.Id));
        }
        Assert.Equal(0L, await CountAsync("Responses"));
        Assert.Equal(1L, await CountForEventAsync("Participants", keep.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/events/{ev.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/events/{ev.Id}", Ct)).StatusCode);
    }

    private async Task<long> CountForEventAsync(string table, Guid eventId)
    {
        await using var db = App.OpenDatabase();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"EventId\" = @id";
        command.AddParameter("@id", LivePollAppFactory.StoredId(eventId));
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
