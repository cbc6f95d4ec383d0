// The phone's state and rules, without a browser: node --test.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { joinDelay, reasonOf, reconnectDelay } from "../src/phone/connection.js";
import { WaitingVote } from "../src/phone/offline.js";
import { mergeQna, sortQna } from "../src/phone/qna.js";
import { countdownText, hint, rankedOptions, submitLabel, translated, withDeadline } from "../src/phone/question.js";
import { figure, olderThanShown, percent, resultRows } from "../src/phone/results.js";
import { translator } from "../src/phone/texts.js";

/** @returns {import("../src/phone/types.js").Question} */
function question(overrides = {}) {
  return {
    id: "q1", type: "SingleChoice", state: "Open", text: "Which first?",
    options: [
      { id: "a", text: "Data", colour: "red", translations: { fr: { text: "Données" } } },
      { id: "b", text: "Funding", colour: "blue" },
    ],
    translations: { fr: { text: "Quoi d'abord ?" } },
    ...overrides,
  };
}

// the English texts as the page hands them over: every key of the app's audience texts
const resx = readFileSync(new URL("../../src/LivePoll.Web/Localization/AudienceText.resx", import.meta.url), "utf8");
const xmlText = (/** @type {string} */ text) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const english = translator(Object.fromEntries(
  [...resx.matchAll(/<data name="([^"]+)"[^>]*><value>([^<]*)<\/value>/g)].map(([, key, text]) => [key, xmlText(text)])));

test("a held vote is sent once, and only while its question is open", () => {
  const waiting = new WaitingVote();
  assert.equal(waiting.take(question()), null);

  waiting.hold({ questionId: "q1", optionIds: ["a"] });
  waiting.hold({ questionId: "q1", optionIds: ["b"] }); // the latest tap wins
  assert.deepEqual(waiting.take(question()), { send: { questionId: "q1", optionIds: ["b"] } });
  assert.equal(waiting.take(question()), null, "sent once");

  waiting.hold({ questionId: "q1", optionIds: ["a"] });
  assert.deepEqual(waiting.take(question({ state: "Closed" })), { closed: true });
  waiting.hold({ questionId: "q1", optionIds: ["a"] });
  assert.deepEqual(waiting.take(question({ id: "q2" })), { closed: true }, "another question is on now");
  waiting.hold({ questionId: "q1", optionIds: ["a"] });
  assert.deepEqual(waiting.take(null), { closed: true });
  assert.equal(waiting.take(question()), null, "nothing is left after it was refused");
});

test("reconnecting and rejoining back off, up to a ceiling", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 10].map(reconnectDelay), [500, 1000, 2000, 4000, 5000, 5000]);
  assert.deepEqual([0, 1, 2, 5, 20].map(joinDelay), [1000, 2000, 4000, 30000, 30000]);
  assert.equal(reasonOf(new Error("An unexpected error occurred invoking 'Join' on the server. HubException: The event is full.")), "The event is full.");
});

test("a question reads in the phone's language with the same ids, and falls back to the original", () => {
  const french = translated(question(), "fr");
  assert.equal(french?.text, "Quoi d'abord ?");
  assert.deepEqual(french?.options.map((o) => [o.id, o.text]), [["a", "Données"], ["b", "Funding"]]);
  assert.equal(translated(question(), "ar")?.text, "Which first?");
  assert.equal(translated(null, "fr"), null);
});

test("the timer counts down from the phone's own clock", () => {
  assert.equal(withDeadline(question({ secondsLeft: 90 }), 1_000)?.deadline, 91_000);
  assert.equal(withDeadline(question(), 1_000)?.deadline, undefined);
  assert.equal(countdownText(75.2, english), "⏱ 1:16 left to vote");
  assert.equal(countdownText(-3, english), "⏱ Time is up");
});

test("hints, button labels and texts come through the page's translations", () => {
  const t = translator({ ChooseUpToN: "Choisissez-en jusqu'à {0}.", Vote: "Voter" });
  assert.equal(hint(question({ type: "MultipleChoice", maxChoices: 3 }), t), "Choisissez-en jusqu'à 3.");
  assert.equal(hint(question({ type: "OpenText" }), english), "Answer in a few words (at most 280 characters).");
  assert.equal(submitLabel(question(), false, t), "Voter");
  assert.equal(submitLabel(question(), true, t), "ChangeVote", "a text the page did not hand over shows its key, never nothing");
  assert.equal(submitLabel(question({ type: "OpenText" }), true, english), "Change answer");
});

