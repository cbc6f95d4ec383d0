using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LivePoll.Testing;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Features.Reports.Exports;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace LivePoll.IntegrationTests;

/// <summary>
/// A small side event with known votes, cards, groups, an Arabic answer, a repeated question and Q&amp;A; every export
/// is read back (CSV parser, MiniExcel, Open XML SDK, PdfPig) and its figures compared with the API's results.
/// </summary>
public sealed class ReportExportTests : AppTestBase
{
    private const string Government = "Government";
    private const string CivilSociety = "Civil society";

    [Fact]
    public async Task Every_export_agrees_with_the_api_results_hides_small_groups_and_carries_no_tokens()
    {
        var (staff, ev, phones, first) = await VoteSmallEventAsync();
        using var _ = staff;
        Assert.Equal([(6, 5, 11), (6, 0, 6), (2, 7, 9)], first.Options.Select(o => (o.Phone, o.Cards, o.Total)));
        var tokens = phones.Select(p => p.Joined!.ParticipantToken).ToList();

        // CSV: one row per response (and per card count), small groups and hidden breakdowns shown as "<5", UTF-8 with BOM
        var csvBytes = await ExportAsync(staff, ev, "csv", "text/csv");
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csvBytes[..3]);
        var rows = ReadCsv(csvBytes);
        var q1Phone = rows.Where(r => r["question_number"] == "1" && r["source"] == "phone").ToList();
        Assert.Equal(first.Options.Select(o => o.Phone), first.Options.Select(o => q1Phone.Count(r => r["option"] == o.Text)));
        Assert.Equal(first.Options.Select(o => o.Cards), first.Options.Select(o =>
            rows.Where(r => r["question_number"] == "1" && r["source"] == "cards" && r["option"] == o.Text).Sum(r => int.Parse(r["value"], CultureInfo.InvariantCulture))));
        // the report hides counts of Q1's and Q5's breakdowns by group (Q1 Government: 6, <5, <5): no row of theirs carries
        // a group, so none can be recounted from the file; the scale (no breakdown in any report) keeps its groups
        Assert.All(rows.Where(r => r["question_number"] is "1" or "5" && r["source"] == "phone"), r => Assert.Equal("<5", r["segment"]));
        Assert.Equal(5, rows.Count(r => r["question_number"] == "2" && r["segment"] == Government));
        Assert.DoesNotContain(rows, r => r["segment"] == CivilSociety);
        // the rule, recomputed from the file alone: no group × option count of a choice question below five
        var recounted = rows.Where(r => r["source"] == "phone" && r["type"] is "SingleChoice" or "MultipleChoice" && r["segment"] != "<5")
            .GroupBy(r => (Question: r["question_number"], Group: r["segment"], Option: r["option"]));
        Assert.All(recounted, cell => Assert.True(cell.Count() >= 5, $"Q{cell.Key.Question}, {cell.Key.Group}, {cell.Key.Option}: {cell.Count()} rows"));
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Where(r => r["question_number"] == "2").Select(r => r["value"]).Order());
        Assert.Equal(2, rows.Count(r => r["question_number"] == "4" && r["text"] == "تمويل"));
        Assert.All(rows, r => Assert.Equal("", r["respondent"])); // groups and linked rows together would undo the rule
        // Python's csv module reads the same rows and cells (quotes, commas and Arabic in answers survive the round trip)
        var python = ForeignReaders.PythonCsv(csvBytes);
        Assert.Equal(CsvExport.Header, python[0]);
        Assert.Equal(rows.Select(r => string.Join('|', r.Values)), python.Skip(1).Select(r => string.Join('|', r)));
        var numbers = rows.Select(r => int.Parse(r["question_number"], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order(), numbers); // agenda order, each question's rows together

        // XLSX: per-question sheet, groups sheet with suppression, raw sheet with the same rows as the CSV
        var xlsx = await ExportAsync(staff, ev, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheet = Query(xlsx, "Q1", startCell: $"A{XlsxExport.QuestionTableHeaderRow}");
        Assert.Equal(first.Options.Select(o => (double)o.Total), sheet.Select(r => Convert.ToDouble(r["Total"], CultureInfo.InvariantCulture)));
        Assert.Equal(first.Options.Select(o => (double)o.Cards), sheet.Select(r => Convert.ToDouble(r["Cards"], CultureInfo.InvariantCulture)));
        Assert.Equal(3.0, Convert.ToDouble(Query(xlsx, "Questions")[1]["Mean"], CultureInfo.InvariantCulture));
        var groups = Query(xlsx, "Groups").Where(r => Convert.ToDouble(r["Number"], CultureInfo.InvariantCulture) == 1).ToList();
        Assert.Equal(["6", "<5", "<5"], groups.Where(r => (string)r["Group"]! == Government).Select(r => r["People"]?.ToString()));
        Assert.All(groups.Where(r => (string)r["Group"]! == CivilSociety), r => Assert.Equal("<5", r["People"]));
        Assert.Equal(rows.Count, Query(xlsx, "Responses").Count);
        // …and read by a library that did not write it (openpyxl, what pandas uses): the same counts, as numbers
        var opened = ForeignReaders.OpenpyxlRows(xlsx);
        Assert.Equal(["Questions", .. Enumerable.Range(1, ev.Sessions.Sum(s => s.Questions.Count)).Select(n => $"Q{n}"), "Groups", "Responses"], opened.Keys);
        var q1 = opened["Q1"];
        Assert.Equal("Q1. Is capacity building mainly technical?", q1[0][0].GetString());
        var heading = q1[XlsxExport.QuestionTableHeaderRow - 1];
        var total = heading.FindIndex(cell => cell.ValueKind == System.Text.Json.JsonValueKind.String && cell.GetString() == "Total");
        Assert.Equal(first.Options.Select(o => o.Total), q1.Skip(XlsxExport.QuestionTableHeaderRow).Select(row => row[total].GetInt32()));
        Assert.Equal(rows.Count + 1, opened["Responses"].Count);

        // HTML: the printable report, right-to-left aware, with the counts, the turnout, the comparison and the groups
        var htmlBytes = await ExportAsync(staff, ev, "html", "text/html");
        var html = WebUtility.HtmlDecode(Encoding.UTF8.GetString(htmlBytes)); // the renderer encodes "+" and "<" as entities
        Assert.Contains("""<td dir="auto">Yes</td><td>6</td><td>5</td><td>11</td><td>42.3 %</td>""", html, StringComparison.Ordinal);
        Assert.Contains("turnout 88% of 16 phones connected", html, StringComparison.Ordinal);
        Assert.Contains("""<td dir="auto">No</td><td>23.1 %</td><td>100.0 %</td><td>+76.9 pts</td>""", html, StringComparison.Ordinal);
        Assert.Contains("""<td dir="auto">Government</td><td>6</td><td><5</td><td><5</td><td>10</td>""", html, StringComparison.Ordinal);
        Assert.Contains("""<li dir="auto">تمويل</li>""", html, StringComparison.Ordinal);
        Assert.Contains("Who funds the follow-up?", html, StringComparison.Ordinal);
        Assert.Contains("mean 3.0, median 3.0", html, StringComparison.Ordinal);

        // DOCX: tables read back with the Open XML SDK, chart pictures with alt text, a Conclusions section to write
        var docx = await ExportAsync(staff, ev, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        string docxText;
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var body = word.MainDocumentPart!.Document.Body!;
            docxText = body.InnerText;
            var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
            var counts = tables.First(t => t[0][0] == "Option" && t[0][1] == "Phones");
            Assert.Equal(first.Options.Select(o => $"{o.Text}|{o.Phone}|{o.Cards}|{o.Total}"), counts.Skip(1).Select(r => string.Join('|', r.Take(4))));
            Assert.Equal(["Government", "6", "<5", "<5", "10"], tables.First(t => t[0][0] == "Group")[1]);
            Assert.Contains(tables.First(t => t[0].Contains("Shift")), r => r.SequenceEqual(["No", "23.1 %", "100.0 %", "+76.9 pts"]));
            var pictures = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().ToList();
            Assert.Contains(pictures, p => p.Description!.Value!.StartsWith("Chart of Q1: Yes", StringComparison.Ordinal));
            // the structure of a side-event report to a forum secretariat, as top-level headings in order
            Assert.Equal(["Key messages", "Agenda", "Voting exercise", "Conclusions", "Questions from the audience", "Conclusions", "Recommendations", "Annex: method"],
                body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText));
            Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.StartsWith("Disclosure rule: any count of fewer than 5 people is shown as <5", StringComparison.Ordinal));
            Assert.Equal(["1", "1", "1", "1", "1"], tables.First(t => t[0][0] == "Value").Skip(1).Select(r => r[1]));
            // valid against the Office schema, so Word and LibreOffice open it without repairs
            var problems = string.Join("\n", new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word, Ct).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct());
            Assert.Equal("", problems);
        }

        // PDF: printed by Chromium, its text read back with PdfPig
        var pdf = await ExportAsync(staff, ev, "pdf", "application/pdf");
        string pdfText;
        using (var document = PdfDocument.Open(pdf))
        {
            pdfText = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Matches(@"Yes 6 5 11 42\.3 %", pdfText);
            Assert.Matches(@"Government 6 <5 <5 10", pdfText);
            Assert.Contains("Who funds the follow-up? — Maria (upvotes: 1)", pdfText, StringComparison.Ordinal); // words apart, as written
            // no heading is left alone at the foot of a page: the lowest line of every page is content
            foreach (var page in document.GetPages())
            {
                var lowest = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).MinBy(line => line.Key)!;
                Assert.DoesNotMatch(@"^(Agenda|Voting exercise|Conclusions|Questions from the audience|Q\d+\.)", string.Join(" ", lowest.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
            }
        }

        // JSON: the template plus the same results
        var json = System.Text.Json.Nodes.JsonNode.Parse(await ExportAsync(staff, ev, "json", "application/json"))!;
        Assert.Equal(11, (int)json["results"]!["questions"]![0]!["options"]![0]!["total"]!);

        // no participant token anywhere: in the text of every file, unpacked where it is a zip package
        string[] contents =
        [
            Encoding.UTF8.GetString(csvBytes), html, docxText, pdfText, json.ToJsonString(),
            string.Join(" ", MiniExcel.GetSheetNames(new MemoryStream(xlsx)).SelectMany(name => Query(xlsx, name)).SelectMany(r => r.Values).Select(v => v?.ToString())),
        ];
        Assert.All(contents, content => Assert.DoesNotContain(tokens, token => content.Contains(token, StringComparison.Ordinal)));
        SaveForInspection(("report.html", htmlBytes), ("report.docx", docx), ("report.pdf", pdf), ("report.xlsx", xlsx), ("report.csv", csvBytes));
        await DisposeAllAsync(phones);
    }

    [SqliteOnlyFact("a file's format does not depend on the database the counts came from (the other tests of this class check those counts on both)")]
    public async Task Office_files_pass_the_schema_validator_and_open_in_openpyxl_and_libreoffice_with_native_charts()
    {
        var (staff, ev, phones, first) = await VoteSmallEventAsync();
        using var _ = staff;
        var xlsx = await ExportAsync(staff, ev, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var docx = await ExportAsync(staff, ev, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var pptx = await ExportAsync(staff, ev, "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

        // Excel: no schema error; openpyxl finds a native chart on each question sheet with votes, wired to the counts it reads
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            Assert.Equal("", ForeignReaders.SchemaErrors(workbook));
        }
        var charts = ForeignReaders.OpenpyxlCharts(xlsx);
        Assert.Equal([["'Q1'!$C$9:$C$11", "'Q1'!$D$9:$D$11"]], charts["Q1"]); // phones, then cards stacked on them
        Assert.Single(charts["Q2"]);
        Assert.Single(charts["Q3"]);
        Assert.Empty(charts["Q4"]); // open text: the words, no bars
        var q1 = ForeignReaders.OpenpyxlRows(xlsx)["Q1"];
        Assert.Equal(first.Options.Select(o => (o.Phone, o.Cards)), q1.Skip(8).Select(row => (row[2].GetInt32(), row[3].GetInt32())));
        Assert.Equal("Responses", ForeignReaders.OpenpyxlRows(xlsx).Keys.Last());

        // PowerPoint: a title slide, a slide per asked question, the audience's questions; each chart native, its data inside
        using (var deck = PresentationDocument.Open(new MemoryStream(pptx), false))
        {
            Assert.Equal("", ForeignReaders.SchemaErrors(deck));
            var slides = deck.PresentationPart!.SlideParts.ToList();
            Assert.Equal(1 + 5 + 1, slides.Count);
            var chartParts = slides.SelectMany(s => s.ChartParts).ToList();
            Assert.Equal(4, chartParts.Count); // Q1, Q2, Q3 and Q5; Q4 (open text) is a word cloud
            Assert.All(chartParts, chart => Assert.Single(chart.EmbeddedPackagePart is null ? [] : new[] { chart.EmbeddedPackagePart }));
            var phonesSeries = chartParts[0].ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().First();
            Assert.Equal(first.Options.Select(o => o.Phone.ToString(CultureInfo.InvariantCulture)),
                phonesSeries.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.Values>()!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Select(v => v.Text));
        }
        // Word: no schema error, its properties set, no table row split over two pages, Arabic paragraphs right to left
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Equal("", ForeignReaders.SchemaErrors(word));
            Assert.Equal("Regional report — تقرير إقليمي", word.PackageProperties.Title);
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.All(body.Descendants<TableRow>(), row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
            Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "تمويل" && p.ParagraphProperties?.BiDi is not null);
            Assert.DoesNotContain(body.Descendants<Paragraph>(), p => p.InnerText == "Funding" && p.ParagraphProperties?.BiDi is not null);
        }
        // for an Arabic reader the slides speak Arabic, set right to left; the English question stays left to right
        var arabicPptx = await staff.GetByteArrayAsync($"/api/events/{ev.Id}/export/pptx?lang=ar", Ct);
        using (var deck = PresentationDocument.Open(new MemoryStream(arabicPptx), false))
        {
            var paragraphs = deck.PresentationPart!.SlideParts.ElementAt(1).Slide.Descendants<DocumentFormat.OpenXml.Drawing.Paragraph>()
                .ToDictionary(p => p.InnerText, p => p.ParagraphProperties?.RightToLeft?.Value == true);
            Assert.False(paragraphs["Q1. Is capacity building mainly technical?"]);
            Assert.Contains(paragraphs, p => p.Key.StartsWith("اختيار واحد", StringComparison.Ordinal) && p.Value);
        }

        // LibreOffice opens all three and prints them: the text a reader sees on each page
        var pdfs = ForeignReaders.LibreOfficePdf((xlsx, "xlsx"), (docx, "docx"), (pptx, "pptx"), (arabicPptx, "pptx"));
        var pages = pdfs.Select(pdf =>
        {
            using var document = PdfDocument.Open(pdf);
            return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        }).ToList();
        Assert.Contains(pages[0], page => page.Contains("Q1. Is capacity building mainly technical?", StringComparison.Ordinal));
        Assert.Contains(pages[1], page => page.Contains("Conclusions", StringComparison.Ordinal));
        Assert.Equal(7, pages[2].Count);
        Assert.Contains("Q1. Is capacity building mainly technical?", pages[2][1], StringComparison.Ordinal);
        Assert.Contains("Phones", pages[2][1], StringComparison.Ordinal); // the chart's legend: drawn by LibreOffice from the chart part
        Assert.Contains("Who funds the follow-up?", pages[2][6], StringComparison.Ordinal);
        Assert.Equal(7, pages[3].Count);
        SaveForInspection(("office-xlsx.pdf", pdfs[0]), ("office-docx.pdf", pdfs[1]), ("office-pptx.pdf", pdfs[2]), ("office-pptx-ar.pdf", pdfs[3]), ("report.pptx", pptx));
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task Without_a_profile_question_a_respondent_number_regroups_each_persons_ballots_and_is_not_their_token()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Panel",
            sessions = new[]
            {
                new
                {
                    title = "Part",
                    questions = new object[]
                    {
                        new { type = "SingleChoice", text = "Even or odd?", options = new[] { new { text = "Even" }, new { text = "Odd" } } },
                        new { type = "OpenText", text = "Your number?" },
                    },
                },
            },
        }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        var (choice, open) = (ev.Sessions[0].Questions[0], ev.Sessions[0].Questions[1]);
        var phones = new List<Phone>();
        for (var i = 0; i < 6; i++)
        {
            var phone = await PhoneAsync();
            await phone.JoinAsync(ev.Code, cancellationToken: Ct);
            phones.Add(phone);
        }
        await StepAsync(staff, ev, choice, "open");
        for (var i = 0; i < phones.Count; i++)
        {
            Assert.True((await phones[i].VoteAsync(choice.Id, choice.Options[i % 2].Id)).Ok);
        }
        await StepAsync(staff, ev, open, "open");
        for (var i = 0; i < phones.Count; i++)
        {
            Assert.True((await phones[i].SubmitAsync(new SubmitRequest(open.Id, Text: $"number{i}"), Ct)).Ok);
        }

        var rows = ReadCsv(await ExportAsync(staff, ev, "csv", "text/csv"));
        var respondents = rows.Select(r => r["respondent"]).Distinct().ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], respondents.Order(StringComparer.Ordinal));
        // each person's two ballots carry the same number: number{i} was written by whoever chose Even for an even i
        foreach (var answer in rows.Where(r => r["question_number"] == "2"))
        {
            var i = int.Parse(answer["text"]["number".Length..], CultureInfo.InvariantCulture);
            Assert.Equal(i % 2 == 0 ? "Even" : "Odd", rows.Single(r => r["question_number"] == "1" && r["respondent"] == answer["respondent"])["option"]);
        }
        var tokens = phones.Select(p => p.Joined!.ParticipantToken).ToList();
        Assert.DoesNotContain(rows, r => tokens.Any(token => r.Values.Any(value => value.Contains(token, StringComparison.Ordinal))));
        // the Excel raw sheet has the same numbers, as numbers
        var sheet = ForeignReaders.OpenpyxlRows(await ExportAsync(staff, ev, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))["Responses"];
        var column = sheet[0].FindIndex(cell => cell.GetString() == "respondent");
        Assert.Equal(respondents.Select(int.Parse).Order(), sheet.Skip(1).Select(row => row[column].GetInt32()).Distinct().Order());
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task An_event_without_responses_gives_a_valid_clearly_empty_report_and_bad_requests_get_problem_details()
    {
        using var staff = await App.CreateStaffClientAsync(Ct);
        using var created = await staff.PostAsJsonAsync("/api/events", new { title = "Quiet event", sessions = new[] { new { title = "Only part", questions = new[] { new { type = "SingleChoice", text = "Anyone?", options = new[] { new { text = "Yes" }, new { text = "No" } } } } } } }, Ct);
        var ev = (await created.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;

        Assert.Contains("No responses yet", Encoding.UTF8.GetString(await ExportAsync(staff, ev, "html", "text/html")), StringComparison.Ordinal);
        Assert.Empty(ReadCsv(await ExportAsync(staff, ev, "csv", "text/csv"))); // the header row only
        using (var word = WordprocessingDocument.Open(new MemoryStream(await ExportAsync(staff, ev, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")), false))
        {
            Assert.Contains("No responses yet", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }
        Assert.Equal(0.0, Convert.ToDouble(Query(await ExportAsync(staff, ev, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "Questions")[0]["Phone responses"], CultureInfo.InvariantCulture));

        using var unknown = await staff.GetAsync($"/api/events/{ev.Id}/export/exe", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("csv", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var missing = await staff.GetAsync($"/api/events/{Guid.NewGuid()}/export/docx", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var anonymous = await App.CreateClient().GetAsync($"/api/events/{ev.Id}/export/csv", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>
    /// The small event, voted: 16 phones (10 in government, 2 in civil society, 4 without a group), Q1 with phones and
    /// cards, a scale, a ranking, open text with Arabic, the repeated Q1, and one approved and upvoted audience question;
    /// with Q1's results as the API gives them.
    /// </summary>
    private async Task<(HttpClient Staff, EventDto Event, List<Phone> Phones, QuestionResultsDto FirstResults)> VoteSmallEventAsync()
    {
        var staff = await App.CreateStaffClientAsync(Ct);
        var ev = await CreateEventAsync(staff);
        var q = ev.Sessions.SelectMany(s => s.Questions).ToList();
        var phones = new List<Phone>();
        for (var i = 0; i < 16; i++)
        {
            var phone = await PhoneAsync();
            await phone.JoinAsync(ev.Code, cancellationToken: Ct);
            phones.Add(phone);
        }
        // 10 in government, 2 in civil society (too few to show), 4 who skip the question
        for (var i = 0; i < 12; i++)
        {
            Assert.True((await phones[i].SetGroupAsync(i < 10 ? Government : CivilSociety)).Ok);
        }

        await StepAsync(staff, ev, q[0], "open");
        var (yes, no, both) = (q[0].Options[0].Id, q[0].Options[1].Id, q[0].Options[2].Id);
        for (var i = 0; i < 14; i++)
        {
            Assert.True((await phones[i].VoteAsync(q[0].Id, i < 6 ? yes : i < 12 ? no : both)).Ok);
        }
        using (var cards = await staff.PutAsJsonAsync($"/api/events/{ev.Id}/questions/{q[0].Id}/cards",
            new { counts = new[] { new { optionId = yes, count = 5 }, new { optionId = both, count = 7 } } }, Ct))
        {
            cards.EnsureSuccessStatusCode();
        }
        await StepAsync(staff, ev, q[1], "open");
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await phones[i].SubmitAsync(new SubmitRequest(q[1].Id, Value: i + 1), Ct)).Ok);
        }
        await StepAsync(staff, ev, q[2], "open");
        var ranking = q[2].Options.Select(o => o.Id).ToList();
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await phones[i].SubmitAsync(new SubmitRequest(q[2].Id, Ranking: i == 0 ? [ranking[2], ranking[1], ranking[0]] : ranking), Ct)).Ok);
        }
        await StepAsync(staff, ev, q[3], "open");
        foreach (var (phone, text) in phones.Zip(["تمويل", "Funding", "تمويل"]))
        {
            Assert.True((await phone.SubmitAsync(new SubmitRequest(q[3].Id, Text: text), Ct)).Ok);
        }
        await StepAsync(staff, ev, q[4], "open");
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await phones[i].VoteAsync(q[4].Id, q[4].Options[1].Id)).Ok);
        }
        var asked = await phones[0].AskAsync("Who funds the follow-up?", "Maria");
        (await staff.PostAsync($"/api/events/{ev.Id}/qna/{asked.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        Assert.True((await phones[1].UpvoteAsync(asked.Id!.Value)).Ok);
        await StepAsync(staff, ev, q[4], "close");

        var api = (await staff.GetFromJsonAsync<EventResultsDto>($"/api/events/{ev.Id}/results", JsonDefaults.Options, Ct))!;
        return (staff, ev, phones, api.Questions[0]);
    }

    private static async Task<EventDto> CreateEventAsync(HttpClient staff)
    {
        object[] options = [new { text = "Yes", colour = "green" }, new { text = "No", colour = "red" }, new { text = "Both", colour = "yellow" }];
        var template = new
        {
            title = "Regional report — تقرير إقليمي",
            languages = new[] { "en", "ar" },
            profile = new { question = "Which group do you represent?", groups = new[] { Government, CivilSociety } },
            sessions = new object[]
            {
                new
                {
                    title = "Voting exercise",
                    questions = new object[]
                    {
                        new { type = "SingleChoice", text = "Is capacity building mainly technical?", options },
                        new { type = "Scale", text = "How ready are you?", scaleMin = 1, scaleMax = 5 },
                        new { type = "Ranking", text = "Rank the obstacles", options = new[] { new { text = "Staff" }, new { text = "Funds" }, new { text = "Trust" } } },
                        new { type = "OpenText", text = "In one word: what is needed?" },
                    },
                },
                new
                {
                    title = "Conclusions",
                    questions = new object[] { new { type = "SingleChoice", text = "Is capacity building mainly technical? (again)", repeatOf = "Is capacity building mainly technical?", options } },
                },
            },
        };
        using var response = await staff.PostAsJsonAsync("/api/events", template, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
    }

    private static async Task StepAsync(HttpClient staff, EventDto ev, QuestionDto question, string step)
    {
        using var response = await staff.PostAsync($"/api/events/{ev.Id}/questions/{question.Id}/{step}", null, Ct);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<byte[]> ExportAsync(HttpClient staff, EventDto ev, string format, string mediaType)
    {
        using var response = await staff.GetAsync($"/api/events/{ev.Id}/export/{format}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        if (mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet); // a text file says how to read it
        }
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^(regional-report|quiet-event|panel)-\d{4}-\d{2}-\d{2}\." + format + "$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "");
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }
        return rows;
    }

    private static List<IDictionary<string, object?>> Query(byte[] xlsx, string sheet, string startCell = "A1") =>
        [.. MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: sheet, startCell: startCell).Cast<IDictionary<string, object?>>()];

    /// <summary>The files land in test-output/ next to the tests, to open and look at.</summary>
    private static void SaveForInspection(params (string Name, byte[] Bytes)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "test-output"));
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, name), bytes);
        }
    }
}
