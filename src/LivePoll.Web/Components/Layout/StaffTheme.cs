using MudBlazor;

namespace LivePoll.Web.Components.Layout;

internal static class StaffTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#0b5cad", AppbarBackground = "#0b5cad" },
    };
}
