using System.Net;
using System.Net.Http.Json;
using System.Text;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.IntegrationTests;

/// <summary>
/// The Chatham House rule, from outside: a name typed with a question is never stored or shown, a name given before the
/// rule was set disappears from every screen and file, and no export holds a row per person.
/// </summary>
public sealed class ChathamHouseTests : AppTestBase
{
    private const string Name = "Maria Fernández";

    [Fact]
    public async Task Under_the_rule_no_name_is_taken_or_shown_and_no_export_holds_a_row_per_person()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateYesNoEventAsync(staff, "Closed-door consultation");
        var question = ev.Sessions[0].Questions[0];
        var phones = new List<Phone>();
        for (var i = 0; i < 6; i++)
        {
            var phone = await PhoneAsync();
            await phone.JoinAsync(ev.Code, cancellationToken: Ct);
            phones.Add(phone);
        }
        (await staff.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct)).EnsureSuccessStatusCode();
        foreach (var phone in phones)
        {
            Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);
        }
        // asked before the rule is set, with a name; approved, so the room sees it
        var before = await phones[0].AskAsync("Who pays for the training?", Name);
        (await staff.PostAsync($"/api/events/{ev.Id}/qna/{before.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        Assert.Contains(await QnaAsync(staff, ev), item => item.Author == Name);

        // the organiser sets the rule in the event's settings
        var events = App.Services.GetRequiredService<EventService>();
        var settings = EventSettingsDraft.From((await events.GetAsync(ev.Id, Ct))!);
        settings.ChathamHouse = true;
        Assert.Empty(await events.SaveSettingsAsync(ev.Id, settings));

        // a name typed now is dropped before it is stored; the earlier name is shown nowhere
        var after = await phones[1].AskAsync("How is success measured?", "Jean Dupont");
        Assert.True(after.Ok);
        (await staff.PostAsync($"/api/events/{ev.Id}/qna/{after.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        Assert.All(await QnaAsync(staff, ev), item => Assert.Null(item.Author));
        await using (var db = App.OpenDatabase())
        {
            using var stored = db.CreateCommand();
            stored.CommandText = "SELECT COUNT(*) FROM \"AudienceQuestions\" WHERE \"Author\" = 'Jean Dupont'";
            Assert.Equal(0L, Convert.ToInt64(await stored.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture));
        }
        var rejoined = await PhoneAsync();
        var join = await rejoined.JoinAsync(ev.Code, cancellationToken: Ct);
        Assert.True(join.Event.ChathamHouse);
        Assert.All(join.Qna, item => Assert.Null(item.Author));
        phones.Add(rejoined);

        // the phone page asks for no name and says why
        using var browser = PhonePage.Browser(App.BaseAddress);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/j/{ev.Code}", Ct));
        Assert.DoesNotContain("id=\"lp-ask-author\"", page, StringComparison.Ordinal);
        Assert.Contains("Questions are anonymous", page, StringComparison.Ordinal);

        // exports: the raw rows are refused with a reason; every other file has the aggregates and no name
        using (var csv = await staff.GetAsync($"/api/events/{ev.Id}/export/csv", Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, csv.StatusCode);
            Assert.Contains("Chatham House", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var html = Encoding.UTF8.GetString(await staff.GetByteArrayAsync($"/api/events/{ev.Id}/export/html", Ct));
        Assert.Contains("Who pays for the training?", html, StringComparison.Ordinal);
        Assert.Contains("follows the Chatham House rule", html, StringComparison.Ordinal); // the report says why the raw rows are missing
        var files = new Dictionary<string, string> { ["html"] = html };
        foreach (var format in new[] { "docx", "pptx", "xlsx", "json" })
        {
            files[format] = TextOf(format, await staff.GetByteArrayAsync($"/api/events/{ev.Id}/export/{format}", Ct));
        }
        Assert.All(files, file => Assert.DoesNotContain("Maria", file.Value, StringComparison.Ordinal));
        Assert.All(files, file => Assert.DoesNotContain("Jean Dupont", file.Value, StringComparison.Ordinal));
        var sheets = ForeignReaders.OpenpyxlRows(await staff.GetByteArrayAsync($"/api/events/{ev.Id}/export/xlsx", Ct));
        Assert.Equal(["Questions", "Q1"], sheets.Keys);
        Assert.Equal(6, sheets["Questions"][1][4].GetInt32()); // the aggregate stays: six phone responses
        await DisposeAllAsync(phones);
    }

    private static async Task<List<QnaItemDto>> QnaAsync(HttpClient staff, EventDto ev) =>
        (await staff.GetFromJsonAsync<List<QnaItemDto>>($"/api/events/{ev.Id}/qna", JsonDefaults.Options, Ct))!;

    /// <summary>All the text a reader could find in the file: every part of an Office package, or the file itself.</summary>
    private static string TextOf(string format, byte[] bytes)
    {
        if (format is "json")
        {
            return Encoding.UTF8.GetString(bytes);
        }
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        return string.Join("\n", archive.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }));
    }
}