test("a ranking shows the stored order first and the rest in the question's order", () => {
  const q = question({ type: "Ranking", options: ["a", "b", "c", "d"].map((id) => ({ id, text: id, colour: "grey" })) });
  assert.deepEqual(rankedOptions(q, ["c", "a"]).map((o) => o.id), ["c", "a", "b", "d"]);
  assert.deepEqual(rankedOptions(q, []).map((o) => o.id), ["a", "b", "c", "d"]);
});

test("results: shares rounded half up like the report, statistics written like the projector", () => {
  assert.equal(percent(37, 40), 93); // 92.5 %
  assert.equal(percent(1, 0), 0);
  assert.deepEqual([3, 3.1, 3.15, 3.999].map(figure), ["3.0", "3.1", "3.15", "4.0"]);
  const [title, rows] = resultRows({
    questionId: "q1", type: "SingleChoice", participants: 40,
    options: [{ optionId: "a", text: "Data", colour: "red", phone: 30, cards: 7, total: 37 }, { optionId: "b", text: "Funding", colour: "blue", phone: 3, cards: 0, total: 3 }],
  }, /** @type {import("../src/phone/types.js").Question} */ (translated(question(), "fr")), english);
  assert.equal(title, "Results · votes: 40");
  assert.deepEqual(rows.map((r) => [r.label, r.value, r.percent]), [["Données", "93% (37)", 93], ["Funding", "8% (3)", 8]]);

  const [scaleTitle, scaleRows] = resultRows({ questionId: "q1", type: "Scale", participants: 4, options: [], mean: 3.25, distribution: [{ value: 1, count: 1 }, { value: 5, count: 3 }] },
    question({ type: "Scale", scaleMin: 1, scaleMax: 5, scaleMinLabel: "Not at all", scaleMaxLabel: null }), english);
  assert.equal(scaleTitle, "Results · votes: 4 · mean 3.25");
  assert.deepEqual(scaleRows.map((r) => [r.label, r.value]), [["1 · Not at all", "1"], ["5", "3"]]);

  // a merged word reads as the phone's language wrote it; a word no one wrote in that language keeps its head word
  const cloud = { questionId: "q1", type: "OpenText", participants: 5, options: [], answers: 5,
    words: [{ text: "funding", count: 4, labels: { en: "funding", fr: "financement" } }, { text: "trust", count: 1 }] };
  const [, frenchWords] = resultRows(cloud, question({ type: "OpenText" }), english, "fr");
  assert.deepEqual(frenchWords.map((r) => [r.label, r.value]), [["financement", "4"], ["trust", "1"]]);
  assert.deepEqual(resultRows(cloud, question({ type: "OpenText" }), english, "ar")[1].map((r) => r.label), ["funding", "trust"]);
});

test("results: an older picture than the one shown is dropped, by the sender's epoch, then the version", () => {
  /** @returns {import("../src/phone/types.js").Results} */
  const at = (/** @type {number} */ epoch, /** @type {number} */ version, questionId = "q1") =>
    ({ questionId, type: "SingleChoice", participants: version, options: [], sequence: { epoch, version } });
  assert.equal(olderThanShown(at(100, 7), at(100, 8)), true); // overtaken by a newer message
  assert.equal(olderThanShown(at(100, 8), at(100, 8)), false); // the same version again (cards changed): shown
  assert.equal(olderThanShown(at(100, 9), at(100, 8)), false);
  assert.equal(olderThanShown(at(90, 50), at(100, 8)), true); // from an instance that no longer sends
  assert.equal(olderThanShown(at(200, 1), at(100, 8)), false); // from the instance that took over
  assert.equal(olderThanShown(at(100, 1), at(100, 8, "q2")), false); // another question
  assert.equal(olderThanShown(at(100, 1), null), false);
  const joined = { ...at(100, 8), sequence: null }; // the join's results carry none
  assert.equal(olderThanShown(at(100, 1), joined), false);
});

test("Q&A: pinned first, then most upvoted; my own questions awaiting approval stay listed", () => {
  const mine = { id: "m", text: "Mine", votes: 0, status: "Pending", mine: true };
  const merged = mergeQna([mine], [{ id: "x", text: "Other", votes: 2, status: "Approved" }, { id: "p", text: "On screen", votes: 0, status: "Pinned" }]);
  assert.deepEqual(sortQna(merged).map((i) => i.id), ["p", "x", "m"]);
  const approved = mergeQna(merged, [{ id: "m", text: "Mine", votes: 1, status: "Approved" }]);
  assert.deepEqual(approved.map((i) => [i.id, i.mine]), [["m", true]], "once approved it comes from the server, still marked mine");
});
