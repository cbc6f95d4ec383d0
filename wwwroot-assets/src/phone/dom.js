// Small builders: everything shown is built with textContent (never innerHTML), so audience text stays inert.

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string | null} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {string} type
 * @param {string} name
 * @param {string} value
 * @param {boolean} checked
 * @param {boolean} disabled
 */
export function input(type, name, value, checked, disabled) {
  const node = el("input");
  node.type = type;
  node.name = name;
  node.value = value;
  node.checked = checked;
  node.disabled = disabled;
  return node;
}

/**
 * @param {string} name
 * @param {string} value
 */
export function hidden(name, value) {
  return input("hidden", name, value, false, false);
}

/**
 * The element with this id; the phone page always has it.
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the phone page`);
  return node;
}
