// What a question's form holds, as the Submit message.
/** @typedef {import("./types.js").Question} Question */
/** @typedef {import("./types.js").Vote} Vote */

/**
 * The Submit message for what the form of question <q> holds.
 * @param {HTMLFormElement} form
 * @param {Question} q
 * @returns {Vote}
 */
export function answerOf(form, q) {
  /** @type {Vote} */
  const vote = { questionId: q.id };
  if (q.type === "Scale") {
    const checked = /** @type {HTMLInputElement | null} */ (form.querySelector("input[name=value]:checked"));
    vote.value = checked ? Number(checked.value) : null;
  } else if (q.type === "Ranking") {
    // the page's own form (before the script took over) ranks with a place selector per option
    const places = [...form.querySelectorAll("select[name^='rank-']")].map((place) => /** @type {HTMLSelectElement} */ (place));
    vote.ranking = places.length > 0
      ? places.sort((a, b) => Number(a.value) - Number(b.value)).map((place) => place.name.slice("rank-".length))
      : [...form.querySelectorAll(".lp-rank-item")].map((item) => /** @type {HTMLElement} */ (item).dataset.option ?? "");
  } else if (q.type === "OpenText") {
    vote.text = /** @type {HTMLTextAreaElement} */ (form.querySelector("textarea")).value;
  } else {
    vote.optionIds = [...form.querySelectorAll("input[name=optionIds]:checked")].map((box) => /** @type {HTMLInputElement} */ (box).value);
  }
  return vote;
}

/**
 * Whether anything in the page's own form differs from what the server wrote into it (that form has no listeners).
 * @param {HTMLFormElement} form
 */
export function changedByHand(form) {
  return [...form.elements].some((field) =>
    field instanceof HTMLInputElement ? (field.type === "radio" || field.type === "checkbox") && field.checked !== field.defaultChecked
      : field instanceof HTMLSelectElement ? [...field.options].some((o) => o.selected !== o.defaultSelected)
      : field instanceof HTMLTextAreaElement && field.value !== field.defaultValue);
}
