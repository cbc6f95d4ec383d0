using System.Globalization;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.Components;

namespace LivePoll.Web.Components.Shared;

/// <summary>
/// A staff page that follows one event live: subscribes to <see cref="LiveEventNotifier"/> and
/// redraws at most once per <see cref="RedrawInterval"/>, whatever the vote rate.
/// </summary>
public abstract class LiveEventComponentBase : ComponentBase, IAsyncDisposable
{
    public static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(150);

    private IDisposable? _subscription;
    private int _redrawPending;
    private CultureInfo _culture = CultureInfo.CurrentCulture;
    private CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    [Inject] protected LiveEventRegistry Registry { get; set; } = default!;
    [Inject] protected LiveEventNotifier Notifier { get; set; } = default!;
    [Inject] protected TimeProvider Time { get; set; } = default!;

    [Parameter] public Guid Id { get; set; }

    protected LiveEvent? Live { get; private set; }
    protected bool Loading { get; private set; } = true;

    protected override void OnInitialized()
    {
        // the language of the person reading this page (their circuit's), kept for redraws that other people cause
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Live?.Id == Id)
        {
            return;
        }
        _subscription?.Dispose();
        Live = await Registry.GetAsync(Id);
        Loading = false;
        if (Live is not null)
        {
            _subscription = Notifier.Subscribe(Id, OnChange);
            await OnLiveChangedAsync();
        }
    }

    /// <summary>Called (on the renderer) before each live redraw.</summary>
    protected virtual Task OnLiveChangedAsync() => Task.CompletedTask;

    private void OnChange(LiveEventChange change)
    {
        if (Interlocked.Exchange(ref _redrawPending, 1) == 0)
        {
            _ = RedrawSoonAsync();
        }
    }

    /// <summary>
    /// Runs on the thread of whoever made the change (another staff member's page, a phone's vote), so it puts this
    /// page's own language back first: a redraw must never render one person's page in another person's language.
    /// </summary>
    private async Task RedrawSoonAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        try
        {
            await Task.Delay(RedrawInterval, Time);
            Volatile.Write(ref _redrawPending, 0);
            await InvokeAsync(async () =>
            {
                await OnLiveChangedAsync();
                StateHasChanged();
            });
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex); // to the page's error handling, not lost in a discarded task
        }
    }

    // The renderer calls only DisposeAsync on a component that has both, so pages add their own clean-up here.
    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A page's own clean-up when it goes away (the live subscription is already ended).</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
}
