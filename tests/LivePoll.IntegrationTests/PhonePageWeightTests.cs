using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using LivePoll.Domain.Questions;

namespace LivePoll.IntegrationTests;

/// <summary>
/// The phone page's first load as a phone on the venue's plain-HTTP Wi-Fi gets it (browsers ask for brotli only over
/// HTTPS), from the app as <c>dotnet run</c> starts it (the build's static files, Development): compressed, within 25 KB.
/// </summary>
public sealed partial class PhonePageWeightTests : AppTestBase
{
    private const int BudgetBytes = 25 * 1024;

    [SqliteOnlyTheory("the page and its files weigh the same whichever database the event came from")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task The_phone_page_and_everything_it_loads_arrive_compressed_within_25_KB_over_plain_http(string language)
    {
        using var demo = await DemoAsync();
        await demo.StepAsync(demo.Question(QuestionType.SingleChoice).Id, "open", Ct);
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false };
        using var phone = new HttpClient(handler) { BaseAddress = App.BaseAddress };
        phone.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, deflate");

        var (pageBytes, page) = await GetAsync(phone, $"/j/{demo.Event.Code}?lang={language}");
        Assert.Contains($"<html lang=\"{language}\"", page, StringComparison.Ordinal);
        var total = pageBytes;
        var assets = AssetPattern().Matches(page).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Contains("/lib/livepoll/participant.js", assets);
        foreach (var asset in assets)
        {
            var (bytes, text) = await GetAsync(phone, asset);
            // scripts and stylesheets shrink to well under half; a tiny icon cannot
            Assert.True(text.Length < 1024 || bytes * 2 < text.Length, $"{asset}: {bytes} B on the wire for {text.Length} characters: not compressed");
            total += bytes;
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"first load in {language} over plain HTTP: {total} B (page {pageBytes} B, {assets.Count} files besides)");

        Assert.True(total <= BudgetBytes, $"{total} B on the wire");
    }

    private static async Task<(long Bytes, string Text)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), Ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var decoded = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        return (body.LongLength, await reader.ReadToEndAsync(Ct));
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>/[^""]+\.(?:js|css|svg))""")]
    private static partial Regex AssetPattern();
}
