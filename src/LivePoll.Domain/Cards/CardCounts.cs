using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Cards;

/// <summary>A count of raised cards for one option, as the moderator enters it.</summary>
public sealed record CardCountEntry(Guid OptionId, int Count);

/// <summary>
/// Rules for the coloured cards counted in the room: only choice questions that have been asked
/// (open or closed) take them; counts are whole numbers from 0 to <see cref="MaxCount"/>.
/// </summary>
public static class CardCounts
{
    public const int MaxCount = 100_000;

    /// <summary>Problems with the entries, by field path (empty when they can be applied).</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(Question question, IReadOnlyList<CardCountEntry>? entries)
    {
        if (entries is null || entries.Count == 0)
        {
            return [("counts", "Give at least one count.")];
        }
        var errors = new List<(string, string)>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (question.Options.All(o => o.Id != entry.OptionId))
            {
                errors.Add(($"counts[{i}].optionId", "This option is not part of the question."));
            }
            else if (!seen.Add(entry.OptionId))
            {
                errors.Add(($"counts[{i}].optionId", "Each option may appear only once."));
            }
            if (entry.Count is < 0 or > MaxCount)
            {
                errors.Add(($"counts[{i}].count", $"A count must be between 0 and {MaxCount:N0}."));
            }
        }
        return errors;
    }

    /// <summary>Sets the counts (after <see cref="Validate"/> found nothing) and returns what changed.</summary>
    public static IReadOnlyList<CardCountChange> Apply(
        Guid eventId, Question question, IReadOnlyList<CardCountEntry> entries, string changedBy, DateTimeOffset now)
    {
        if (!question.Type.IsChoice())
        {
            throw new DomainRuleException("CardsCanOnlyCountedSingleMultipleChoice");
        }
        if (question.State == QuestionState.Draft)
        {
            throw new DomainRuleException("OpenQuestionBeforeCountingCards");
        }
        var changes = new List<CardCountChange>();
        foreach (var entry in entries)
        {
            var option = question.Options.Single(o => o.Id == entry.OptionId);
            if (option.CardCount != entry.Count)
            {
                changes.Add(new CardCountChange
                {
                    EventId = eventId,
                    QuestionId = question.Id,
                    OptionId = option.Id,
                    OldCount = option.CardCount,
                    NewCount = entry.Count,
                    ChangedBy = changedBy,
                    ChangedAt = now,
                });
                option.CardCount = entry.Count;
            }
        }
        return changes;
    }
}
