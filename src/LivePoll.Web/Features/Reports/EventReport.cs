using LivePoll.Domain.Qna;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Reports;
using LivePoll.Domain.Results;

namespace LivePoll.Web.Features.Reports;

// The side-event report at one moment: what the report page, the HTML/PDF, the DOCX and the XLSX summary show.
// Built from one read of the database, so every figure in it belongs to the same snapshot.

public sealed record EventReport(
    Guid EventId,
    string Title,
    string Code,
    IReadOnlyList<string> Languages,
    DateTimeOffset GeneratedAt,
    int Participants,
    string? ProfileQuestion,
    IReadOnlyList<SessionReport> Sessions,
    IReadOnlyList<QnaReportItem> TopQuestions,
    bool ChathamHouse = false,
    bool Rehearsal = false)
{
    /// <summary>What every report and file taken during a rehearsal says about itself.</summary>
    public const string RehearsalNotice = "RehearsalTheseResultsComeFromRehearsal";

    public IEnumerable<QuestionReport> Questions => Sessions.SelectMany(s => s.Questions);

    public bool IsEmpty => Participants == 0 && !Questions.Any(q => q.HasVotes);
}

public sealed record SessionReport(string Title, int PlannedMinutes, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<QuestionReport> Questions);

public sealed record QuestionReport(
    int Number,
    Question Question,
    QuestionResults Results,
    int ConnectedWhileOpen,
    IReadOnlyList<string> Answers,
    SegmentTable? Segments,
    RepeatComparison? Comparison)
{
    public int PhoneResponses => Results.Participants;

    public int Cards => Results.Options.Sum(o => o.Cards);

    /// <summary>Anyone answered, by phone or by card.</summary>
    public bool HasVotes => PhoneResponses + Cards > 0;

    /// <summary>Responses ÷ phones connected while the question was open, in percent (null when no phone was seen).</summary>
    public int? Turnout => ConnectedWhileOpen == 0 ? null : Math.Min(100, (int)Math.Round(100.0 * PhoneResponses / ConnectedWhileOpen, MidpointRounding.AwayFromZero));

    public double Share(OptionResult option) => OptionShift.Share(option, Results);
}

/// <summary>A question asked twice: the earlier one and how each option's share moved.</summary>
public sealed record RepeatComparison(int BeforeNumber, string BeforeText, IReadOnlyList<OptionShift> Shifts);

/// <summary>A choice question broken down by the groups of the profile question; small cells already read "&lt;5".</summary>
public sealed record SegmentTable(IReadOnlyList<string> Options, IReadOnlyList<SegmentRow> Rows)
{
    /// <summary>Whether any count of the breakdown reads "&lt;5".</summary>
    public bool HidesAnyCount => Rows.Any(row => row.Answered == SmallCells.Hidden || row.Cells.Contains(SmallCells.Hidden));
}

public sealed record SegmentRow(string Group, IReadOnlyList<string> Cells, string Answered);

public sealed record QnaReportItem(string Text, string? Author, int Votes, AudienceQuestionStatus Status);
