// Phone page: takes over the server-rendered form when the SignalR client has loaded (the form works without it).
import { startPhone } from "./phone.js";

const app = document.getElementById("lp-app");
const signalR = /** @type {any} */ (window).signalR;
if (app && signalR) {
  startPhone(app, signalR);
}
