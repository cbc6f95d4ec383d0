using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>The rapporteur's page in a real browser: live while votes arrive, and the Word and PDF reports downloaded from it.</summary>
public sealed class ReportPageTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_report_page_follows_the_votes_and_downloads_the_word_and_pdf_reports()
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        using var created = await api.PostAsJsonAsync("/api/events", new
        {
            title = "Rapporteur rehearsal",
            sessions = new[]
            {
                new
                {
                    title = "Voting exercise",
                    questions = new[] { new { type = "SingleChoice", text = "What can capacity building achieve best?", options = new[] { new { text = "Partnerships", colour = "green" }, new { text = "Data", colour = "blue" } } } },
                },
            },
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var question = ev.Sessions[0].Questions[0];
        await StepAsync(api, ev, question, "open");
        var phones = new List<Phone>();
        for (var i = 0; i < 3; i++)
        {
            var phone = await Phone.ConnectAsync(browser.App.BaseAddress, Ct);
            await phone.JoinAsync(ev.Code, cancellationToken: Ct);
            Assert.True((await phone.VoteAsync(question.Id, question.Options[i == 2 ? 1 : 0].Id)).Ok);
            phones.Add(phone);
        }

        await using var staff = await browser.NewContextAsync();
        var page = await staff.NewPageAsync();
        await StaffPages.SignInAsync(page);
        await page.GotoAsync($"/events/{ev.Id}/report");
        ILocator Row(string option) => page.GetByTestId("report-counts").Locator("tr", new() { HasText = option }).Locator("td");
        await Expect(Row("Partnerships")).ToHaveTextAsync(["Partnerships", "2", "0", "2", "66.7 %"]);
        await Expect(page.GetByTestId("report-figures")).ToContainTextAsync("3 responses by phone");

        // a late vote reaches the open page by itself
        var late = await Phone.ConnectAsync(browser.App.BaseAddress, Ct);
        phones.Add(late);
        await late.JoinAsync(ev.Code, cancellationToken: Ct);
        Assert.True((await late.VoteAsync(question.Id, question.Options[1].Id)).Ok);
        await Expect(page.GetByTestId("report-figures")).ToContainTextAsync("4 responses by phone");
        await Expect(Row("Data")).ToHaveTextAsync(["Data", "2", "0", "2", "50.0 %"]);
        await ScreenshotAsync(page, "report-page.png", fullPage: true);

        var docx = await DownloadAsync(page, "export-docx", "rapporteur-rehearsal-");
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Q1. What can capacity building achieve best?");
            Assert.Contains(body.Descendants<TableRow>(), r => r.InnerText == "Data20250.0 %");
        }
        var pptx = await DownloadAsync(page, "export-pptx", "rapporteur-rehearsal-");
        using (var deck = PresentationDocument.Open(pptx, false))
        {
            var slides = deck.PresentationPart!.SlideParts.ToList();
            Assert.Contains(slides, s => s.Slide.InnerText.Contains("Q1. What can capacity building achieve best?", StringComparison.Ordinal) && s.ChartParts.Any());
        }
        var pdf = await DownloadAsync(page, "export-pdf", "rapporteur-rehearsal-");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Matches(@"Partnerships 2 0 2 50\.0 %", text);
            Assert.Contains("4 responses by phone", text, StringComparison.Ordinal);
        }
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    /// <summary>Clicks an export button, waits for the browser's download and keeps the file with the screenshots.</summary>
    private static async Task<string> DownloadAsync(IPage page, string button, string expectedNameStart)
    {
        // the files are made on the server (the PDF by a Chromium of its own): on a busy machine that takes a while
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(button).ClickAsync(), new() { Timeout = 90_000 });
        Assert.StartsWith(expectedNameStart, download.SuggestedFilename, StringComparison.Ordinal);
        var path = Screenshot(download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
