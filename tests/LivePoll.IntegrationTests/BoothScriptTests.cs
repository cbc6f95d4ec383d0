using System.Net;
using System.Net.Http.Json;
using System.Text;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using UglyToad.PdfPig;

namespace LivePoll.IntegrationTests;

/// <summary>The booth script: every text of the event in all its languages side by side, as PDF (Chromium) and Word (read by LibreOffice).</summary>
public sealed class BoothScriptTests : AppTestBase
{
    [SqliteOnlyFact("a document is drawn the same whichever database its texts came from (LanguageTests store and read them back on both)")]
    public async Task The_demo_script_holds_every_question_and_option_in_all_six_languages_in_pdf_and_word()
    {
        using var demo = await DemoAsync();
        var pdf = await ScriptAsync(demo.Staff, demo.Event.Id, "pdf", "application/pdf");
        var docx = await ScriptAsync(demo.Staff, demo.Event.Id, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        var printedWord = ForeignReaders.LibreOfficePdf((docx, "docx"))[0];
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "test-output"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "booth-script.pdf"), pdf);
        File.WriteAllBytes(Path.Combine(folder.FullName, "booth-script-docx.pdf"), printedWord);
        foreach (var file in new[] { pdf, printedWord })
        {
            var text = Text(file);
            void AssertHas(string expected) => Assert.Contains(string.Concat(expected.Where(c => !char.IsWhiteSpace(c))), text, StringComparison.Ordinal);
            // the first single-choice question and its first option, in French, Spanish, Chinese and Russian
            AssertHas("peut le mieux apporter");
            AssertHas("Qué puede lograr mejor");
            AssertHas("能力建设最能为落实");
            AssertHas("Более прочные партнёрства");
            AssertHas("Rank the main obstacles");
            AssertHas("完全准备就绪"); // a scale label
            Assert.Equal(1, text.Count(c => c == '⚠')); // the legend only: the demo is translated throughout
        }
        var html = Encoding.UTF8.GetString(await ScriptAsync(demo.Staff, demo.Event.Id, "html", "text/html"));
        Assert.Contains("<td lang=\"ar\" dir=\"auto\">ما أفضل ما يمكن", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_not_yet_translated_shows_its_original_marked_and_an_unknown_format_is_refused()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Booth check",
            languages = new[] { "en", "fr" },
            sessions = new[] { new { title = "Part", questions = new[] { new { type = "SingleChoice", text = "Ready?", options = new[] { new { text = "Yes" }, new { text = "No" } } } } } },
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;

        var html = Encoding.UTF8.GetString(await ScriptAsync(staff, ev.Id, "html", "text/html"));
        Assert.Contains("<td lang=\"en\" dir=\"auto\">Ready?</td><td lang=\"fr\" dir=\"auto\">⚠ Ready?</td>", html, StringComparison.Ordinal);

        using var unknown = await staff.GetAsync($"/api/events/{ev.Id}/booth-script/xlsx", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using var missing = await staff.GetAsync($"/api/events/{Guid.NewGuid()}/booth-script/pdf", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<byte[]> ScriptAsync(HttpClient staff, Guid eventId, string format, string mediaType)
    {
        using var response = await staff.GetAsync($"/api/events/{eventId}/booth-script/{format}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    /// <summary>
    /// The PDF's text without white space (narrow columns wrap lines anywhere); NFKC because a CJK font may map a glyph
    /// back to its look-alike radical (力 → ⼒).
    /// </summary>
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(string.Concat(document.GetPages().Select(p => p.Text)).Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
    }
}
