namespace LivePoll.Web.Components.Shared;

public sealed record ChartBar(string Label, int Value, string Colour)
{
    /// <summary>"Option text — 12"; the count stays on the label's last line when the chart wraps it.</summary>
    public static string LabelWithCount(string text, int count) => $"{text}\u00A0—\u00A0{count}";
}
