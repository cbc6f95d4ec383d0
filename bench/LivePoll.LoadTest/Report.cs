using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace LivePoll.LoadTest;

/// <summary>One measured line: what was measured, the figure, and the target it is held against (if any).</summary>
internal sealed record ReportRow(string Scenario, string Load, string Measure, string Value, string Target, bool? Met, object? Details = null)
{
    /// <summary>The server measured: LivePoll, or the bare hub of --baseline.</summary>
    public string Server { get; init; } = Report.LivePoll;
}

/// <summary>
/// Collects rows, prints them as a markdown table and writes them as JSON; keeps the figures the baseline compares
/// (<see cref="Figures"/>) per server.
/// </summary>
internal sealed class Report(LoadTestOptions options, string target)
{
    public const string LivePoll = "LivePoll";
    public const string BareHub = "bare hub";

    private static readonly JsonSerializerOptions Indented = new(StaffClient.Json) { WriteIndented = true };

    private readonly List<ReportRow> _rows = [];
    private readonly Dictionary<(string Server, string Measure), double> _figures = [];
    private readonly List<string> _targets = [target];

    /// <summary>The server the rows and figures added now belong to.</summary>
    public string Server { get; private set; } = LivePoll;

    /// <summary>From now on, rows and figures are the bare hub's (<paramref name="description"/>: how it runs).</summary>
    public void MeasuringBareHub(string description)
    {
        Server = BareHub;
        _targets.Add($"{BareHub}: {description}");
    }

    /// <summary>From now on, rows compare the two servers.</summary>
    public void Comparing() => Server = $"{LivePoll} ÷ {BareHub}";

    /// <summary>A figure the baseline compares (one of <see cref="Figures"/>), for the server measured now.</summary>
    public void Figure(string measure, double value) => _figures[(Server, measure)] = value;

    public double? FigureOf(string server, string measure) => _figures.TryGetValue((server, measure), out var value) ? value : null;

    public bool AllCorrect { get; private set; } = true;

    public void Add(ReportRow row)
    {
        row = row with { Server = Server };
        _rows.Add(row);
        Console.WriteLine($"  {Label(row)}: {row.Measure} = {row.Value}{(row.Target.Length > 0 ? $" (target {row.Target})" : "")}");
    }

    /// <summary>A correctness failure (lost or wrong votes, errors): the run exits with a failure code.</summary>
    public void Fail(string scenario, string what)
    {
        AllCorrect = false;
        Add(new ReportRow(scenario, "", "correctness", $"FAILED: {what}", "", false));
    }

    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}";

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine}; server: {string.Join("; ", _targets)}; client and server share the machine.");
        text.AppendLine();
        text.AppendLine("| scenario | load | measure | value | target | met |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in _rows)
        {
            var met = row.Met switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Label(row)} | {row.Load} | {row.Measure} | {row.Value} | {row.Target} | {met} |");
        }
        return text.ToString();
    }

    private static string Label(ReportRow row) => row.Server == LivePoll ? row.Scenario : $"{row.Scenario} ({row.Server})";

    public async Task WriteJsonAsync(string path)
    {
        var document = new { machine = Machine, target = string.Join("; ", _targets), at = DateTimeOffset.UtcNow, options, rows = _rows };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Indented));
    }
}
