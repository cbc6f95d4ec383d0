using System.Net.Http.Json;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>Each test gets a fresh app (own SQLite file, demo seeded) and helpers to drive and inspect it.</summary>
public abstract class AppTestBase(LivePollAppFactory? app = null) : IAsyncLifetime
{
    protected LivePollAppFactory App { get; } = app ?? new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        App.Start();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return App.DisposeAsync();
    }

    /// <summary>The demo event through the API, as a signed-in moderator.</summary>
    protected async Task<DemoEventApi> DemoAsync() => await DemoEventApi.LoadAsync(await App.CreateStaffClientAsync(Ct), Ct);

    protected Task<Phone> PhoneAsync() => Phone.ConnectAsync(App.BaseAddress, Ct);

    protected static Task DisposeAllAsync(IEnumerable<Phone> phones) => Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));

    /// <summary>A new event of one part with one single-choice question, "Yes or no?" (Yes, No), created by <paramref name="staff"/>.</summary>
    protected static async Task<EventDto> CreateYesNoEventAsync(HttpClient staff, string title)
    {
        using var response = await staff.PostAsJsonAsync("/api/events", new
        {
            title,
            sessions = new[] { new { title = "Part", questions = new[] { new { type = "SingleChoice", text = "Yes or no?", options = new[] { new { text = "Yes" }, new { text = "No" } } } } } },
        }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
    }

    /// <summary>Waits (5 s unless told otherwise) for something pushed to a phone.</summary>
    protected static async Task Eventually(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }
        Assert.True(condition());
    }

    /// <summary>Rows really committed to a table, read through a separate connection.</summary>
    protected async Task<long> CountAsync(string table)
    {
        await using var db = App.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
