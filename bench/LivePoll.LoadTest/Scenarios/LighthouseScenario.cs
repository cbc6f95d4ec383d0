using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// Lighthouse's mobile audit of the phone page (a mid-range phone: CPU 4× slower, slow 4G) with a question open, in a
/// left-to-right and a right-to-left language: performance, accessibility and layout shift. Lighthouse comes from npm
/// (npx, pinned version) and drives Debian's chromium; nothing else is downloaded.
/// </summary>
internal static class LighthouseScenario
{
    private const string Lighthouse = "lighthouse@13.5.0";
    private const string Chromium = "/usr/bin/chromium";

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var ev = await PageWeightScenario.DemoWithQuestionOpenAsync(run, "Lighthouse", cancellationToken);
        foreach (var language in new[] { "en", "ar" })
        {
            var page = new Uri(run.Target.BaseUrl, $"/j/{ev.Code}?lang={language}");
            var audit = await AuditAsync(page, cancellationToken);
            if (audit is null)
            {
                run.Report.Fail("lighthouse", $"lighthouse did not run on {page}");
                continue;
            }
            var performance = Score(audit, "performance");
            var accessibility = Score(audit, "accessibility");
            var shift = audit["audits"]?["cumulative-layout-shift"]?["numericValue"]?.GetValue<double>() ?? double.NaN;
            var load = $"phone page in {language}, Lighthouse mobile";
            run.Report.Add(new ReportRow("lighthouse", load, "performance score", $"{performance:0}", "≥ 95", performance >= 95));
            run.Report.Add(new ReportRow("lighthouse", load, "accessibility score", $"{accessibility:0}", "100", accessibility >= 100));
            run.Report.Add(new ReportRow("lighthouse", load, "cumulative layout shift", shift.ToString("0.000", CultureInfo.InvariantCulture), "≤ 0.02", shift <= 0.02));
        }
    }

    private static double Score(JsonNode audit, string category) => (audit["categories"]?[category]?["score"]?.GetValue<double>() ?? double.NaN) * 100;

    private static async Task<JsonNode?> AuditAsync(Uri page, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npx", [
            "--yes", Lighthouse, page.ToString(), "--form-factor=mobile", "--only-categories=performance,accessibility",
            "--output=json", "--output-path=stdout", "--quiet", "--chrome-flags=--headless=new --no-sandbox",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CHROME_PATH"] = Chromium },
        };
        using var lighthouse = Process.Start(start) ?? throw new InvalidOperationException("could not start npx");
        var output = lighthouse.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = lighthouse.StandardError.ReadToEndAsync(cancellationToken);
        await lighthouse.WaitForExitAsync(cancellationToken);
        if (lighthouse.ExitCode != 0)
        {
            Console.Error.WriteLine(await errors);
            return null;
        }
        return JsonNode.Parse(await output);
    }
}
