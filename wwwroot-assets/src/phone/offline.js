// A vote tapped while the connection was away: kept on the phone and sent by itself once the phone has joined again,
// if its question is still open.
/** @typedef {import("./types.js").Vote} Vote */
/** @typedef {import("./types.js").Question} Question */

export class WaitingVote {
  /** @type {Vote | null} */
  #vote = null;

  /** @param {Vote} vote the latest tap wins */
  hold(vote) {
    this.#vote = vote;
  }

  /**
   * Takes the held vote, if any, now that the phone shows <question>: "send" it while its question is open,
   * "closed" when voting ended before it could go out.
   * @param {Question | null} question
   * @returns {{ send: Vote } | { closed: true } | null}
   */
  take(question) {
    const vote = this.#vote;
    if (!vote) return null;
    this.#vote = null;
    return question?.id === vote.questionId && question.state === "Open" ? { send: vote } : { closed: true };
  }
}
