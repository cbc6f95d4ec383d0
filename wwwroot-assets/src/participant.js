// Phone page: takes over the server-rendered form and talks to /hubs/poll.
// Everything shown is built with textContent (never innerHTML), so audience text stays inert.
const app = document.getElementById("lp-app");
if (app && window.signalR) {
  start(app);
}

function start(app) {
  const code = app.dataset.code;
  const storageKey = `livepoll:${code}`;
  const status = document.getElementById("lp-status");
  const connectionBadge = document.getElementById("lp-connection");
  const area = document.getElementById("lp-question");
  let question = null;
  let myResponse = null;
  let results = null;
  const palette = JSON.parse(app.dataset.colours);
  const colour = (name) => palette[name] ?? palette.grey;

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/poll")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(500 * 2 ** ctx.previousRetryCount, 5000) })
    .build();

  connection.on("QuestionChanged", (q) => {
    if (!q || !question || q.id !== question.id) {
      myResponse = null;
      results = null;
      say("");
    }
    question = q;
    if (q && !q.resultsVisible) results = null;
    render();
  });
  connection.on("ResultsUpdated", (r) => {
    if (question && r.questionId === question.id) {
      results = r;
      renderResults();
    }
  });
  connection.on("EventClosed", () => {
    question = null;
    render();
    say("The event has ended. Thank you!");
  });
  connection.onreconnecting(() => showConnection("Reconnecting…"));
  connection.onreconnected(() => join());
  connection.onclose(() => retrySoon());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && connection.state === signalR.HubConnectionState.Disconnected) connect();
  });
  window.addEventListener("online", () => {
    if (connection.state === signalR.HubConnectionState.Disconnected) connect();
  });

  connect();

  async function connect() {
    try {
      showConnection("Connecting…");
      await connection.start();
      await join();
    } catch {
      retrySoon();
    }
  }

  function retrySoon() {
    showConnection("Offline — retrying…");
    setTimeout(() => {
      if (connection.state === signalR.HubConnectionState.Disconnected) connect();
    }, 2000);
  }

  async function join() {
    try {
      const joined = await connection.invoke("Join", { code, token: localStorage.getItem(storageKey) });
      localStorage.setItem(storageKey, joined.participantToken);
      question = joined.currentQuestion;
      myResponse = joined.myResponse;
      results = joined.results;
      showConnection("");
      render();
    } catch (e) {
      showConnection("");
      say(e.message.replace(/^.*HubException: /, ""));
    }
  }

  function showConnection(text) {
    connectionBadge.textContent = text;
  }

  function say(text) {
    status.textContent = text;
  }

  function render() {
    area.replaceChildren();
    if (!question) {
      area.append(el("p", "lp-waiting", "Waiting for the next question…"));
      return;
    }
    const form = el("form", "lp-form");
    form.method = "post";
    form.action = `/j/${code}`;
    form.append(hidden(app.dataset.afName, app.dataset.afToken), hidden("questionId", question.id));
    const fieldset = el("fieldset");
    fieldset.append(el("legend", "lp-question-text", question.text), el("p", "lp-hint", hint()));
    const open = question.state === "Open";
    if (isChoice()) {
      const chosen = new Set(myResponse?.optionIds ?? []);
      for (const option of question.options) {
        const label = el("label", "lp-option");
        label.style.setProperty("--card", colour(option.colour));
        const input = document.createElement("input");
        input.type = question.type === "SingleChoice" ? "radio" : "checkbox";
        input.name = "optionIds";
        input.value = option.id;
        input.checked = chosen.has(option.id);
        input.disabled = !open;
        label.append(input, el("span", null, option.text));
        fieldset.append(label);
      }
    }
    form.append(fieldset);
    if (isChoice() && open) {
      const button = el("button", "lp-vote", myResponse ? "Change vote" : "Vote");
      button.type = "submit";
      form.append(button);
    }
    form.addEventListener("submit", submit);
    area.append(form);
    if (!open) area.append(el("p", "lp-closed", "Voting on this question is closed."));
    renderResults();
  }

  function renderResults() {
    area.querySelector(".lp-results")?.remove();
    if (!results) return;
    const total = results.options.reduce((sum, o) => sum + o.total, 0);
    const box = el("div", "lp-results");
    box.setAttribute("aria-label", "Results");
    box.append(el("p", "lp-results-title", `Results · ${total} ${total === 1 ? "vote" : "votes"}`));
    for (const option of results.options) {
      const percent = total === 0 ? 0 : Math.round((100 * option.total) / total);
      const bar = el("div", "lp-bar");
      bar.style.setProperty("--card", colour(option.colour));
      bar.style.setProperty("--share", `${percent}%`);
      bar.append(el("span", "lp-bar-label", option.text), el("span", "lp-bar-value", `${percent}% (${option.total})`));
      box.append(bar);
    }
    area.append(box);
  }

  async function submit(event) {
    event.preventDefault();
    if (connection.state !== signalR.HubConnectionState.Connected) {
      event.target.submit(); // no hub right now: the plain form post still records the vote
      return;
    }
    const optionIds = [...event.target.querySelectorAll("input[name=optionIds]:checked")].map((i) => i.value);
    const button = event.target.querySelector("button");
    button.disabled = true;
    say("Sending…");
    try {
      const answer = await connection.invoke("Submit", { questionId: question.id, optionIds });
      if (answer.ok) {
        myResponse = { questionId: question.id, optionIds };
        button.textContent = "Change vote";
        say("Vote recorded ✓");
      } else {
        say(answer.error);
      }
    } catch {
      say("Not sent — check your connection and try again.");
    } finally {
      button.disabled = false;
    }
  }

  function isChoice() {
    return question.type === "SingleChoice" || question.type === "MultipleChoice";
  }

  function hint() {
    if (question.type === "SingleChoice") return "Choose one.";
    if (question.type === "MultipleChoice") return `Choose up to ${question.maxChoices}.`;
    return "This question type is coming soon on phones; please answer with the cards in the room.";
  }
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function hidden(name, value) {
  const input = document.createElement("input");
  input.type = "hidden";
  input.name = name;
  input.value = value;
  return input;
}
