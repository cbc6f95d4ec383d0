namespace LivePoll.Domain.Questions;

/// <summary>When the audience (projector and phones) sees results unless the moderator reveals or hides them.</summary>
public enum ResultsVisibility
{
    Hidden,
    Live,
    AfterClose,
}
