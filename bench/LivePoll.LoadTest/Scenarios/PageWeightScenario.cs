using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// Bytes on the wire for a phone's first load of /j/{code} with a question open: the page and every
/// local script, stylesheet and icon it names (hub traffic excluded), as a browser gets them over HTTPS (it asks for
/// br or gzip) and over a venue's plain HTTP (browsers ask for brotli only over HTTPS: gzip).
/// Measured on a copy of the demo event (its first single-choice question open) in each of its four languages.
/// </summary>
internal static partial class PageWeightScenario
{
    public const int BudgetBytes = 25 * 1024;

    private static readonly string[] Languages = ["en", "fr", "es", "ar"];

    private static readonly (string AcceptEncoding, string Connection)[] Encodings = [("br, gzip", "HTTPS"), ("gzip, deflate", "plain HTTP")];

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var ev = await DemoWithQuestionOpenAsync(run, "Page weight", cancellationToken);

        foreach (var (acceptEncoding, connection) in Encodings)
        foreach (var language in Languages)
        {
            using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false };
            using var http = new HttpClient(handler) { BaseAddress = run.Target.BaseUrl };
            http.DefaultRequestHeaders.Add("Accept-Encoding", acceptEncoding);
            http.DefaultRequestHeaders.Add("Accept-Language", language);

            var (pageBytes, html) = await GetAsync(http, $"/j/{ev.Code}", cancellationToken);
            if (!html.Contains($"<html lang=\"{language}\"", StringComparison.Ordinal))
            {
                run.Report.Fail("page weight", $"the page was not served in {language}");
            }
            var total = pageBytes;
            var parts = new List<string> { $"page {pageBytes} B" };
            foreach (var asset in AssetPattern().Matches(html).Select(m => m.Groups["url"].Value).Distinct())
            {
                var (bytes, _) = await GetAsync(http, asset, cancellationToken);
                total += bytes;
                parts.Add($"{Path.GetFileName(asset)} {bytes} B");
            }
            run.Report.Add(new ReportRow("page weight", $"first load of /j/{{code}} in {language} over {connection}, demo question open", $"bytes on the wire ({acceptEncoding})",
                $"{total / 1024.0:0.0} KB ({string.Join(", ", parts)})", "≤ 25 KB", total <= BudgetBytes, new { language, connection, total, parts }));
        }
    }

    /// <summary>A copy of the demo event with its first single-choice question open, as phones find it in the room.</summary>
    public static async Task<EventPayload> DemoWithQuestionOpenAsync(BenchRun run, string title, CancellationToken cancellationToken)
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(TargetApp.FindRepositoryRoot(), "src", "LivePoll.Web", "Features", "Events", "Templates", "gfmd18.json"), cancellationToken))!;
        template["title"] = title;
        var ev = await run.Staff.CreateFromTemplateAsync(template, cancellationToken);
        var question = ev.Sessions.SelectMany(s => s.Questions).First(q => q.Type == "SingleChoice");
        await run.Staff.OpenAsync(ev.Id, question.Id, cancellationToken);
        return ev;
    }

    private static async Task<(long Bytes, string Text)> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (body.LongLength, await DecodeAsync(body, response.Content.Headers.ContentEncoding.FirstOrDefault()));
    }

    private static async Task<string> DecodeAsync(byte[] body, string? encoding)
    {
        await using Stream raw = new MemoryStream(body);
        await using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>/[^""]+\.(?:js|css|svg))""")]
    private static partial Regex AssetPattern();
}
