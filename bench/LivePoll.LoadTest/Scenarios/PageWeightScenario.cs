using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace LivePoll.LoadTest.Scenarios;

/// <summary>
/// Bytes on the wire for a phone's first load of /j/{code} with a question open: the page and every
/// local script and stylesheet it names, as a browser asking for br/gzip gets them (hub traffic excluded).
/// </summary>
internal static partial class PageWeightScenario
{
    public const int BudgetBytes = 25 * 1024;

    public static async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        if (run.OpenQuestion is null)
        {
            await run.OpenFreshQuestionAsync(cancellationToken);
        }
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = run.Target.BaseUrl };
        http.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");

        var (pageBytes, html) = await GetAsync(http, $"/j/{run.Event.Code}", cancellationToken);
        var total = pageBytes;
        var parts = new List<string> { $"page {pageBytes} B" };
        foreach (var asset in AssetPattern().Matches(html).Select(m => m.Groups["url"].Value).Distinct())
        {
            var (bytes, _) = await GetAsync(http, asset, cancellationToken);
            total += bytes;
            parts.Add($"{Path.GetFileName(asset)} {bytes} B");
        }
        run.Report.Add(new ReportRow("page weight", "first load of /j/{code}, question open", "bytes on the wire (br/gzip)",
            $"{total / 1024.0:0.0} KB ({string.Join(", ", parts)})", "≤ 25 KB", total <= BudgetBytes, new { total, parts }));
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

    [GeneratedRegex(@"(?:src|href)=""(?<url>/[^""]+\.(?:js|css))""")]
    private static partial Regex AssetPattern();
}
