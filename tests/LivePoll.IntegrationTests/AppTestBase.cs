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
