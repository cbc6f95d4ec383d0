// The phone page taken over by the script: joins over the hub, draws the question, sends answers, lists Q&A.
import { answerOf, changedByHand } from "./answers.js";
import { connectToHub, joinDelay, reasonOf } from "./connection.js";
import { byId, el, hidden } from "./dom.js";
import { answerInputs, limitChoices } from "./inputs.js";
import { WaitingVote } from "./offline.js";
import { mergeQna, sortQna } from "./qna.js";
import { countdownText, hint, submitLabel, translated, withDeadline } from "./question.js";
import { olderThanShown, resultRows } from "./results.js";
import { translator } from "./texts.js";
/** @typedef {import("./types.js").Question} Question */
/** @typedef {import("./types.js").Vote} Vote */
/** @typedef {import("./types.js").Results} Results */
/** @typedef {import("./types.js").QnaItem} QnaItem */
/** @typedef {import("./types.js").Profile} Profile */

/**
 * @param {HTMLElement} app the page's #lp-app, with its data attributes
 * @param {typeof import("@microsoft/signalr")} signalR
 */
export function startPhone(app, signalR) {
  const code = app.dataset.code ?? "";
  const storageKey = `livepoll:${code}`;
  const status = byId("lp-status");
  const connectionBadge = byId("lp-connection");
  const area = byId("lp-question");
  const qnaList = byId("lp-qna-list");
  const askForm = /** @type {HTMLFormElement} */ (byId("lp-ask"));
  /** @type {Record<string, string>} */
  const palette = JSON.parse(app.dataset.colours ?? "{}");
  const colour = (/** @type {string} */ name) => palette[name] ?? palette.grey;
  // The phone's language: texts come translated from the page, questions carry their translations.
  const lang = app.dataset.lang ?? "en";
  const t = translator(JSON.parse(document.getElementById("lp-text")?.textContent || "{}"));

  /** @type {Question | null} */
  let question = null;
  /** @type {Vote | null} */
  let myResponse = null;
  /** @type {Results | null} */
  let results = null;
  /** @type {QnaItem[]} */
  let qna = [];
  /** @type {Set<string>} */
  let myUpvotes = new Set();
  // What the person chose or typed and has not sent yet is kept through every update of the same question.
  let touched = false;
  const waitingVote = new WaitingVote();
  // The question the page arrived with: people may tap its form until the script draws its own.
  /** @type {string | null} */
  let pageQuestionId = /** @type {HTMLInputElement | null} */ (area.querySelector(".lp-form input[name=questionId]"))?.value ?? null;
  let everJoined = false;
  let joinAttempts = 0;
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let countdown;
  const inputsContext = {
    colour,
    t,
    moved: (/** @type {HTMLLIElement} */ item) => {
      touched = true;
      say(t("NPlaceN", item.querySelector(".lp-rank-text")?.textContent ?? "", [...(item.parentElement?.children ?? [])].indexOf(item) + 1));
    },
  };

  const connection = connectToHub(signalR);
  connection.on("QuestionChanged", (/** @type {Question | null} */ q) => {
    if (!q || !question || q.id !== question.id) {
      myResponse = null;
      results = null;
      say("");
    }
    if (q && !q.resultsVisible) results = null;
    show(q);
  });
  connection.on("ResultsUpdated", (/** @type {Results} */ r) => {
    if (question && r.questionId === question.id && !olderThanShown(r, results)) {
      results = r;
      renderResults();
    }
  });
  connection.on("QnaUpdated", (/** @type {QnaItem[]} */ items) => {
    qna = mergeQna(qna, items);
    renderQna();
  });
  askForm.addEventListener("submit", ask);
  // The moderator ended the event: the last question (and its results, if revealed) stays, with a thank-you.
  connection.on("EventClosed", showEnded);
  // A rehearsal began, or the real event did: then every answer so far was removed, and the phone starts afresh.
  connection.on("RehearsalChanged", async (/** @type {boolean} */ rehearsal) => {
    showRehearsal(rehearsal);
    if (!rehearsal) {
      await join();
      say(t("TheEventStartingAnswersGivenDuring"));
    }
  });
  connection.onreconnecting(() => showConnection(t("Reconnecting")));
  connection.onreconnected(() => join());
  connection.onclose(() => retrySoon());
  const disconnected = () => connection.state === signalR.HubConnectionState.Disconnected;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && disconnected()) connect();
  });
  window.addEventListener("online", () => {
    if (disconnected()) connect();
  });

  connect();

  async function connect() {
    try {
      showConnection(t("Connecting"));
      await connection.start();
      await join();
    } catch {
      retrySoon();
    }
  }

  function retrySoon() {
    showConnection(t("OfflineRetrying"));
    setTimeout(() => {
      if (disconnected()) connect();
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
      showRehearsal(joined.event.rehearsal === true);
      askForm.hidden = false;
      byId("lp-ask-fields").toggleAttribute("disabled", false);
      if (joined.event.status === "Closed") showEnded();
      else await sendWaitingVote();
    } catch (e) {
      // the server could not take the phone in just now: try again, a little later each time
      showConnection(t("OfflineRetrying"));
      say(reasonOf(e), "error");
      setTimeout(() => {
        if (connection.state === signalR.HubConnectionState.Connected) join();
      }, joinDelay(joinAttempts++));
    }
  }

  /**
   * Shows a question (or none); the same question again keeps what the person has chosen or typed but not sent.
   * @param {Question | null} q
   */
  function show(q) {
    const wasOpen = question?.state === "Open";
    const next = withDeadline(translated(q, lang), Date.now());
    const unsent = next && next.id === (question?.id ?? pageQuestionId) ? unsentAnswer(next) : null;
    pageQuestionId = null;
    question = next;
    touched = unsent !== null;
    render(unsent ?? myResponse);
    if (unsent && wasOpen && question?.state !== "Open") say(t("VotingClosedBeforeYourAnswerWasSent"), "error");
  }

  /** @param {Question} q */
  function unsentAnswer(q) {
    const form = /** @type {HTMLFormElement | null} */ (area.querySelector(".lp-form"));
    const changed = touched || (pageQuestionId !== null && form !== null && changedByHand(form));
    return changed && form ? answerOf(form, q) : null;
  }

  async function sendWaitingVote() {
    const waiting = waitingVote.take(question);
    if (!waiting) return;
    if ("closed" in waiting) {
      say(t("VotingClosedBeforeYourAnswerWasSent"), "error");
      return;
    }
    const button = /** @type {HTMLButtonElement} */ (area.querySelector("button.lp-vote"));
    await send(button, "Submit", waiting.send, () => recorded(waiting.send));
  }

  /** @param {Vote} vote */
  function recorded(vote) {
    myResponse = vote;
    touched = false;
    const button = area.querySelector("button.lp-vote");
    if (button && question) button.textContent = submitLabel(question, true, t);
    say(question?.type === "OpenText" ? t("AnswerRecorded") : t("VoteRecorded"));
  }

  function showEnded() {
    askForm.hidden = true;
    byId("lp-profile").hidden = true;
    say(t("TheEventHasEndedThankYou"));
  }

  /**
   * The event's optional profile question, asked once; the answer only ever counts in groups of five or more.
   * @param {Profile | null | undefined} profile
   */
  function renderProfile(profile) {
    const box = byId("lp-profile");
    const answeredKey = `${storageKey}:profile`;
    if (!profile || localStorage.getItem(answeredKey)) {
      box.hidden = true;
      return;
    }
    const done = (/** @type {string} */ text) => {
      localStorage.setItem(answeredKey, "1");
      // the page leaves the question out from then on (ProfileSection.razor)
      document.cookie = `${app.dataset.profileCookie}=1; path=/; max-age=31536000; samesite=lax`;
      box.hidden = true;
      say(text);
    };
    const fieldset = el("fieldset", "lp-profile-set");
    const wording = profile.translations?.[lang] ?? profile;
    fieldset.append(el("legend", "lp-profile-question", wording.question), el("p", "lp-hint", t("OptionalAnonymousResultsOnlyShownGroups")));
    for (const [index, group] of profile.groups.entries()) {
      const button = el("button", "lp-profile-group", wording.groups[index] ?? group);
      button.type = "button";
      button.addEventListener("click", () => send(button, "SetGroup", { group }, () => done(t("ThankYou"))));
      fieldset.append(button);
    }
    const skip = el("button", "lp-profile-skip", t("Skip"));
    skip.type = "button";
    skip.addEventListener("click", () => done(""));
    fieldset.append(skip);
    box.replaceChildren(fieldset);
    box.hidden = false;
  }

  /** @param {boolean} rehearsal */
  function showRehearsal(rehearsal) {
    byId("lp-rehearsal").hidden = !rehearsal;
  }

  /** @param {string} text */
  function showConnection(text) {
    connectionBadge.textContent = text;
  }

  /**
   * @param {string} text
   * @param {"error"} [tone] a refusal or a failure: drawn as an error, never like a confirmation
   */
  function say(text, tone) {
    status.textContent = text;
    status.toggleAttribute("data-error", tone === "error");
  }

  /**
   * Draws the question with <shown> (the sent answer, or one not sent yet) in its inputs.
   * @param {Vote | null} shown
   */
  function render(shown) {
    area.replaceChildren();
    if (!question) {
      area.append(el("p", "lp-waiting", t("WaitingNextQuestion")));
      return;
    }
    const form = el("form", "lp-form");
    form.method = "post";
    form.action = `/j/${code}`;
    form.append(hidden(app.dataset.afName ?? "", app.dataset.afToken ?? ""), hidden("questionId", question.id));
    const fieldset = el("fieldset");
    const hintLine = el("p", "lp-hint", hint(question, t));
    hintLine.setAttribute("aria-live", "polite"); // says when a choice limit is reached
    fieldset.append(el("legend", "lp-question-text", question.text), hintLine);
    const open = question.state === "Open";
    fieldset.append(...answerInputs(question, open, shown, inputsContext));
    form.append(fieldset);
    if (open) {
      const button = el("button", "lp-vote", submitLabel(question, Boolean(myResponse), t));
      button.type = "submit";
      form.append(button);
    }
    form.addEventListener("submit", submit);
    form.addEventListener("input", () => (touched = true));
    form.addEventListener("change", () => (touched = true));
    const limited = question;
    if (open) {
      limitChoices(form, limited, (full) => {
        hintLine.textContent = full ? t("YouHaveChosenNMostQuestionAllowsUntick", limited.maxChoices) : hint(limited, t);
      });
    }
    area.append(form);
    showCountdown(open);
    if (!open) area.append(el("p", "lp-closed", t("VotingQuestionClosed")));
    renderResults();
  }

  function renderResults() {
    area.querySelector(".lp-results")?.remove();
    if (!results || !question) return;
    const box = el("section", "lp-results");
    box.setAttribute("aria-label", t("Results"));
    const [title, rows] = resultRows(results, question, t, lang);
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

  /** @param {SubmitEvent} event */
  async function submit(event) {
    event.preventDefault();
    const form = /** @type {HTMLFormElement} */ (event.target);
    if (!question) return;
    const vote = answerOf(form, question);
    if (connection.state !== signalR.HubConnectionState.Connected) {
      if (!everJoined) {
        form.submit(); // the hub never came (a network that blocks it): the plain form post records the vote
        return;
      }
      waitingVote.hold(vote); // the connection is away for a moment: kept here, sent once it is back
      say(t("WaitingConnectionYourVoteWillSent"));
      return;
    }
    const button = /** @type {HTMLButtonElement} */ (form.querySelector("button.lp-vote"));
    say(t("Sending"));
    await send(button, "Submit", vote, () => recorded(vote));
  }

  /**
   * One hub call from a button: disabled meanwhile; the server's refusal or a connection problem is said.
   * @param {HTMLButtonElement} button
   * @param {string} method
   * @param {object} payload
   * @param {(answer: any) => void} onOk
   */
  async function send(button, method, payload, onOk) {
    button.disabled = true;
    try {
      const answer = await connection.invoke(method, payload);
      if (answer.ok) onOk(answer);
      else say(answer.error, "error");
    } catch {
      say(t("NotSentCheckYourConnectionTryAgain"), "error");
    } finally {
      button.disabled = false;
    }
  }

  /** @param {boolean} open */
  function showCountdown(open) {
    clearInterval(countdown);
    const deadline = question?.deadline;
    if (!open || !deadline) return;
    const node = el("p", "lp-countdown");
    node.setAttribute("role", "timer");
    area.querySelector(".lp-form")?.after(node);
    const tick = () => {
      const left = (deadline - Date.now()) / 1000;
      node.textContent = countdownText(left, t);
      if (left <= 0) clearInterval(countdown);
    };
    tick();
    countdown = setInterval(tick, 1000);
  }

  // Questions for the speakers: pinned first, then by upvotes; each can be upvoted once.
  function renderQna() {
    qnaList.replaceChildren();
    for (const item of sortQna(qna)) {
      const li = el("li", "lp-qna-item");
      const upvoted = myUpvotes.has(item.id);
      // named by its own text (the count shown is part of the name), not by a label that differs from it
      const button = el("button", "lp-qna-votes");
      const shown = el("span", null, `▲ ${item.votes}`);
      shown.setAttribute("aria-hidden", "true");
      button.append(el("span", "lp-visually-hidden", upvoted ? t("UpvotedVotesN", item.votes) : t("UpvoteVotesN", item.votes)), shown);
      button.type = "button";
      button.disabled = upvoted || item.status === "Pending";
      button.setAttribute("aria-pressed", String(upvoted));
      button.addEventListener("click", () => upvote(item, button));
      const text = el("span", "lp-qna-text", item.text);
      if (item.author) text.append(el("small", null, ` — ${item.author}`));
      li.append(button, text);
      const label = /** @type {Record<string, string>} */ ({ Pending: t("WaitingForApproval"), Answered: t("Answered"), Pinned: t("NowOnScreen") })[item.status];
      if (label) li.append(el("span", "lp-qna-status", label));
      qnaList.append(li);
    }
    document.querySelector(".lp-qna-empty")?.toggleAttribute("hidden", qna.length > 0);
  }

  /** @param {SubmitEvent} event */
  async function ask(event) {
    event.preventDefault();
    const text = /** @type {HTMLTextAreaElement} */ (askForm.querySelector("textarea"));
    // no name field where the event follows the Chatham House rule
    const author = /** @type {HTMLInputElement | null} */ (askForm.querySelector("input"));
    const button = /** @type {HTMLButtonElement} */ (askForm.querySelector("button"));
    await send(button, "Ask", { text: text.value, author: author?.value || null }, (answer) => {
      qna.push({ id: answer.id, text: text.value.trim(), author: author?.value.trim() || null, votes: 0, status: answer.status, mine: true });
      text.value = "";
      renderQna();
      say(answer.status === "Pending" ? t("QuestionSentAppearsOnceModeratorApproves") : t("QuestionSent"));
    });
  }

  /**
   * @param {QnaItem} item
   * @param {HTMLButtonElement} button
   */
  function upvote(item, button) {
    return send(button, "Upvote", { audienceQuestionId: item.id }, () => {
      myUpvotes.add(item.id);
      item.votes += 1;
      renderQna(); // draws a fresh, disabled button for this question
    });
  }
}
