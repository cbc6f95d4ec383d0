namespace LivePoll.Web.Localization;

/// <summary>
/// The audience texts the phone script shows itself (its t("…") calls, by key); the phone page sends the script these, and only
/// these, in the phone's language. A test keeps this list and the script in step.
/// </summary>
public static class PhoneScriptTexts
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "AnswerFewWordsMostNCharacters",
        "AnswerRecorded",
        "Answered",
        "ChangeAnswer",
        "ChangeVote",
        "ChooseNumberFromNN",
        "ChooseOne",
        "ChooseUpToN",
        "Connecting",
        "MoveNDown",
        "MoveNUp",
        "NotSentCheckYourConnectionTryAgain",
        "NowOnScreen",
        "OfflineRetrying",
        "OptionalAnonymousResultsOnlyShownGroups",
        "PutItemsOrderMostImportantFirst",
        "QuestionSent",
        "QuestionSentAppearsOnceModeratorApproves",
        "Reconnecting",
        "Results",
        "ResultsAnswersN",
        "ResultsRankingsN",
        "ResultsVotesN",
        "ResultsVotesNMeanN",
        "SendAnswer",
        "Sending",
        "Skip",
        "ThankYou",
        "TheEventHasEndedThankYou",
        "TheEventStartingAnswersGivenDuring",
        "TimeIsUp",
        "UpvoteVotesN",
        "UpvotedVotesN",
        "Vote",
        "VoteRecorded",
        "VotingClosedBeforeYourAnswerWasSent",
        "VotingQuestionClosed",
        "WaitingConnectionYourVoteWillSent",
        "WaitingForApproval",
        "WaitingNextQuestion",
        "YourAnswer",
        "YouHaveChosenNMostQuestionAllowsUntick",
        "NLeftToVote",
        "NPoints",
        "NPlaceN",
    ];
}
