namespace LivePoll.Domain.Questions;

public enum QuestionState
{
    Draft,
    Open,
    Closed,
}
