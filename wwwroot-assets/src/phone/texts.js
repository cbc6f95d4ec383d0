// The phone's texts in its language: the page hands over the translations (keys are the English texts).
// Every text is a call of t with the English text itself in quotes, then its values: the page hands over
// exactly those translations (PhoneScriptTexts.cs lists them).

/** @typedef {(key: string, ...args: (string | number | null | undefined)[]) => string} Translate */

/**
 * @param {Record<string, string>} texts
 * @returns {Translate}
 */
export function translator(texts) {
  return (key, ...args) => (texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}
