using System.Data.Common;
using LivePoll.Data;
using LivePoll.Domain.Events;
using LivePoll.Domain.Qna;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Reports;
using LivePoll.Domain.Results;
using LivePoll.Domain.Voting;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Web.Features.Reports;

/// <summary>
/// One consistent read of an event for its report and exports: a read transaction that sees the database as it was
/// when it began (SQLite WAL snapshot), while phones keep voting. Rows stream from it; nothing holds every response.
/// </summary>
public sealed class ReportSnapshot : IAsyncDisposable
{
    public const string NoGroup = "Not given";
    private const int TopQuestions = 10;

    private readonly LivePollDbContext _db;
    private readonly DbTransaction _transaction;
    private readonly Event _event;
    private readonly Dictionary<Guid, string> _groupOf;
    private readonly HashSet<string> _smallGroups;

    private ReportSnapshot(LivePollDbContext db, DbTransaction transaction, Event ev, Dictionary<Guid, string> groupOf)
    {
        _db = db;
        _transaction = transaction;
        _event = ev;
        _groupOf = groupOf;
        _smallGroups = [.. groupOf.Values.GroupBy(g => g).Where(g => SmallCells.IsSmall(g.Count())).Select(g => g.Key)];
    }

    public Event Event => _event;

    public static async Task<ReportSnapshot> OpenAsync(IDbContextFactory<LivePollDbContext> dbFactory, Guid eventId)
    {
        var db = await dbFactory.CreateDbContextAsync();
        try
        {
            await db.Database.OpenConnectionAsync();
            // SQLite: deferred, a read transaction that never takes the write lock the vote writer needs;
            // PostgreSQL: repeatable read, so every query of the report sees the same moment
            var transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await db.Database.GetDbConnection().BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
            await db.Database.UseTransactionAsync(transaction);
            var ev = await db.EventTrees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId)
                ?? throw new NotFoundException("TheEventDoesNotExist");
            var groups = await db.Participants.AsNoTracking()
                .Where(p => p.EventId == eventId && p.Group != null)
                .Select(p => new { p.Id, p.Group })
                .ToDictionaryAsync(p => p.Id, p => p.Group!);
            return new ReportSnapshot(db, transaction, ev, groups);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The report: every question's results, turnout, breakdown by group, repeat comparison and the top Q&amp;A.</summary>
    public async Task<EventReport> ReportAsync(LiveEvent? live, DateTimeOffset now)
    {
        var questions = _event.QuestionsInOrder().ToList();
        var tallies = questions.ToDictionary(q => q.Id, q => new QuestionTally(q.Id));
        await foreach (var (response, language) in ResponsesAsync())
        {
            tallies[response.QuestionId].Apply(response.ParticipantId, response.ToBallot() with { Language = language });
        }

        var results = questions.ToDictionary(q => q.Id, q => QuestionResults.From(q, tallies[q.Id].Snapshot(), _event.MergedWords));
        var numbers = questions.Select((q, i) => (q.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        QuestionReport ReportOn(Question q) => new(
            numbers[q.Id], q, results[q.Id],
            Math.Max(q.PeakConnectedPhones, live?.PeakConnectedWhileOpen(q.Id) ?? 0),
            [.. tallies[q.Id].Snapshot().Texts.Select(t => t.Text.Trim()).Where(t => t.Length > 0 && !q.HiddenAnswers.Contains(t.ToLowerInvariant()))],
            Segments(q, tallies[q.Id]),
            q.RepeatOfId is { } earlier && results.TryGetValue(earlier, out var before)
                ? new RepeatComparison(numbers[earlier], _event.FindQuestion(earlier)!.Text, OptionShift.Between(before, results[q.Id]))
                : null);

        return new EventReport(
            _event.Id, _event.Title, _event.Code, _event.Languages, now,
            await _db.Participants.CountAsync(p => p.EventId == _event.Id),
            _event.ProfileQuestion,
            [.. _event.Sessions.OrderBy(s => s.Order).Select(s => new SessionReport(
                s.Title, s.PlannedMinutes, s.StartedAt, s.EndedAt, [.. s.Questions.OrderBy(q => q.Order).Select(ReportOn)]))],
            await TopQuestionsAsync(),
            _event.ChathamHouse,
            _event.InRehearsal);
    }

    /// <summary>
    /// The tidy long rows of the raw data in agenda order: each question's phone answers (one row per chosen option,
    /// ranked option, value or text), then its counted cards. The one disclosure rule of every raw export: a row
    /// carries its person's group only where no count of that question's breakdown by group is hidden as "&lt;5" —
    /// else every phone row of the question reads "&lt;5", so that no hidden count can be recounted from the rows.
    /// A respondent number regroups one person's rows only where the event asks no profile question: with groups,
    /// rows linked across questions would let a reader form groups smaller than five.
    /// </summary>
    public async IAsyncEnumerable<ResponseRow> RowsAsync()
    {
        var respondents = _event.ProfileQuestion is null ? await RespondentNumbersAsync() : [];
        var sessions = _event.Sessions.SelectMany(s => s.Questions.Select(q => (Session: s, Question: q))).ToDictionary(x => x.Question.Id, x => x.Session);
        var number = 0;
        foreach (var question in _event.QuestionsInOrder())
        {
            var session = sessions[question.Id];
            number++;
            var responses = ResponsesAsync([question.Id]);
            var groupsHidden = false;
            if (HasBreakdown(question))
            {
                // read once: the breakdown decides how the rows show groups, then the same responses become the rows
                var read = await responses.ToListAsync();
                groupsHidden = Segments(question, TallyOf(question, read))!.HidesAnyCount;
                responses = read.ToAsyncEnumerable();
            }
            await foreach (var (response, _) in responses)
            {
                var segment = groupsHidden ? SmallCells.Hidden : SegmentOf(response.ParticipantId);
                var row = new ResponseRow(session.Title, number, question.Text, question.Type, null, null, null, null, "phone", segment, response.UpdatedAt,
                    respondents.TryGetValue(response.ParticipantId, out var respondent) ? respondent : null);
                foreach (var expanded in Expand(row, question, response))
                {
                    yield return expanded;
                }
            }
            foreach (var option in question.OptionsInOrder().Where(o => question.Type.IsChoice() && o.CardCount > 0))
            {
                yield return new ResponseRow(session.Title, number, question.Text, question.Type, option.Text, option.CardCount, null, null, "cards", null, question.ClosedAt ?? question.OpenedAt);
            }
        }
    }

    /// <summary>
    /// 1…N for the event's participants, in an order drawn from a hash of event and participant: the same on every
    /// export, unrelated to the order of joining, and no way back to the participant's id or token.
    /// </summary>
    private async Task<Dictionary<Guid, int>> RespondentNumbersAsync()
    {
        var participants = await _db.Participants.AsNoTracking().Where(p => p.EventId == _event.Id).Select(p => p.Id).ToListAsync();
        return participants
            .OrderBy(id => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData([.. _event.Id.ToByteArray(), .. id.ToByteArray()])), StringComparer.Ordinal)
            .Select((id, index) => (id, index))
            .ToDictionary(p => p.id, p => p.index + 1);
    }

    /// <summary>Choice questions are broken down by the groups of the profile question, when the event asks one.</summary>
    private bool HasBreakdown(Question question) => _event.ProfileQuestion is not null && question.Type.IsChoice();

    private static QuestionTally TallyOf(Question question, IEnumerable<(Response Response, string? Language)> responses)
    {
        var tally = new QuestionTally(question.Id);
        foreach (var (response, language) in responses)
        {
            tally.Apply(response.ParticipantId, response.ToBallot() with { Language = language });
        }
        return tally;
    }

    private static IEnumerable<ResponseRow> Expand(ResponseRow row, Question question, Response response)
    {
        var ballot = response.ToBallot();
        var options = question.Options.ToDictionary(o => o.Id, o => o.Text);
        switch (question.Type)
        {
            case QuestionType.Scale:
                yield return row with { Value = ballot.Value };
                break;
            case QuestionType.OpenText:
                yield return row with { Text = ballot.Text };
                break;
            case QuestionType.Ranking:
                foreach (var (optionId, index) in ballot.OptionIds.Select((id, i) => (id, i)))
                {
                    yield return row with { Option = options.GetValueOrDefault(optionId), Rank = index + 1 };
                }
                break;
            default:
                foreach (var optionId in ballot.OptionIds)
                {
                    yield return row with { Option = options.GetValueOrDefault(optionId), Value = 1 };
                }
                break;
        }
    }

    /// <summary>The participant's group as exports show it: hidden ("&lt;5") when fewer than five people share it.</summary>
    private string? SegmentOf(Guid participantId) =>
        _groupOf.TryGetValue(participantId, out var group) ? (_smallGroups.Contains(group) ? SmallCells.Hidden : group) : null;

    private SegmentTable? Segments(Question question, QuestionTally tally)
    {
        if (!HasBreakdown(question))
        {
            return null;
        }
        var groups = _event.ProfileGroups.Append(NoGroup).ToList();
        var options = question.OptionsInOrder().ToList();
        var counts = new int[groups.Count, options.Count + 1]; // the last column: how many of the group answered
        foreach (var (participantId, ballot) in tally.Ballots())
        {
            var row = groups.IndexOf(_groupOf.GetValueOrDefault(participantId) ?? NoGroup);
            row = row < 0 ? groups.Count - 1 : row;
            counts[row, options.Count]++;
            foreach (var optionId in ballot.OptionIds)
            {
                var column = options.FindIndex(o => o.Id == optionId);
                if (column >= 0)
                {
                    counts[row, column]++;
                }
            }
        }
        var hidden = SmallCells.Suppress(counts);
        return new SegmentTable(
            [.. options.Select(o => o.Text)],
            [.. groups.Select((group, r) => new SegmentRow(
                group,
                [.. options.Select((_, c) => SmallCells.Show(counts[r, c], hidden[r, c]))],
                SmallCells.Show(counts[r, options.Count], hidden[r, options.Count])))]);
    }

    private async Task<IReadOnlyList<QnaReportItem>> TopQuestionsAsync()
    {
        var items = await _db.AudienceQuestions.AsNoTracking().Where(q => q.EventId == _event.Id).ToListAsync();
        var votes = await _db.AudienceQuestionVotes.AsNoTracking()
            .Join(_db.AudienceQuestions.Where(q => q.EventId == _event.Id), v => v.AudienceQuestionId, q => q.Id, (v, _) => v.AudienceQuestionId)
            .GroupBy(id => id).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count);
        return [.. items.Where(q => q.IsPublic)
            .OrderByDescending(q => votes.GetValueOrDefault(q.Id)).ThenBy(q => q.AskedAt)
            .Take(TopQuestions)
            .Select(q => new QnaReportItem(q.Text, _event.ChathamHouse ? null : q.Author, votes.GetValueOrDefault(q.Id), q.Status))];
    }

    /// <summary>The stored responses to <paramref name="questionIds"/> (by default every question of the event).</summary>
    private async IAsyncEnumerable<(Response Response, string? Language)> ResponsesAsync(IReadOnlyList<Guid>? questionIds = null)
    {
        questionIds ??= [.. _event.QuestionsInOrder().Select(q => q.Id)];
        var rows =
            from response in _db.Responses.AsNoTracking()
            where questionIds.Contains(response.QuestionId)
            join participant in _db.Participants on response.ParticipantId equals participant.Id
            orderby response.QuestionId, response.Id
            select new { response, participant.Language };
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            yield return (row.response, row.Language);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }
}

/// <summary>One row of the raw data (CSV and the XLSX raw sheet). Never carries a participant id or token.</summary>
public sealed record ResponseRow(
    string Session, int QuestionNumber, string Question, QuestionType Type, string? Option,
    int? Value, int? Rank, string? Text, string Source, string? Segment, DateTimeOffset? Time, int? Respondent = null);
