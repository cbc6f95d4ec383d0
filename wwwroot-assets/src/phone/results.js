// Results as plain bars (the same rows as ResultBars.razor), with the same rounding as the projector and the report.
/** @typedef {import("./types.js").Question} Question */
/** @typedef {import("./types.js").Results} Results */
/** @typedef {import("./texts.js").Translate} Translate */
/** @typedef {{ label: string, value: string, percent: number, colour: string }} ResultRow */

/**
 * A statistic as the projector and the report write it (.NET "0.0#"): 3.15, 3.1, 3.0.
 * @param {number} value
 */
export function figure(value) {
  const text = String(Number(value.toFixed(2)));
  return text.includes(".") ? text : `${text}.0`;
}

/**
 * A whole percentage, halves rounded up as the report does (.NET MidpointRounding.AwayFromZero for positive shares).
 * @param {number} part
 * @param {number} whole
 */
export function percent(part, whole) {
  return whole <= 0 ? 0 : Math.round((100 * part) / whole);
}

/**
 * Whether a results message is an older picture than the one shown: messages from the one instance that sends an
 * event's results carry its sequence (when it began sending, then the tally's version), so a message overtaken by a
 * newer one, or one from an instance that no longer sends, is dropped and a count never steps back. Results without a
 * sequence (the join's) are compared with nothing: they are shown, and so is the next message.
 * @param {Results} incoming
 * @param {Results | null} shown
 */
export function olderThanShown(incoming, shown) {
  const a = incoming.sequence;
  const b = shown?.questionId === incoming.questionId ? shown.sequence : null;
  if (!a || !b) return false;
  return a.epoch < b.epoch || (a.epoch === b.epoch && a.version < b.version);
}

/**
 * The title and bars of a question's results.
 * @param {Results} r
 * @param {Question} q
 * @param {Translate} t
 * @param {string} [lang] the phone's language: a merged word of the cloud reads as that language's answers wrote it
 * @returns {[string, ResultRow[]]}
 */
export function resultRows(r, q, t, lang) {
  const optionText = (/** @type {{ optionId: string, text: string }} */ o) => q.options.find((option) => option.id === o.optionId)?.text ?? o.text;
  if (r.type === "Scale") {
    const mean = r.mean == null ? "–" : figure(r.mean);
    const label = (/** @type {number} */ v) =>
      v === q.scaleMin && q.scaleMinLabel ? `${v} · ${q.scaleMinLabel}` : v === q.scaleMax && q.scaleMaxLabel ? `${v} · ${q.scaleMaxLabel}` : String(v);
    return [t("ResultsVotesNMeanN", r.participants, mean),
      (r.distribution ?? []).map((d) => ({ label: label(d.value), value: String(d.count), percent: percent(d.count, r.participants), colour: "blue" }))];
  }
  if (r.type === "Ranking") {
    const best = Math.max(0, ...r.options.map((o) => o.points ?? 0));
    return [t("ResultsRankingsN", r.participants),
      [...r.options].sort((a, b) => (b.points ?? 0) - (a.points ?? 0))
        .map((o) => ({ label: optionText(o), value: t("NPoints", o.points ?? 0), percent: percent(o.points ?? 0, best), colour: o.colour }))];
  }
  if (r.type === "OpenText") {
    const words = (r.words ?? []).slice(0, 10);
    return [t("ResultsAnswersN", r.answers ?? 0),
      words.map((w) => ({ label: (lang && w.labels?.[lang]) || w.text, value: String(w.count), percent: percent(w.count, words[0].count), colour: "teal" }))];
  }
  const total = r.options.reduce((sum, o) => sum + o.total, 0);
  return [t("ResultsVotesN", total),
    r.options.map((o) => ({ label: optionText(o), value: `${percent(o.total, total)}% (${o.total})`, percent: percent(o.total, total), colour: o.colour }))];
}
