using MudBlazor;

namespace LivePoll.Web.Components.Layout;

internal static class StaffTheme
{
    public static MudTheme Theme { get; } = new()
    {
        // darker than MudBlazor's defaults, so that text in these colours (and white on them) keeps 4.5:1 contrast
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5cad",
            AppbarBackground = "#0b5cad",
            Info = "#0b5cad",
            Success = "#2e7d32",
            Warning = "#a15c00",
            Error = "#c62828",
        },
    };
}
