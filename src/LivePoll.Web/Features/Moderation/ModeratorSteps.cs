using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Presentation;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Moderation;

/// <summary>
/// A moderator page's one-click steps (console or phone remote): each does what its button showed when it was pressed
/// (the question as rendered, not as it is by now), one at a time, so a double click or tap never opens and closes.
/// </summary>
public sealed class ModeratorSteps(ModerationService moderation, PresentationService presentation)
{
    public bool Busy { get; private set; }

    public Task ToggleOpenAsync(Guid eventId, Question question, Func<Task<string>> actor, bool keepOthersOpen = false)
    {
        var close = question.State == QuestionState.Open;
        return RunAsync(actor, name => close
            ? moderation.CloseAsync(eventId, question.Id, name)
            : moderation.OpenAsync(eventId, question.Id, name, keepOthersOpen));
    }

    public Task ToggleRevealAsync(Guid eventId, Question question, Func<Task<string>> actor)
    {
        var hide = question.ResultsVisibleToAudience;
        return RunAsync(actor, name => hide
            ? moderation.HideAsync(eventId, question.Id, name)
            : moderation.RevealAsync(eventId, question.Id, name));
    }

    public Task StartSessionAsync(Guid eventId, Guid sessionId, Func<Task<string>> actor) =>
        RunAsync(actor, name => moderation.StartSessionAsync(eventId, sessionId, name));

    /// <summary>The clicker's "blank screen": blanks the projector, and brings back what it showed by following the agenda.</summary>
    public Task ToggleBlankAsync(LiveEvent live) =>
        presentation.SetAsync(live.Id, live.ProjectorMode == ProjectorMode.Blank ? ProjectorMode.Auto : ProjectorMode.Blank, live.HighContrast);

    private async Task RunAsync(Func<Task<string>> actor, Func<string, Task> step)
    {
        if (Busy)
        {
            return;
        }
        Busy = true;
        try
        {
            await step(await actor());
        }
        finally
        {
            Busy = false;
        }
    }
}
