// The answer inputs for each question type (the same markup as QuestionInputs.razor).
import { el, input } from "./dom.js";
import { maxAnswerLength, rankedOptions } from "./question.js";
/** @typedef {import("./types.js").Question} Question */
/** @typedef {import("./types.js").Option} Option */
/** @typedef {import("./types.js").Vote} Vote */
/** @typedef {import("./texts.js").Translate} Translate */
/**
 * @typedef {{
 *   colour: (name: string) => string,
 *   t: Translate,
 *   moved: (item: HTMLLIElement, offset: number) => void
 * }} InputsContext
 */

/**
 * @param {Question} q
 * @param {boolean} open
 * @param {Vote | null} shown the answer to show in the inputs: the stored one, or one not sent yet
 * @param {InputsContext} context
 * @returns {HTMLElement[]}
 */
export function answerInputs(q, open, shown, context) {
  switch (q.type) {
    case "SingleChoice":
    case "MultipleChoice":
      return choiceInputs(q, open, shown, context);
    case "Scale":
      return scaleInputs(q, open, shown);
    case "Ranking":
      return [rankingList(q, open, shown, context)];
    default:
      return [textInput(open, shown, context.t)];
  }
}

/**
 * Once as many options are ticked as the question allows, the others rest until one is unticked, and <said> tells
 * the person why.
 * @param {HTMLFormElement} form
 * @param {Question} q
 * @param {(full: boolean) => void} said
 */
export function limitChoices(form, q, said) {
  if (q.type !== "MultipleChoice" || !q.maxChoices) return;
  const max = q.maxChoices;
  /** @type {HTMLInputElement[]} */
  const boxes = [...form.querySelectorAll("input[name=optionIds]")].map((box) => /** @type {HTMLInputElement} */ (box));
  const apply = () => {
    const full = boxes.filter((box) => box.checked).length >= max;
    for (const box of boxes) box.disabled = full && !box.checked;
    said(full);
  };
  form.addEventListener("change", apply);
  apply();
}

/**
 * @param {Question} q
 * @param {boolean} open
 * @param {Vote | null} shown
 * @param {InputsContext} context
 */
function choiceInputs(q, open, shown, context) {
  const chosen = new Set(shown?.optionIds ?? []);
  return q.options.map((option) => {
    const label = el("label", "lp-option");
    label.style.setProperty("--card", context.colour(option.colour));
    label.append(input(q.type === "SingleChoice" ? "radio" : "checkbox", "optionIds", option.id, chosen.has(option.id), !open), el("span", null, option.text));
    return label;
  });
}

/**
 * @param {Question} q
 * @param {boolean} open
 * @param {Vote | null} shown
 */
function scaleInputs(q, open, shown) {
  const row = el("div", "lp-scale");
  for (let value = q.scaleMin ?? 1; value <= (q.scaleMax ?? 5); value++) {
    const step = el("label", "lp-scale-step");
    step.append(input("radio", "value", String(value), shown?.value === value, !open), el("span", null, String(value)));
    row.append(step);
  }
  if (!q.scaleMinLabel && !q.scaleMaxLabel) return [row];
  const ends = el("p", "lp-scale-ends");
  ends.append(el("span", null, `${q.scaleMin} = ${q.scaleMinLabel ?? ""}`), el("span", null, `${q.scaleMax} = ${q.scaleMaxLabel ?? ""}`));
  return [row, ends];
}

/**
 * A ranking reordered by tapping ↑ / ↓ (an item's place is its position in the list).
 * @param {Question} q
 * @param {boolean} open
 * @param {Vote | null} shown
 * @param {InputsContext} context
 */
function rankingList(q, open, shown, context) {
  const list = el("ol", "lp-ranking");
  for (const option of rankedOptions(q, shown?.ranking ?? [])) list.append(rankItem(option, open, context));
  return list;
}

/**
 * @param {Option} option
 * @param {boolean} open
 * @param {InputsContext} context
 */
function rankItem(option, open, context) {
  const { t } = context;
  const item = el("li", "lp-rank-item");
  item.dataset.option = option.id;
  item.style.setProperty("--card", context.colour(option.colour));
  item.append(el("span", "lp-rank-text", option.text));
  if (open) {
    for (const [symbol, offset, label] of /** @type {[string, number, string][]} */ ([["↑", -1, t("MoveNUp", option.text)], ["↓", 1, t("MoveNDown", option.text)]])) {
      const button = el("button", "lp-rank-move", symbol);
      button.type = "button";
      button.setAttribute("aria-label", label);
      button.addEventListener("click", () => move(item, offset, context));
      item.append(button);
    }
  }
  return item;
}

/**
 * @param {HTMLLIElement} item
 * @param {number} offset -1 up, 1 down
 * @param {InputsContext} context
 */
function move(item, offset, context) {
  const sibling = offset < 0 ? item.previousElementSibling : item.nextElementSibling;
  if (!sibling) return;
  if (offset < 0) sibling.before(item);
  else sibling.after(item);
  /** @type {HTMLElement | null} */ (item.querySelector(`.lp-rank-move:nth-of-type(${offset < 0 ? 1 : 2})`))?.focus();
  context.moved(item, offset);
}

/**
 * @param {boolean} open
 * @param {Vote | null} shown
 * @param {Translate} t
 */
function textInput(open, shown, t) {
  const label = el("label", "lp-text");
  const text = el("textarea");
  text.name = "text";
  text.maxLength = maxAnswerLength;
  text.rows = 3;
  text.value = shown?.text ?? "";
  text.disabled = !open;
  label.append(el("span", "lp-visually-hidden", t("YourAnswer")), text);
  return label;
}
