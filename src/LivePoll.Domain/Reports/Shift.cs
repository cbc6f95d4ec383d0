using LivePoll.Domain.Results;

namespace LivePoll.Domain.Reports;

/// <summary>One option of a question asked twice: its share of the votes before and after, and the shift in percentage points.</summary>
public sealed record OptionShift(string Text, double BeforePercent, double AfterPercent)
{
    public double Points => AfterPercent - BeforePercent;

    /// <summary>Options are matched by position (a repeat is a copy of the question, options in the same order).</summary>
    public static IReadOnlyList<OptionShift> Between(QuestionResults before, QuestionResults after) =>
        [.. after.Options.Zip(before.Options, (a, b) => new OptionShift(a.Text, Share(b, before), Share(a, after)))];

    /// <summary>Share of all votes, phones and cards together (0 when nobody voted).</summary>
    public static double Share(OptionResult option, QuestionResults results) =>
        results.TotalVotes == 0 ? 0 : 100.0 * option.Total / results.TotalVotes;
}
