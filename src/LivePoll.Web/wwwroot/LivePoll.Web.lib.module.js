// Blazor calls this before it starts (a JavaScript initializer named after the assembly).
// The projector is unattended in front of the room: it keeps trying every two seconds for as long as the server is
// away, instead of the default back-off that waits 30 s between attempts and gives up after 30 of them.
export function beforeWebStart(options) {
    const projector = document.getElementById("components-reconnect-modal")?.dataset.calm === "true";
    if (projector) {
        options.circuit = {
            ...options.circuit,
            reconnectionOptions: { maxRetries: Number.MAX_SAFE_INTEGER, retryIntervalMilliseconds: attempt => attempt === 0 ? 0 : 2000 },
        };
    }
}
