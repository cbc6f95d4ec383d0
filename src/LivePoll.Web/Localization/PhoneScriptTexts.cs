namespace LivePoll.Web.Localization;

/// <summary>
/// The audience texts participant.js shows itself (its t("…") calls); the phone page sends the script these, and only
/// these, in the phone's language. A test keeps this list and the script in step.
/// </summary>
public static class PhoneScriptTexts
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "Answer in a few words (at most {0} characters).",
        "Answer recorded ✓",
        "Answered",
        "Change answer",
        "Change vote",
        "Choose a number from {0} to {1}.",
        "Choose one.",
        "Choose up to {0}.",
        "Connecting…",
        "Move {0} down",
        "Move {0} up",
        "Not sent — check your connection and try again.",
        "Now on screen",
        "Offline — retrying…",
        "Optional and anonymous: results are only shown for groups of 5 or more people.",
        "Put the items in order, most important first.",
        "Question sent ✓",
        "Question sent ✓ — it appears once the moderator approves it.",
        "Reconnecting…",
        "Results",
        "Results · answers: {0}",
        "Results · rankings: {0}",
        "Results · votes: {0}",
        "Results · votes: {0} · mean {1}",
        "Send answer",
        "Sending…",
        "Skip",
        "Thank you ✓",
        "The event has ended. Thank you!",
        "The event is starting. Answers given during the rehearsal were removed.",
        "Time is up",
        "Upvote (votes: {0})",
        "Upvoted (votes: {0})",
        "Vote",
        "Vote recorded ✓",
        "Voting closed before your answer was sent.",
        "Voting on this question is closed.",
        "Waiting for connection — your vote will be sent.",
        "Waiting for approval",
        "Waiting for the next question…",
        "Your answer",
        "You have chosen {0}: the most this question allows. Untick one to choose another.",
        "{0} left to vote",
        "{0} points",
        "{0}: place {1}",
    ];
}
