using Bunit;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Web.Tests;

/// <summary>The builder edits a question's other languages beside the original and shows what is still missing.</summary>
public sealed class TranslationEditingTests : StaffPageContext
{
    [Fact]
    public async Task Filling_a_language_beside_the_original_stores_it_and_the_missing_count_goes_to_zero()
    {
        var question = Demo.Sessions.OrderBy(s => s.Order).SelectMany(s => s.Questions.OrderBy(q => q.Order)).First(q => q.Type == QuestionType.SingleChoice);
        Assert.Equal(4, question.Options.Count); // "What can capacity building achieve best…"
        var draft = QuestionDraft.From(question);
        draft.Translations.Remove("ar");
        foreach (var option in draft.Options)
        {
            option.Translations.Remove("ar");
        }

        var cut = Render<TranslationFields>(p => p.Add(c => c.Draft, draft).Add(c => c.Language, "ar"));
        Assert.Contains("Missing: 5", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("rtl", cut.Find("[data-testid=translation-ar]").GetAttribute("dir"));
        // each field is labelled with the text it translates
        Assert.Contains(question.Options[0].Text, cut.Markup, StringComparison.Ordinal);

        var fields = cut.FindAll("[data-testid=translation-ar] input, [data-testid=translation-ar] textarea");
        Assert.Equal(5, fields.Count);
        await InputAsync(cut, "[data-testid=translation-ar] textarea", "سؤال");
        for (var i = 0; i < 4; i++)
        {
            await InputAsync(cut, "[data-testid=translation-ar] input", $"خيار {i + 1}", index: i);
        }
        cut.WaitForAssertion(() => Assert.Contains("Complete", cut.Markup, StringComparison.Ordinal));

        await Services.GetRequiredService<EventService>().SaveQuestionAsync(Demo.Id, question.SessionId, draft);
        var saved = (await Services.GetRequiredService<EventService>().GetAsync(Demo.Id, Xunit.TestContext.Current.CancellationToken))!.FindQuestion(question.Id)!;
        Assert.Equal("سؤال", saved.In("ar").Text);
        Assert.Equal("خيار 2", saved.OptionsInOrder().ElementAt(1).TextIn("ar"));
        Assert.Equal(question.In("fr").Text, saved.In("fr").Text); // other languages untouched
    }

    [Fact]
    public async Task The_builder_marks_questions_with_a_language_still_to_translate()
    {
        var question = Demo.Sessions.SelectMany(s => s.Questions).First(q => q.Type == QuestionType.Ranking);
        var draft = QuestionDraft.From(question);
        draft.Options[2].Translations.Remove("ar"); // one option lacks its Arabic text
        await Services.GetRequiredService<EventService>().SaveQuestionAsync(Demo.Id, question.SessionId, draft);

        var cut = Render<EventBuilder>(p => p.Add(c => c.Id, Demo.Id));

        cut.WaitForAssertion(() => Assert.Contains("Build the event", cut.Markup, StringComparison.Ordinal));
        var marked = Assert.Single(cut.FindAll("[data-testid=missing-translations]")); // the rest of the demo is complete
        Assert.Equal("To translate: العربية", marked.TextContent.Trim());
    }
}
