using Bunit;
using LivePoll.Data;
using LivePoll.Web.Features.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace LivePoll.Web.Tests;

public sealed class EventListTests : StaffPageContext
{
    [Fact]
    public async Task Duplicate_creates_a_copy_of_the_agenda_and_opens_it()
    {
        var cut = Render<EventList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Duplicate", StringComparison.Ordinal)).Click();

        var copy = await SingleOtherEventAsync();
        Assert.Equal($"Copy of {Demo.Title}", copy.Title);
        Assert.Equal(Demo.Sessions.SelectMany(s => s.Questions).Count(), copy.Sessions.SelectMany(s => s.Questions).Count());
        Assert.EndsWith($"/events/{copy.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_template_file_creates_a_draft_event_and_a_broken_file_creates_nothing()
    {
        var cut = Render<EventList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        var upload = cut.FindComponent<InputFile>();

        upload.UploadFiles(InputFileContent.CreateFromText("{ not json", "broken.json"));
        cut.WaitForAssertion(() => Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message!.Contains("not an event template", StringComparison.Ordinal)));
        upload.UploadFiles(InputFileContent.CreateFromText("""{"title":""}""", "empty.json"));
        cut.WaitForAssertion(() => Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message!.Contains("title: Enter a title.", StringComparison.Ordinal)));
        Assert.Equal(1, await EventCountAsync());

        upload.UploadFiles(InputFileContent.CreateFromText(
            """{"title":"Imported rehearsal","sessions":[{"title":"Only session","questions":[{"type":"OpenText","text":"One word?"}]}]}""", "event.json"));
        cut.WaitForAssertion(() => Assert.Equal(2, EventCountAsync().GetAwaiter().GetResult()));
        var imported = await SingleOtherEventAsync();
        Assert.Equal("Imported rehearsal", imported.Title);
        Assert.Equal("One word?", imported.Sessions.Single().Questions.Single().Text);
    }

    private async Task<int> EventCountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        return await db.Events.CountAsync(Xunit.TestContext.Current.CancellationToken);
    }

    private async Task<LivePoll.Domain.Events.Event> SingleOtherEventAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        return await db.EventTrees.AsNoTracking().SingleAsync(e => e.Id != Demo.Id, Xunit.TestContext.Current.CancellationToken);
    }
}
