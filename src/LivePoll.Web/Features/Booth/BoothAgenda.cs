using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Booth;

/// <summary>What the booth shows of the agenda: the part running, the question the phones see, and what comes after it.</summary>
public sealed record BoothAgenda(AgendaSession? Part, Question? Current, Question? NextQuestion, AgendaSession? NextPart)
{
    public static BoothAgenda Of(Event ev, Question? current)
    {
        var part = ev.CurrentSession ?? (current is null ? null : ev.Sessions.FirstOrDefault(s => s.Id == current.SessionId));
        var questions = ev.QuestionsInOrder().ToList();
        var after = current is null
            ? questions.SkipWhile(q => part is not null && q.SessionId != part.Id)
            : questions.SkipWhile(q => q.Id != current.Id).Skip(1);
        return new(part, current, after.FirstOrDefault(q => q.State == QuestionState.Draft), ev.NextSession);
    }
}
