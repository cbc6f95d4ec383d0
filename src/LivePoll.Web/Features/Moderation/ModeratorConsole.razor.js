// Forwards moderator shortcuts (and presenter clickers, which send arrow / page keys) to .NET.
const keys = new Set(["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "PageDown", "PageUp", " ", "r", "R", "b", "B", "."]);
let handler = null;

export function listen(dotnet) {
  stop();
  handler = (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    if (typing || event.ctrlKey || event.metaKey || event.altKey || !keys.has(event.key)) return;
    if (event.key === " " && target instanceof HTMLElement && target.tagName === "BUTTON") return; // Space on a focused button clicks it
    event.preventDefault();
    dotnet.invokeMethodAsync("OnKey", event.key);
  };
  document.addEventListener("keydown", handler);
}

export function stop() {
  if (handler) document.removeEventListener("keydown", handler);
  handler = null;
}
