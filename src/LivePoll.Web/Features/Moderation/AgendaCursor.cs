using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Moderation;

/// <summary>
/// Where a moderator's clicker stands in the agenda: on a part of it or on a question. Steps go through each part, then
/// its questions, in agenda order. Each console and each remote has its own.
/// </summary>
public sealed class AgendaCursor
{
    public Guid? SelectedId { get; set; }

    public Question? Question(Event ev) => SelectedId is { } id ? ev.FindQuestion(id) : null;

    public AgendaSession? Session(Event ev) => ev.Sessions.FirstOrDefault(s => s.Id == SelectedId);

    /// <summary>Until the moderator moves it: on the question the audience sees, else the running part, else the first step.</summary>
    public void Follow(LiveEvent live) =>
        SelectedId ??= live.CurrentQuestion?.Id ?? live.Snapshot.CurrentSession?.Id ?? Steps(live.Snapshot).FirstOrDefault() as Guid?;

    public void Step(Event ev, int offset)
    {
        var steps = Steps(ev);
        if (steps.Count == 0)
        {
            return;
        }
        var index = SelectedId is { } id ? steps.IndexOf(id) : -1;
        SelectedId = steps[Math.Clamp(index + offset, 0, steps.Count - 1)];
    }

    private static List<Guid> Steps(Event ev) => [.. ev.Sessions.OrderBy(s => s.Order)
        .SelectMany(s => s.Questions.OrderBy(q => q.Order).Select(q => q.Id).Prepend(s.Id))];
}
