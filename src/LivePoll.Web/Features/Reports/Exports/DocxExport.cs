using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using LivePoll.Web.Localization;
using Microsoft.Extensions.Localization;
using static LivePoll.Web.Features.Reports.ReportFormat;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>
/// The Word report for the secretariat: title page with the event's facts, the agenda, each question with its chart
/// (alt text), counts and percentages and key figures, the audience's questions, sections for the key messages,
/// conclusions and recommendations to write, and an annex on the method and the disclosure rule.
/// </summary>
internal static class DocxExport
{
    public const string ConclusionsPrompt = "WriteRapporteursConclusionsHere";

    public static void Write(EventReport report, Stream output, IStringLocalizer<StaffText> L)
    {
        using var doc = new WordDocument(output, report.Title);
        doc.Title(report.Title);
        if (report.Rehearsal)
        {
            doc.Paragraph(L[EventReport.RehearsalNotice], bold: true);
        }
        doc.Paragraph(L["SideEventReportResultsN", ReportFormat.Moment(report.GeneratedAt)]);
        doc.Paragraph(L["JoinCodeN", report.Code]);
        doc.Paragraph(L["ParticipantsJoinedPhoneN", report.Participants]);
        doc.Paragraph(L["LanguagesEventN", string.Join(", ", report.Languages)]);
        doc.Paragraph(L["QuestionsAskedNN", report.Questions.Count(q => q.Question.OpenedAt is not null), report.Questions.Count()]);
        if (report.ChathamHouse)
        {
            doc.Paragraph(L["ThisEventFollowsChathamHouseRuleExports"]);
        }
        if (report.IsEmpty)
        {
            doc.Paragraph(L["NoResponsesYetReportFillsSoonAudience"], bold: true);
        }
        doc.PageBreak();

        doc.Heading(L["KeyMessages"], 1);
        doc.Paragraph(L["WriteKeyMessagesSideEventHere"]);

        doc.Heading(L["Agenda"], 1);
        doc.Table([L["Part"], L["Planned"], L["Questions"]], report.Sessions.Select(s => (IReadOnlyList<string>)[s.Title, L["NMin", s.PlannedMinutes], Number(s.Questions.Count)]));

        foreach (var session in report.Sessions.Where(s => s.Questions.Count > 0))
        {
            doc.Heading(session.Title, 1);
            foreach (var question in session.Questions)
            {
                WriteQuestion(doc, question, L);
            }
        }

        doc.Heading(L["QuestionsFromTheAudience"], 1);
        if (report.TopQuestions.Count == 0)
        {
            doc.Paragraph(L["NoAudienceQuestionsWereShownRoom"]);
        }
        else
        {
            doc.Table([L["Question"], L["AskedBy"], L["Upvotes"]], report.TopQuestions.Select(q => (IReadOnlyList<string>)[q.Text, q.Author ?? "", Number(q.Votes)]));
        }

        doc.Heading(L["Conclusions"], 1);
        doc.Paragraph(L[ConclusionsPrompt]);
        doc.Heading(L["Recommendations"], 1);
        doc.Paragraph(L["WriteTheRecommendationsHere"]);

        doc.Heading(L["AnnexMethod"], 1);
        doc.Paragraph(L["TheAudienceAnsweredPhoneOneBallotPer"]);
        doc.Paragraph(L["TurnoutNumberResponsesPhoneDivided"]);
        doc.Paragraph(L["DisclosureRuleAnyCountFewerThan5People"]);
    }

    private static void WriteQuestion(WordDocument doc, QuestionReport q, IStringLocalizer<StaffText> L)
    {
        doc.Heading($"Q{q.Number}. {q.Question.Text}", 2);
        doc.Lead(ReportFormat.KeyFigures(q, L));
        var bars = ChartBar.For(q.Results, q.Question);
        if (bars.Count > 0 && q.HasVotes)
        {
            doc.Picture(ChartImage.Png(bars, ReportFormat.SeriesNames(L)), ChartImage.Width, ChartImage.HeightFor(bars.Count), ReportFormat.ChartAltText(q, bars, L));
        }
        switch (q.Question.Type)
        {
            case QuestionType.Scale:
                doc.Table([L["Value"], L["Responses"]], q.Results.Scale!.Distribution.Select(d => (IReadOnlyList<string>)[Number(d.Value), Number(d.Count)]));
                break;
            case QuestionType.Ranking:
                doc.Table([L["Option"], L["AverageRank"], L["Points"]], q.Results.Options.OrderByDescending(o => o.Points)
                    .Select(o => (IReadOnlyList<string>)[o.Text, ReportFormat.Figure(o.AverageRank), Number(o.Points ?? 0)]));
                break;
            case QuestionType.OpenText:
                doc.Table([L["WordInTheCloud"], L["Count"]], (q.Results.Words ?? []).Take(30).Select(w => (IReadOnlyList<string>)[w.AllSpellings, Number(w.Count)]));
                doc.Table([L["AllAnswers"]], q.Answers.Select(a => (IReadOnlyList<string>)[a]));
                break;
            default:
                doc.Table([L["Option"], L["Phones"], L["Cards"], L["Total"], L["Share"]], q.Results.Options
                    .Select(o => (IReadOnlyList<string>)[o.Text, Number(o.Phone), Number(o.Cards), Number(o.Total), Percent(q.Share(o))]));
                break;
        }
        if (q.Comparison is { } comparison)
        {
            doc.Paragraph(L["ComparedQNAskedEarlier", comparison.BeforeNumber] + ":", bold: true);
            doc.Table([L["Option"], L["Before"], L["After"], L["Shift"]], comparison.Shifts.Select(s => (IReadOnlyList<string>)
                [s.Text, Percent(s.BeforePercent), Percent(s.AfterPercent), Points(s.Points)]));
        }
        if (q.Segments is { } segments)
        {
            doc.Paragraph(L["ByGroupPhoneVotesFewerThan5PeopleShown"], bold: true);
            doc.Table([L["Group"], .. segments.Options, L["Answered"]], segments.Rows.Select(r => (IReadOnlyList<string>)[r.Group, .. r.Cells, r.Answered]));
        }
    }
}
