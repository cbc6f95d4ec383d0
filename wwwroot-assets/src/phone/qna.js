// Questions for the speakers as this phone lists them.
/** @typedef {import("./types.js").QnaItem} QnaItem */

/**
 * The room's public questions, plus this phone's own ones still waiting for approval (the room does not see those).
 * @param {QnaItem[]} current what the phone lists now
 * @param {QnaItem[]} items the room's questions, as the server just sent them
 * @returns {QnaItem[]}
 */
export function mergeQna(current, items) {
  const ids = new Set(items.map((i) => i.id));
  const mine = new Set(current.filter((i) => i.mine).map((i) => i.id));
  return [...items.map((i) => ({ ...i, mine: mine.has(i.id) })), ...current.filter((i) => i.mine && i.status === "Pending" && !ids.has(i.id))];
}

/**
 * Pinned first, then by upvotes.
 * @param {QnaItem[]} items
 */
export function sortQna(items) {
  return [...items].sort((a, b) => Number(b.status === "Pinned") - Number(a.status === "Pinned") || b.votes - a.votes);
}
