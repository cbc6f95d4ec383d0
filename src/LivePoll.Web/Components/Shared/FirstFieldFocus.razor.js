// MudBlazor's dialog focus trap takes the focus once more while the dialog appears; the field takes it back then.
// The browser decides, not the server: by then the person may have typed into the field or moved on to another
// control, which the server may not have heard of yet.
const whileTheDialogAppears = 300;

export function take(field) {
    field.focus();
    setTimeout(() => {
        const active = document.activeElement;
        const movedOn = active !== field && active?.matches("input, textarea, select, button");
        if (field.isConnected && field.value === "" && !movedOn) {
            field.focus();
        }
    }, whileTheDialogAppears);
}
