using LivePoll.Domain.Results;

namespace LivePoll.Web.Components.Shared;

public sealed record ChartBar(string Label, int Value, string Colour)
{
    /// <summary>One bar per option, labelled "Option text — 12" (the count stays on the label's last line when wrapped).</summary>
    public static IReadOnlyList<ChartBar> For(QuestionResults results) =>
        [.. results.Options.Select(o => new ChartBar($"{o.Text}\u00A0—\u00A0{o.Total}", o.Total, o.Colour))];
}
