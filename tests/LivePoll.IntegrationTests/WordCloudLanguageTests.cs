using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LivePoll.Domain.Questions;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using UglyToad.PdfPig;

namespace LivePoll.IntegrationTests;

/// <summary>
/// One word cloud across the six UN languages: Chinese and Russian counted as words, and the moderator's merges counted
/// once in the results, the report files and the event's own JSON.
/// </summary>
public sealed class WordCloudLanguageTests : AppTestBase
{
    private static readonly (string Language, string Text)[] Answers =
    [
        ("en", "Funding"), ("fr", "Financement"), ("es", "financiación"), ("ar", "تَمويل"), ("zh", "资金"), ("ru", "Финансирование"),
        ("zh", "能力建设和资金"), ("ru", "Нужно обучение и финансирование"),
    ];

    private static readonly string[] Funding = ["funding", "financement", "financiación", "تمويل", "资金", "финансирование"];

    [Fact]
    public async Task Six_languages_fill_one_cloud_and_merged_words_count_once_in_the_api_the_exports_and_a_copy()
    {
        using var demo = await DemoAsync();
        var question = demo.Question(QuestionType.OpenText);
        await demo.StepAsync(question.Id, "open", Ct);
        var phones = new List<Phone>();
        foreach (var (language, text) in Answers)
        {
            var phone = await PhoneAsync();
            await phone.JoinInAsync("GFMD18", language, cancellationToken: Ct);
            Assert.True((await phone.SubmitAsync(new SubmitRequest(question.Id, Text: text), Ct)).Ok);
            phones.Add(phone);
        }

        // Chinese is split into words, Russian lower-cased, Arabic without its short vowels; stop words (和, нужно, и) left out
        var words = (await demo.ResultsAsync(question.Id, Ct)).Words!.ToDictionary(w => w.Text, w => w.Count);
        Assert.Equal(2, words["资金"]);
        Assert.Equal(2, words["финансирование"]);
        Assert.Equal(1, words["تمويل"]);
        Assert.Equal([1, 1, 1], new[] { words["能力"], words["建设"], words["обучение"] });
        Assert.DoesNotContain("和", words.Keys);
        Assert.DoesNotContain("нужно", words.Keys);

        // a merge of one word is refused and changes nothing
        using (var refused = await demo.Staff.PostAsJsonAsync($"/api/events/{demo.Event.Id}/words/merge", new { words = new[] { "funding" } }, Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        Assert.Empty((await demo.Staff.GetFromJsonAsync<Dictionary<string, List<string>>>($"/api/events/{demo.Event.Id}/words/merges", Ct))!);

        using (var merged = await demo.Staff.PostAsJsonAsync($"/api/events/{demo.Event.Id}/words/merge", new { words = Funding }, Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, merged.StatusCode);
        }

        // the API: one concept counted once per answer (8 answers, each holding one of its words), named per language
        var cloud = (await demo.ResultsAsync(question.Id, Ct)).Words!;
        Assert.Equal(("funding", 8), (cloud[0].Text, cloud[0].Count));
        Assert.Equal("资金", cloud[0].TextIn("zh"));
        Assert.Equal("financement", cloud[0].TextIn("fr"));
        Assert.DoesNotContain(cloud, w => Funding.Skip(1).Contains(w.Text));
        var spellings = cloud[0].AllSpellings;

        // Excel, read by openpyxl: one row for the concept, with all its words
        var xlsx = await ExportAsync(demo, "xlsx");
        var rows = ForeignReaders.OpenpyxlRows(xlsx).Values.SelectMany(sheet => sheet).ToList();
        var row = Assert.Single(rows, r => r.Count >= 2 && r[0].ValueKind == JsonValueKind.String && r[0].GetString()!.StartsWith("funding /", StringComparison.Ordinal));
        Assert.Equal(spellings, row[0].GetString());
        Assert.Equal(8, row[1].GetInt32());
        Assert.DoesNotContain(rows, r => r.Count >= 1 && r[0].ValueKind == JsonValueKind.String && r[0].GetString() == "资金");

        // Word, printed by LibreOffice: the concept's Chinese and Russian words are there as text (a font drew them)
        var docx = await ExportAsync(demo, "docx");
        using (var printed = PdfDocument.Open(ForeignReaders.LibreOfficePdf((docx, "docx"))[0]))
        {
            var text = string.Concat(printed.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
            Assert.Contains("资金", text, StringComparison.Ordinal);
            Assert.Contains("финансирование", text, StringComparison.Ordinal);
        }

        // the event's JSON carries the merges, and a copy imported from it counts the same way
        var json = await ExportAsync(demo, "json");
        var template = JsonSerializer.Deserialize<EventTemplate>(json, JsonDefaults.Options)!;
        Assert.Equal(Funding.Skip(1), template.MergedWords!["funding"]!);
        using var imported = await demo.Staff.PostAsync("/api/events", new ByteArrayContent(json) { Headers = { ContentType = new("application/json") } }, Ct);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var copy = (await imported.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var copied = await demo.Staff.GetFromJsonAsync<Dictionary<string, List<string>>>($"/api/events/{copy.Id}/words/merges", Ct);
        Assert.Equal(Funding.Skip(1), copied!["funding"]);

        // counted apart again: the words come back
        using (var split = await demo.Staff.DeleteAsync($"/api/events/{demo.Event.Id}/words/merges/funding", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, split.StatusCode);
        }
        Assert.Equal(2, (await demo.ResultsAsync(question.Id, Ct)).Words!.Single(w => w.Text == "资金").Count);
        await DisposeAllAsync(phones);
    }

    [Theory]
    [InlineData("zh", "能力建设需要什么？", "资金", "培训")]
    [InlineData("ru", "Что нужно для наращивания потенциала?", "Финансирование", "Обучение")]
    public async Task An_event_written_in_Chinese_or_Russian_gives_a_report_whose_every_file_shows_its_script(string language, string text, string first, string second)
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new
        {
            title = text,
            languages = new[] { language, "en" },
            sessions = new[] { new { title = text, questions = new[] { new { type = "SingleChoice", text, options = new[] { new { text = first }, new { text = second } } } } } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var question = ev.Sessions[0].Questions[0];
        using (var opened = await staff.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/open", null, Ct))
        {
            opened.EnsureSuccessStatusCode();
        }
        await using var phone = await PhoneAsync();
        await phone.JoinInAsync(ev.Code, language, cancellationToken: Ct);
        Assert.True((await phone.VoteAsync(question.Id, question.Options[0].Id)).Ok);

        // Chromium's PDF, and Word and PowerPoint as LibreOffice prints them: the option text is there as text
        var pdf = await ExportAsync(staff, ev.Id, "pdf");
        var office = ForeignReaders.LibreOfficePdf((await ExportAsync(staff, ev.Id, "docx"), "docx"), (await ExportAsync(staff, ev.Id, "pptx"), "pptx"));
        foreach (var file in (byte[][])[pdf, .. office])
        {
            using var document = PdfDocument.Open(file);
            // NFKC: a CJK font may map a character's glyph back to its look-alike radical (力 → ⼒)
            var pages = string.Concat(document.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
            Assert.Contains(first, pages, StringComparison.Ordinal);
            Assert.Contains(second, pages, StringComparison.Ordinal);
        }
        SaveForInspection(($"report-{language}.pdf", pdf), ($"report-{language}-docx.pdf", office[0]), ($"report-{language}-pptx.pdf", office[1]));
    }

    /// <summary>The files land in test-output/ next to the tests, to open and look at.</summary>
    private static void SaveForInspection(params (string Name, byte[] Bytes)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "test-output"));
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, name), bytes);
        }
    }

    private static Task<byte[]> ExportAsync(DemoEventApi demo, string format) => ExportAsync(demo.Staff, demo.Event.Id, format);

    private static async Task<byte[]> ExportAsync(HttpClient staff, Guid eventId, string format)
    {
        using var response = await staff.GetAsync($"/api/events/{eventId}/export/{format}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }
}
