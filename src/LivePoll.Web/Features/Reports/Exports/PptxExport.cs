using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using LivePoll.Web.Features.Reports.Exports.OpenXml;
using LivePoll.Web.Localization;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>
/// Slides for the closing session and the secretariat: a title slide, one slide per asked question with a native,
/// editable chart (phones and cards stacked in the options' colours; its data is a workbook inside the file) or a word
/// cloud for open text, and the audience's top questions. In the reader's language; right to left where the text is.
/// </summary>
internal static class PptxExport
{
    private const int MaxAudienceQuestions = 8;
    private const int CloudWords = 30;
    private const string Muted = "52606D";
    private const long Top = 1900000;

    public static void Write(EventReport report, Stream output, IStringLocalizer<StaffText> L)
    {
        using var deck = new SlideDeck(output, report.Title);
        deck.Slide(slide => slide.Text("Title", SlideDeck.Margin, 1600000, SlideDeck.Width - (2 * SlideDeck.Margin), 4000000,
        [
            [new SlideText(report.Title, 40, Bold: true)],
            [new SlideText(L["SideEventReportResultsN", ReportFormat.Moment(report.GeneratedAt)], 20, Colour: Muted)],
            [new SlideText(L["ParticipantsJoinedPhoneN", report.Participants], 20, Colour: Muted)],
            [new SlideText(L["QuestionsAskedNN", report.Questions.Count(q => q.Question.OpenedAt is not null), report.Questions.Count()], 20, Colour: Muted)],
            .. report.ChathamHouse ? [[new SlideText(L["ChathamHouseRule"], 20, Colour: Muted)]] : Array.Empty<SlideText[]>(),
            .. report.Rehearsal ? [[new SlideText(L[EventReport.RehearsalNotice], 20, Bold: true)]] : Array.Empty<SlideText[]>(),
            .. report.IsEmpty ? [[new SlideText(L["NoResponsesYetReportFillsSoonAudience"], 20, Bold: true)]] : Array.Empty<SlideText[]>(),
        ]));

        foreach (var session in report.Sessions)
        {
            foreach (var question in session.Questions.Where(q => q.Question.OpenedAt is not null))
            {
                deck.Slide(slide => QuestionSlide(slide, session, question, L));
            }
        }

        deck.Slide(slide =>
        {
            Heading(slide, L["QuestionsFromTheAudience"], null);
            IEnumerable<IReadOnlyList<SlideText>> items = report.TopQuestions.Count == 0
                ? [[new SlideText(L["NoAudienceQuestionsWereShownRoom"], 20, Colour: Muted)]]
                : report.TopQuestions.Take(MaxAudienceQuestions).Select(q => (IReadOnlyList<SlideText>)
                [
                    new SlideText(q.Text, 20),
                    new SlideText($"  {(q.Author is null ? "" : $"— {q.Author} · ")}{L["UpvotesN", q.Votes]}", 16, Colour: Muted),
                ]);
            slide.Text("Audience questions", SlideDeck.Margin, Top - 600000, SlideDeck.Width - (2 * SlideDeck.Margin), SlideDeck.Height - Top, items);
        });
    }

    private static void QuestionSlide(SlideCanvas slide, SessionReport session, QuestionReport q, IStringLocalizer<StaffText> L)
    {
        Heading(slide, $"Q{q.Number}. {q.Question.Text}", session.Title);
        slide.Text("Key figures", SlideDeck.Margin, Top - 450000, SlideDeck.Width - (2 * SlideDeck.Margin), 400000, [[new SlideText(ReportFormat.KeyFigures(q, L), 16, Colour: Muted)]]);
        var (width, height) = (SlideDeck.Width - (2 * SlideDeck.Margin), SlideDeck.Height - Top - 300000);
        var bars = ChartBar.For(q.Results, q.Question);
        if (bars.Count > 0 && q.HasVotes)
        {
            var names = ReportFormat.SeriesNames(L);
            slide.Chart(ReportFormat.ChartAltText(q, bars, L), SlideDeck.Margin, Top, width, height,
                NativeBarChart.Create(bars, new ChartCells("Sheet1", FirstRow: 2, Labels: 1, Phones: 2, Cards: 3), names, fontSize: 16),
                ChartData(bars, names, $"Q{q.Number}"));
        }
        else if (q.Question.Type == QuestionType.OpenText && q.Results.Words is { Count: > 0 } words)
        {
            var top = words.Take(CloudWords).ToList();
            var most = top.Max(w => w.Count);
            var cloud = top.Select(w => new SlideText(w.AllSpellings + "   ", 16 + (44 * w.Count / most), Bold: w.Count == most, Colour: "1565C0"));
            slide.Text(L["WordCloud"], SlideDeck.Margin, Top, width, height, [[.. cloud]], centred: true);
        }
        else
        {
            slide.Text("Empty", SlideDeck.Margin, Top, width, 600000, [[new SlideText(L["NoAnswersYet"], 20, Colour: Muted)]]);
        }
    }

    private static void Heading(SlideCanvas slide, string title, string? above)
    {
        var width = SlideDeck.Width - (2 * SlideDeck.Margin);
        if (above is not null)
        {
            slide.Text("Part", SlideDeck.Margin, 200000, width, 350000, [[new SlideText(above, 14, Colour: Muted)]]);
        }
        slide.Text("Heading", SlideDeck.Margin, 500000, width, 900000, [[new SlideText(title, title.Length > 90 ? 22 : 28, Bold: true)]]);
    }

    /// <summary>The workbook behind a chart: the bars' names in A, phones in B, cards in C, under their headings.</summary>
    private static byte[] ChartData(IReadOnlyList<ChartBar> bars, (string Phones, string Cards) names, string title)
    {
        using var stream = new MemoryStream();
        using (var workbook = new Workbook(stream, title))
        using (var sheet = workbook.AddSheet("Sheet1", [40, 12, 12], headerRow: 1))
        {
            sheet.Row(["", names.Phones, names.Cards], CellStyle.Header);
            foreach (var bar in bars)
            {
                sheet.Row([bar.TextOnOneLine, bar.Phone, bar.Cards]);
            }
        }
        return stream.ToArray();
    }
}
