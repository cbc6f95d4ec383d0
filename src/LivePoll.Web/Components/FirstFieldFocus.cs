using MudBlazor;
using MudBlazor.Extensions;

namespace LivePoll.Web.Components;

/// <summary>
/// Gives a dialog's first field the focus. MudBlazor's dialog focus trap takes the focus once more while the dialog
/// appears, so the field takes it back then, unless someone has already started typing.
/// </summary>
internal static class FirstFieldFocus
{
    private static readonly TimeSpan WhileTheDialogAppears = TimeSpan.FromMilliseconds(300);

    public static async Task TakeAsync<T>(MudTextField<T>? field)
    {
        if (field is null)
        {
            return;
        }
        await field.FocusAsync();
        await Task.Delay(WhileTheDialogAppears);
        if (string.IsNullOrEmpty(field.GetState(x => x.Text)))
        {
            await field.FocusAsync();
        }
    }
}
