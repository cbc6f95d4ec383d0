// The phone's texts in its language: the page hands over the texts by key (e.g. "VoteRecorded").
// Every text is a call of t with its key in quotes, then its values: the page hands over exactly those
// texts (PhoneScriptTexts.cs lists them; the build checks every key exists in every language).

/** @typedef {(key: string, ...args: (string | number | null | undefined)[]) => string} Translate */

/**
 * @param {Record<string, string>} texts
 * @returns {Translate}
 */
export function translator(texts) {
  return (key, ...args) => (texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}
