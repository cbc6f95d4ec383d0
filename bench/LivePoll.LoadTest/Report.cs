using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace LivePoll.LoadTest;

/// <summary>One measured line: what was measured, the figure, and the target it is held against (if any).</summary>
internal sealed record ReportRow(string Scenario, string Load, string Measure, string Value, string Target, bool? Met, object? Details = null);

/// <summary>Collects rows, prints them as a markdown table and writes them as JSON.</summary>
internal sealed class Report(LoadTestOptions options, string target)
{
    private static readonly JsonSerializerOptions Indented = new(StaffClient.Json) { WriteIndented = true };

    private readonly List<ReportRow> _rows = [];

    public bool AllCorrect { get; private set; } = true;

    public void Add(ReportRow row)
    {
        _rows.Add(row);
        Console.WriteLine($"  {row.Scenario}: {row.Measure} = {row.Value}{(row.Target.Length > 0 ? $" (target {row.Target})" : "")}");
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
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine}; server: {target}; client and server share the machine.");
        text.AppendLine();
        text.AppendLine("| scenario | load | measure | value | target | met |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in _rows)
        {
            var met = row.Met switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Scenario} | {row.Load} | {row.Measure} | {row.Value} | {row.Target} | {met} |");
        }
        return text.ToString();
    }

    public async Task WriteJsonAsync(string path)
    {
        var document = new { machine = Machine, target, at = DateTimeOffset.UtcNow, options, rows = _rows };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Indented));
    }
}
