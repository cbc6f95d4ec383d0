// The shapes the hub sends and takes (design.md, "Hub"), for the type checker.

/**
 * @typedef {{ text: string }} OptionWording
 * @typedef {{ id: string, text: string, colour: string, translations?: Record<string, OptionWording> }} Option
 * @typedef {{ text: string, scaleMinLabel?: string | null, scaleMaxLabel?: string | null }} QuestionWording
 * @typedef {"SingleChoice" | "MultipleChoice" | "Scale" | "Ranking" | "OpenText"} QuestionType
 * @typedef {{
 *   id: string, type: QuestionType, state: string, text: string, options: Option[],
 *   maxChoices?: number | null, scaleMin?: number | null, scaleMax?: number | null,
 *   scaleMinLabel?: string | null, scaleMaxLabel?: string | null, resultsVisible?: boolean,
 *   secondsLeft?: number | null, deadline?: number, translations?: Record<string, QuestionWording>
 * }} Question
 * @typedef {{ questionId: string, optionIds?: string[], value?: number | null, ranking?: string[], text?: string }} Vote
 * @typedef {{ optionId: string, text: string, colour: string, phone: number, cards: number, total: number, points?: number | null }} OptionResult
 * @typedef {{
 *   questionId: string, type: QuestionType, participants: number, options: OptionResult[], mean?: number | null,
 *   distribution?: { value: number, count: number }[] | null, answers?: number | null, words?: { text: string, count: number, labels?: Record<string, string> | null }[] | null,
 *   sequence?: { epoch: number, version: number } | null
 * }} Results
 * @typedef {{ id: string, text: string, author?: string | null, votes: number, status: string, mine?: boolean }} QnaItem
 * @typedef {{ question: string, groups: string[], translations?: Record<string, { question: string, groups: string[] }> }} Profile
 */

export {};
