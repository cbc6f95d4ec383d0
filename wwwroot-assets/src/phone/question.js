// The question as this phone reads and answers it.
/** @typedef {import("./types.js").Question} Question */
/** @typedef {import("./texts.js").Translate} Translate */

/** The most characters an open-text answer may have (Response.MaxTextLength). */
export const maxAnswerLength = 280;

/**
 * The question in the phone's language; ids stay the same, so votes pool across languages.
 * @param {Question | null} q
 * @param {string} lang
 * @returns {Question | null}
 */
export function translated(q, lang) {
  const wording = q?.translations?.[lang];
  if (!q || !wording) return q;
  return {
    ...q,
    text: wording.text,
    scaleMinLabel: wording.scaleMinLabel ?? q.scaleMinLabel,
    scaleMaxLabel: wording.scaleMaxLabel ?? q.scaleMaxLabel,
    options: q.options.map((o) => ({ ...o, text: o.translations?.[lang]?.text ?? o.text })),
  };
}

/**
 * A question's timer, counted down on the phone's own clock from the moment the question arrived.
 * @param {Question | null} q
 * @param {number} now milliseconds, as Date.now()
 */
export function withDeadline(q, now) {
  if (q && q.secondsLeft != null) q.deadline = now + q.secondsLeft * 1000;
  return q;
}

/**
 * What the countdown says with this many seconds left.
 * @param {number} secondsLeft
 * @param {Translate} t
 */
export function countdownText(secondsLeft, t) {
  const left = Math.max(0, Math.ceil(secondsLeft));
  return `⏱ ${left > 0 ? t("NLeftToVote", `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`) : t("TimeIsUp")}`;
}

/**
 * @param {Question} q
 * @param {Translate} t
 */
export function hint(q, t) {
  if (q.type === "SingleChoice") return t("ChooseOne");
  if (q.type === "MultipleChoice") return t("ChooseUpToN", q.maxChoices);
  if (q.type === "Scale") return t("ChooseNumberFromNN", q.scaleMin, q.scaleMax);
  if (q.type === "Ranking") return t("PutItemsOrderMostImportantFirst");
  return t("AnswerFewWordsMostNCharacters", maxAnswerLength);
}

/**
 * @param {Question} q
 * @param {boolean} answered whether this phone's answer is already stored
 * @param {Translate} t
 */
export function submitLabel(q, answered, t) {
  if (q.type === "OpenText") return answered ? t("ChangeAnswer") : t("SendAnswer");
  return answered ? t("ChangeVote") : t("Vote");
}

/**
 * The options in the order of a ranking (those it does not place come after, in the question's order).
 * @param {Question} q
 * @param {string[]} order option ids, best first
 */
export function rankedOptions(q, order) {
  const rank = (/** @type {string} */ id) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length + q.options.findIndex((o) => o.id === id) : index;
  };
  return [...q.options].sort((a, b) => rank(a.id) - rank(b.id));
}
