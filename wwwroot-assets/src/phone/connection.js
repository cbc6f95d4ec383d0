// The phone's connection to /hubs/poll.

/**
 * Wait before the next automatic reconnect attempt: 0.5 s, 1 s, 2 s, 4 s, then every 5 s.
 * @param {number} previousRetryCount
 */
export function reconnectDelay(previousRetryCount) {
  return Math.min(500 * 2 ** previousRetryCount, 5000);
}

/**
 * Wait before joining again after the server could not take the phone in (busy, restarting, too many at once):
 * 1 s, 2 s, 4 s … up to 30 s.
 * @param {number} failedAttempts
 */
export function joinDelay(failedAttempts) {
  return Math.min(1000 * 2 ** failedAttempts, 30000);
}

/**
 * Straight to a WebSocket, no negotiate request: behind a load balancer a phone needs no sticky session
 * (a phone that cannot open one still votes with the plain form post).
 * @param {typeof import("@microsoft/signalr")} signalR
 */
export function connectToHub(signalR) {
  return new signalR.HubConnectionBuilder()
    .withUrl("/hubs/poll", { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => reconnectDelay(context.previousRetryCount) })
    .build();
}

/**
 * The server's reason for a refused call, without SignalR's wrapping.
 * @param {unknown} error
 */
export function reasonOf(error) {
  return (error instanceof Error ? error.message : String(error)).replace(/^.*HubException: /, "");
}
