namespace LivePoll.Web.Realtime;

/// <summary>What the big screen shows, switched from the moderator's console.</summary>
public enum ProjectorMode
{
    /// <summary>Follows the agenda: the current question (with its results when the room may see them), else the lobby.</summary>
    Auto,
    Lobby,

    /// <summary>The current question's results, even while phones do not see them yet.</summary>
    Results,
    WordCloud,
    Qna,
    Blank,
}
