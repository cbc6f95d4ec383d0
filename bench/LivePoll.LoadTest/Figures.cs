namespace LivePoll.LoadTest;

/// <summary>
/// The measures --baseline compares between LivePoll and the bare hub, and the baseline rows: each measure's value on
/// both servers and LivePoll ÷ bare hub (lower is better, except for votes per second).
/// </summary>
internal static class Figures
{
    public const string PushP99 = "push p99, steady state (ms)";
    public const string FirstPushesP99 = "push p99, first questions after start (ms)";
    public const string AckP99 = "vote ack p99 (ms)";
    public const string ResultsP99 = "vote → counted on phones' screens p99 (ms)";
    public const string MemoryPerPhone = "server memory per connected phone (KB)";
    public const string WakeP99 = "sleep/wake p99 (ms)";
    public const string VotesPerSecond = "sustained votes per second (higher is better)";
    public const string CpuPerPushPer1000Phones = "server CPU per question pushed, per 1,000 phones (ms)";
    public const string CpuPerVote = "server CPU per acked vote (ms)";
    public const string CpuPerPhoneJoined = "server CPU per phone joined (ms)";

    /// <summary>The compared measures with the most LivePoll may cost over the bare hub (null: reported only).</summary>
    private static readonly (string Measure, double? MaxRatio)[] Compared =
    [
        (PushP99, 1.2), (FirstPushesP99, null), (AckP99, null), (ResultsP99, null), (MemoryPerPhone, null), (WakeP99, null),
        (VotesPerSecond, null), (CpuPerPushPer1000Phones, null), (CpuPerVote, null), (CpuPerPhoneJoined, null),
    ];

    public static void AddBaselineRows(Report report, int phones)
    {
        report.Comparing();
        foreach (var (measure, maxRatio) in Compared)
        {
            if (report.FigureOf(Report.LivePoll, measure) is not { } livePoll || report.FigureOf(Report.BareHub, measure) is not { } bareHub)
            {
                continue;
            }
            double? ratio = bareHub > 0 ? Math.Round(livePoll / bareHub, 2) : null;
            report.Add(new ReportRow("baseline", $"{phones} phones, same machine, same run", measure,
                $"{livePoll:0.###} vs {bareHub:0.###}: ×{(ratio is { } r ? r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—")}",
                maxRatio is { } max ? $"≤ {max:0.0#}× the bare hub" : "",
                maxRatio is { } limit ? ratio <= limit : null,
                new { livePoll, bareHub, ratio }));
        }
    }
}
