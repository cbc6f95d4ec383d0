using LivePoll.Domain.Questions;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Moderation;

/// <summary>Closes questions whose timer has run out, whether or not a console is open.</summary>
public sealed class QuestionTimers(
    LiveEventRegistry registry,
    ModerationService moderation,
    TimeProvider time,
    ILogger<QuestionTimers> logger) : PeriodicService(CheckInterval, time)
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(250);

    protected override Task TickAsync() => CloseExpiredAsync();

    internal async Task CloseExpiredAsync()
    {
        var now = Time.GetUtcNow();
        var expired = registry.Loaded()
            .SelectMany(live => live.Snapshot.QuestionsInOrder()
                .Where(q => q.State == QuestionState.Open && q.ClosesAt <= now)
                .Select(q => (EventId: live.Id, QuestionId: q.Id)))
            .ToList();
        foreach (var (eventId, questionId) in expired)
        {
            try
            {
                await moderation.CloseExpiredAsync(eventId, questionId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not close question {QuestionId} at the end of its timer", questionId);
            }
        }
    }
}
