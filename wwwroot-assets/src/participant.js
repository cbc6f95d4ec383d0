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
  let qna = [];
  let myUpvotes = new Set();
  // What the person chose or typed and has not sent yet (kept through every update of the same question), and a
  // vote tapped while the connection was away (sent by itself once the phone has joined again).
  let touched = false;
  let waitingVote = null;
  // The question the page arrived with: people may tap its form until the script draws its own.
  let pageQuestionId = area.querySelector(".lp-form input[name=questionId]")?.value ?? null;
  let everJoined = false;
  let joinAttempts = 0;
  const qnaList = document.getElementById("lp-qna-list");
  const askForm = document.getElementById("lp-ask");
  const palette = JSON.parse(app.dataset.colours);
  const colour = (name) => palette[name] ?? palette.grey;
  // The phone's language: texts come translated from the page (keys are the English texts), questions carry their translations.
  // Every text is written as t(English text, …values), always with the text itself in quotes: the page hands over exactly
  // those translations (PhoneScriptTexts.cs lists them).
  const lang = app.dataset.lang;
  const texts = JSON.parse(document.getElementById("lp-text")?.textContent || "{}");
  const t = (key, ...args) => (texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => args[i]);

  const connection = new signalR.HubConnectionBuilder()
    // straight to a WebSocket, no negotiate request: behind a load balancer a phone needs no sticky session
    // (a phone that cannot open one still votes with the plain form post)
    .withUrl("/hubs/poll", { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(500 * 2 ** ctx.previousRetryCount, 5000) })
    .build();

  connection.on("QuestionChanged", (q) => {
    if (!q || !question || q.id !== question.id) {
      myResponse = null;
      results = null;
      say("");
    }
    if (q && !q.resultsVisible) results = null;
    show(q);
  });
  connection.on("ResultsUpdated", (r) => {
    if (question && r.questionId === question.id) {
      results = r;
      renderResults();
    }
  });
  connection.on("QnaUpdated", (items) => {
    // the room's public questions, plus this phone's own ones still waiting for approval
    const ids = new Set(items.map((i) => i.id));
    const mine = new Set(qna.filter((i) => i.mine).map((i) => i.id));
    qna = [...items.map((i) => ({ ...i, mine: mine.has(i.id) })), ...qna.filter((i) => i.mine && i.status === "Pending" && !ids.has(i.id))];
    renderQna();
  });
  askForm?.addEventListener("submit", ask);
  // The moderator ended the event: the last question (and its results, if revealed) stays, with a thank-you.
  connection.on("EventClosed", showEnded);
  connection.onreconnecting(() => showConnection(t("Reconnecting…")));
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
      showConnection(t("Connecting…"));
      await connection.start();
      await join();
    } catch {
      retrySoon();
    }
  }

  function retrySoon() {
    showConnection(t("Offline — retrying…"));
    setTimeout(() => {
      if (connection.state === signalR.HubConnectionState.Disconnected) connect();
    }, 2000);
  }

  async function join() {
    try {
      const joined = await connection.invoke("Join", { code, token: localStorage.getItem(storageKey), language: lang });
      localStorage.setItem(storageKey, joined.participantToken);
      everJoined = true;
      joinAttempts = 0;
      myResponse = joined.myResponse;
      results = joined.results;
      qna = joined.qna ?? [];
      myUpvotes = new Set(joined.myUpvotes ?? []);
      showConnection("");
      show(joined.currentQuestion);
      renderQna();
      renderProfile(joined.event.profile);
      askForm.hidden = false;
      if (joined.event.status === "Closed") showEnded();
      else await sendWaitingVote();
    } catch (e) {
      // the server could not take the phone in just now (busy, restarting, too many at once): try again, a little later each time
      showConnection(t("Offline — retrying…"));
      say(e.message.replace(/^.*HubException: /, ""));
      const delay = Math.min(1000 * 2 ** joinAttempts++, 30000);
      setTimeout(() => {
        if (connection.state === signalR.HubConnectionState.Connected) join();
      }, delay);
    }
  }

  // Shows a question (or none); the same question again keeps what the person has chosen or typed but not sent.
  function show(q) {
    const wasOpen = question?.state === "Open";
    const next = withDeadline(translated(q));
    const unsent = q && q.id === (question?.id ?? pageQuestionId) ? unsentAnswer(next) : null;
    pageQuestionId = null;
    question = next;
    touched = unsent !== null;
    render(unsent ?? myResponse);
    if (unsent && wasOpen && question.state !== "Open") say(t("Voting closed before your answer was sent."));
  }

  function unsentAnswer(q) {
    const form = area.querySelector(".lp-form");
    // the page's own form has no listeners: what it holds is compared with what the server wrote into it
    const changed = touched || (pageQuestionId !== null && form !== null && changedByHand(form));
    return changed && form ? answerOf(form, q) : null;
  }

  // A vote tapped offline goes out as soon as the phone has joined again — if its question is still open.
  async function sendWaitingVote() {
    const vote = waitingVote;
    if (!vote) return;
    waitingVote = null;
    if (question?.id !== vote.questionId || question.state !== "Open") {
      say(t("Voting closed before your answer was sent."));
      return;
    }
    const button = area.querySelector("button.lp-vote");
    await send(button, "Submit", vote, () => recorded(vote));
  }

  function recorded(vote) {
    myResponse = vote;
    touched = false;
    const button = area.querySelector("button.lp-vote");
    if (button) button.textContent = submitLabel();
    say(question.type === "OpenText" ? t("Answer recorded ✓") : t("Vote recorded ✓"));
  }

  function showEnded() {
    askForm.hidden = true;
    document.getElementById("lp-profile").hidden = true;
    say(t("The event has ended. Thank you!"));
  }

  // The event's optional profile question, asked once; the answer only ever counts in groups of five or more.
  function renderProfile(profile) {
    const box = document.getElementById("lp-profile");
    const answeredKey = `${storageKey}:profile`;
    if (!profile || localStorage.getItem(answeredKey)) return;
    const done = (text) => {
      localStorage.setItem(answeredKey, "1");
      box.hidden = true;
      say(text);
    };
    const fieldset = el("fieldset", "lp-profile-set");
    const wording = profile.translations?.[lang] ?? profile;
    fieldset.append(el("legend", "lp-profile-question", wording.question), el("p", "lp-hint", t("Optional and anonymous: results are only shown for groups of 5 or more people.")));
    for (const [index, group] of profile.groups.entries()) {
      const button = el("button", "lp-profile-group", wording.groups[index] ?? group);
      button.type = "button";
      button.addEventListener("click", () => send(button, "SetGroup", { group }, () => done(t("Thank you ✓"))));
      fieldset.append(button);
    }
    const skip = el("button", "lp-profile-skip", t("Skip"));
    skip.type = "button";
    skip.addEventListener("click", () => done(""));
    fieldset.append(skip);
    box.replaceChildren(fieldset);
    box.hidden = false;
  }

  function showConnection(text) {
    connectionBadge.textContent = text;
  }

  function say(text) {
    status.textContent = text;
  }

  // Draws the question with <shown> (the sent answer, or one not sent yet) in its inputs.
  function render(shown = myResponse) {
    area.replaceChildren();
    if (!question) {
      area.append(el("p", "lp-waiting", t("Waiting for the next question…")));
      return;
    }
    const form = el("form", "lp-form");
    form.method = "post";
    form.action = `/j/${code}`;
    form.append(hidden(app.dataset.afName, app.dataset.afToken), hidden("questionId", question.id));
    const fieldset = el("fieldset");
    fieldset.append(el("legend", "lp-question-text", question.text), el("p", "lp-hint", hint()));
    const open = question.state === "Open";
    fieldset.append(...inputs(open, shown));
    form.append(fieldset);
    if (open) {
      const button = el("button", "lp-vote", submitLabel());
      button.type = "submit";
      form.append(button);
    }
    form.addEventListener("submit", submit);
    form.addEventListener("input", () => (touched = true));
    form.addEventListener("change", () => (touched = true));
    if (open) limitChoices(form);
    area.append(form);
    showCountdown(open);
    if (!open) area.append(el("p", "lp-closed", t("Voting on this question is closed.")));
    renderResults();
  }

  // Once as many options are ticked as the question allows, the others rest until one is unticked.
  function limitChoices(form) {
    if (question.type !== "MultipleChoice" || !question.maxChoices) return;
    const boxes = [...form.querySelectorAll("input[name=optionIds]")];
    const apply = () => {
      const full = boxes.filter((box) => box.checked).length >= question.maxChoices;
      for (const box of boxes) box.disabled = full && !box.checked;
    };
    form.addEventListener("change", apply);
    apply();
  }

  // The answer inputs for the question's type (the same markup as QuestionInputs.razor).
  function inputs(open, shown) {
    if (question.type === "SingleChoice" || question.type === "MultipleChoice") {
      const chosen = new Set(shown?.optionIds ?? []);
      return question.options.map((option) => {
        const label = el("label", "lp-option");
        label.style.setProperty("--card", colour(option.colour));
        label.append(input(question.type === "SingleChoice" ? "radio" : "checkbox", "optionIds", option.id, chosen.has(option.id), !open), el("span", null, option.text));
        return label;
      });
    }
    if (question.type === "Scale") {
      const row = el("div", "lp-scale");
      for (let value = question.scaleMin ?? 1; value <= (question.scaleMax ?? 5); value++) {
        const step = el("label", "lp-scale-step");
        step.append(input("radio", "value", String(value), shown?.value === value, !open), el("span", null, String(value)));
        row.append(step);
      }
      if (!question.scaleMinLabel && !question.scaleMaxLabel) return [row];
      const ends = el("p", "lp-scale-ends");
      ends.append(el("span", null, `${question.scaleMin} = ${question.scaleMinLabel ?? ""}`), el("span", null, `${question.scaleMax} = ${question.scaleMaxLabel ?? ""}`));
      return [row, ends];
    }
    if (question.type === "Ranking") {
      const order = shown?.ranking ?? [];
      const items = [...question.options].sort((a, b) => rankOf(order, a.id) - rankOf(order, b.id));
      const list = el("ol", "lp-ranking");
      for (const option of items) list.append(rankItem(option, open));
      return [list];
    }
    const label = el("label", "lp-text");
    const text = document.createElement("textarea");
    text.name = "text";
    text.maxLength = 280;
    text.rows = 3;
    text.value = shown?.text ?? "";
    text.disabled = !open;
    label.append(el("span", "lp-visually-hidden", t("Your answer")), text);
    return [label];
  }

  // A ranking item reordered by tapping ↑ / ↓ (its place is its position in the list).
  function rankItem(option, open) {
    const item = el("li", "lp-rank-item");
    item.dataset.option = option.id;
    item.style.setProperty("--card", colour(option.colour));
    item.append(el("span", "lp-rank-text", option.text));
    if (open) {
      for (const [symbol, offset, label] of [["↑", -1, t("Move {0} up", option.text)], ["↓", 1, t("Move {0} down", option.text)]]) {
        const button = el("button", "lp-rank-move", symbol);
        button.type = "button";
        button.setAttribute("aria-label", label);
        button.addEventListener("click", () => move(item, offset));
        item.append(button);
      }
    }
    return item;
  }

  function move(item, offset) {
    const sibling = offset < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    touched = true;
    if (offset < 0) sibling.before(item);
    else sibling.after(item);
    item.querySelector(`.lp-rank-move:nth-of-type(${offset < 0 ? 1 : 2})`)?.focus();
    say(t("{0}: place {1}", item.querySelector(".lp-rank-text").textContent, [...item.parentElement.children].indexOf(item) + 1));
  }

  function rankOf(order, id) {
    const index = order.indexOf(id);
    return index < 0 ? order.length + question.options.findIndex((o) => o.id === id) : index;
  }

  // Results as plain bars (the same rows as ResultBars.razor).
  function renderResults() {
    area.querySelector(".lp-results")?.remove();
    if (!results) return;
    const box = el("div", "lp-results");
    box.setAttribute("aria-label", t("Results"));
    const [title, rows] = resultRows();
    box.append(el("p", "lp-results-title", title));
    for (const row of rows) {
      const bar = el("div", "lp-bar");
      bar.style.setProperty("--card", colour(row.colour));
      bar.style.setProperty("--share", `${row.percent}%`);
      bar.append(el("span", "lp-bar-label", row.label), el("span", "lp-bar-value", row.value));
      box.append(bar);
    }
    area.append(box);
  }

  function resultRows() {
    const r = results;
    const optionText = (o) => question.options.find((option) => option.id === o.optionId)?.text ?? o.text;
    const percent = (part, whole) => (whole <= 0 ? 0 : Math.round((100 * part) / whole));
    if (r.type === "Scale") {
      const mean = r.mean == null ? "–" : figure(r.mean);
      const label = (v) => (v === question.scaleMin && question.scaleMinLabel ? `${v} · ${question.scaleMinLabel}` : v === question.scaleMax && question.scaleMaxLabel ? `${v} · ${question.scaleMaxLabel}` : String(v));
      return [t("Results · votes: {0} · mean {1}", r.participants, mean),
        (r.distribution ?? []).map((d) => ({ label: label(d.value), value: String(d.count), percent: percent(d.count, r.participants), colour: "blue" }))];
    }
    if (r.type === "Ranking") {
      const best = Math.max(0, ...r.options.map((o) => o.points ?? 0));
      return [t("Results · rankings: {0}", r.participants),
        [...r.options].sort((a, b) => (b.points ?? 0) - (a.points ?? 0)).map((o) => ({ label: optionText(o), value: t("{0} points", o.points ?? 0), percent: percent(o.points ?? 0, best), colour: o.colour }))];
    }
    if (r.type === "OpenText") {
      const words = (r.words ?? []).slice(0, 10);
      return [t("Results · answers: {0}", r.answers ?? 0),
        words.map((w) => ({ label: w.text, value: String(w.count), percent: percent(w.count, words[0].count), colour: "teal" }))];
    }
    const total = r.options.reduce((sum, o) => sum + o.total, 0);
    return [t("Results · votes: {0}", total),
      r.options.map((o) => ({ label: optionText(o), value: `${percent(o.total, total)}% (${o.total})`, percent: percent(o.total, total), colour: o.colour }))];
  }

  async function submit(event) {
    event.preventDefault();
    const vote = answerOf(event.target);
    if (connection.state !== signalR.HubConnectionState.Connected) {
      if (!everJoined) {
        event.target.submit(); // the hub never came (a network that blocks it): the plain form post records the vote
        return;
      }
      waitingVote = vote; // the connection is away for a moment: kept here, sent once it is back
      say(t("Waiting for connection — your vote will be sent."));
      return;
    }
    const button = event.target.querySelector("button.lp-vote");
    say(t("Sending…"));
    await send(button, "Submit", vote, () => recorded(vote));
  }

  // One hub call from a button: disabled meanwhile; the server's refusal or a connection problem is said.
  async function send(button, method, payload, onOk) {
    button.disabled = true;
    try {
      const answer = await connection.invoke(method, payload);
      if (answer.ok) onOk(answer);
      else say(answer.error);
    } catch {
      say(t("Not sent — check your connection and try again."));
    } finally {
      button.disabled = false;
    }
  }

  // A question's timer, counted down on the phone's own clock from the moment the question arrived.
  function withDeadline(q) {
    if (q && q.secondsLeft != null) q.deadline = Date.now() + q.secondsLeft * 1000;
    return q;
  }

  // The question as this phone reads it; ids stay the same, so votes pool across languages.
  function translated(q) {
    const wording = q?.translations?.[lang];
    if (!wording) return q;
    return {
      ...q,
      text: wording.text,
      scaleMinLabel: wording.scaleMinLabel ?? q.scaleMinLabel,
      scaleMaxLabel: wording.scaleMaxLabel ?? q.scaleMaxLabel,
      options: q.options.map((o) => ({ ...o, text: o.translations?.[lang]?.text ?? o.text })),
    };
  }

  let countdown = null;
  function showCountdown(open) {
    clearInterval(countdown);
    if (!open || !question.deadline) return;
    const node = el("p", "lp-countdown");
    node.setAttribute("role", "timer");
    area.querySelector(".lp-form").after(node);
    const tick = () => {
      const left = Math.max(0, Math.ceil((question.deadline - Date.now()) / 1000));
      node.textContent = `⏱ ${left > 0 ? t("{0} left to vote", `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`) : t("Time is up")}`;
      if (left === 0) clearInterval(countdown);
    };
    tick();
    countdown = setInterval(tick, 1000);
  }

  // Questions for the speakers: pinned first, then by upvotes; each can be upvoted once.
  function renderQna() {
    qnaList.replaceChildren();
    const sorted = [...qna].sort((a, b) => (b.status === "Pinned") - (a.status === "Pinned") || b.votes - a.votes);
    for (const item of sorted) {
      const li = el("li", "lp-qna-item");
      const upvoted = myUpvotes.has(item.id);
      const button = el("button", "lp-qna-votes", `▲ ${item.votes}`);
      button.type = "button";
      button.disabled = upvoted || item.status === "Pending";
      button.setAttribute("aria-pressed", String(upvoted));
      button.setAttribute("aria-label", upvoted ? t("Upvoted (votes: {0})", item.votes) : t("Upvote (votes: {0})", item.votes));
      button.addEventListener("click", () => upvote(item, button));
      const text = el("span", "lp-qna-text", item.text);
      if (item.author) text.append(el("small", null, ` — ${item.author}`));
      li.append(button, text);
      const status = { Pending: t("Waiting for approval"), Answered: t("Answered"), Pinned: t("Now on screen") }[item.status];
      if (status) li.append(el("span", "lp-qna-status", status));
      qnaList.append(li);
    }
    document.querySelector(".lp-qna-empty")?.toggleAttribute("hidden", qna.length > 0);
  }

  async function ask(event) {
    event.preventDefault();
    const text = askForm.querySelector("textarea");
    const author = askForm.querySelector("input");
    await send(askForm.querySelector("button"), "Ask", { text: text.value, author: author.value || null }, (answer) => {
      qna.push({ id: answer.id, text: text.value.trim(), author: author.value.trim() || null, votes: 0, status: answer.status, mine: true });
      text.value = "";
      renderQna();
      say(answer.status === "Pending" ? t("Question sent ✓ — it appears once the moderator approves it.") : t("Question sent ✓"));
    });
  }

  function upvote(item, button) {
    return send(button, "Upvote", { audienceQuestionId: item.id }, () => {
      myUpvotes.add(item.id);
      item.votes += 1;
      renderQna(); // draws a fresh, disabled button for this question
    });
  }

  // Whether anything in the page's own form differs from what the server wrote into it.
  function changedByHand(form) {
    return [...form.elements].some((field) =>
      field.type === "radio" || field.type === "checkbox" ? field.checked !== field.defaultChecked
        : field.tagName === "SELECT" ? [...field.options].some((o) => o.selected !== o.defaultSelected)
        : field.tagName === "TEXTAREA" && field.value !== field.defaultValue);
  }

  // The Submit message for what the form of question q (by default the one shown) holds.
  function answerOf(form, q = question) {
    const vote = { questionId: q.id };
    if (q.type === "Scale") {
      const checked = form.querySelector("input[name=value]:checked");
      vote.value = checked ? Number(checked.value) : null;
    } else if (q.type === "Ranking") {
      // the page's own form (before the script took over) ranks with a place selector per option
      const places = [...form.querySelectorAll("select[name^='rank-']")];
      vote.ranking = places.length > 0
        ? places.sort((a, b) => Number(a.value) - Number(b.value)).map((place) => place.name.slice("rank-".length))
        : [...form.querySelectorAll(".lp-rank-item")].map((item) => item.dataset.option);
    } else if (q.type === "OpenText") {
      vote.text = form.querySelector("textarea").value;
    } else {
      vote.optionIds = [...form.querySelectorAll("input[name=optionIds]:checked")].map((i) => i.value);
    }
    return vote;
  }

  function submitLabel() {
    if (question.type === "OpenText") return myResponse ? t("Change answer") : t("Send answer");
    return myResponse ? t("Change vote") : t("Vote");
  }

  function hint() {
    if (question.type === "SingleChoice") return t("Choose one.");
    if (question.type === "MultipleChoice") return t("Choose up to {0}.", question.maxChoices);
    if (question.type === "Scale") return t("Choose a number from {0} to {1}.", question.scaleMin, question.scaleMax);
    if (question.type === "Ranking") return t("Put the items in order, most important first.");
    return t("Answer in a few words (at most {0} characters).", 280);
  }
}

// A statistic as the projector and the report write it (.NET "0.0#"): 3.15, 3.1, 3.0.
function figure(value) {
  const text = String(Number(value.toFixed(2)));
  return text.includes(".") ? text : `${text}.0`;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function input(type, name, value, checked, disabled) {
  const node = document.createElement("input");
  node.type = type;
  node.name = name;
  node.value = value;
  node.checked = checked;
  node.disabled = disabled;
  return node;
}

function hidden(name, value) {
  const input = document.createElement("input");
  input.type = "hidden";
  input.name = name;
  input.value = value;
  return input;
}
