using LivePoll.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(LivePoll.E2ETests.BrowserFixture))]

namespace LivePoll.E2ETests;

/// <summary>One real Kestrel server and one headless Debian Chromium for the whole assembly.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public LivePollAppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "test-output");

    public async ValueTask InitializeAsync()
    {
        App.Start();
        // a loaded 2-core CI machine starts circuits slowly; waits still end as soon as the page is ready
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                // less browser work on a machine without a GPU (measured: about a tenth less CPU for the same tests):
                // software compositing only, one renderer process per page for our one site, no Chrome services
                "--disable-gpu-compositing", "--disable-threaded-animation", "--disable-site-isolation-trials",
                "--disable-features=site-per-process,Translate,OptimizationHints,MediaRouter",
            ],
        });
    }

    /// <summary>A fresh browser profile; <paramref name="locale"/> sets its language (Accept-Language and navigator.language).</summary>
    public Task<IBrowserContext> NewContextAsync(bool phone = false, string locale = "en-US") => Browser.NewContextAsync(new()
    {
        Locale = locale,
        BaseURL = App.BaseAddress.ToString(),
        ViewportSize = phone ? new ViewportSize { Width = 390, Height = 800 } : new ViewportSize { Width = 1400, Height = 900 },
        IsMobile = phone,
        HasTouch = phone,
    });

    public async ValueTask DisposeAsync()
    {
        await (Browser?.DisposeAsync() ?? ValueTask.CompletedTask);
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
