namespace LivePoll.Domain.Events;

public enum EventStatus
{
    Draft,
    Live,
    Closed,
}
