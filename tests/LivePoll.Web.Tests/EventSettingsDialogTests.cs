using Bunit;
using LivePoll.Data;
using LivePoll.Domain.Questions;
using LivePoll.Web.Features.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace LivePoll.Web.Tests;

/// <summary>The organiser sets up a multilingual event in dialogs, without JSON.</summary>
public sealed class EventSettingsDialogTests : StaffPageContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_event_gets_its_languages_chosen_code_translated_title_and_profile_question_from_the_dialog()
    {
        var provider = await ShowAsync<EventSettingsDialog>(new() { [nameof(EventSettingsDialog.Draft)] = new EventSettingsDraft { Languages = ["fr", "en"] } });

        await InputAsync(provider, "input[data-testid=settings-title]", "Renforcer les capacités");
        await InputAsync(provider, "input[data-testid=settings-code]", "acde-7");
        var english = "[data-testid=settings-translation-en]";
        Assert.Contains("English", provider.Find(english).TextContent, StringComparison.Ordinal);
        await InputAsync(provider, $"{english} input", "Building capacity");
        await ChangeAsync(provider, "input[data-testid=settings-chatham-house], [data-testid=settings-chatham-house] input", true);
        await ChangeAsync(provider, "input[data-testid=settings-asks-profile], [data-testid=settings-asks-profile] input", true);
        await InputAsync(provider, "input[data-testid=settings-profile-question]", "Quel groupe représentez-vous ?");
        await InputAsync(provider, "input[data-testid=settings-group]", "Gouvernements");
        await InputAsync(provider, "input[data-testid=settings-group]", "Société civile", index: 1);
        Assert.Equal(4, provider.FindAll($"{english} input").Count); // title, profile question, two groups
        await InputAsync(provider, $"{english} input", "Which group do you represent?", index: 1);
        await InputAsync(provider, $"{english} input", "Governments", index: 2);
        await InputAsync(provider, $"{english} input", "Civil society", index: 3);
        await ClickAsync(provider, "[data-testid=settings-save]");

        var created = await StoredAsync("ACDE7");
        Assert.NotNull(created);
        Assert.Equal(["fr", "en"], created.Languages);
        Assert.Equal("Renforcer les capacités", created.Title);
        Assert.Equal("Building capacity", created.TitleIn("en"));
        Assert.Equal(["Gouvernements", "Société civile"], created.ProfileGroups);
        Assert.Equal(["Governments", "Civil society"], created.ProfileTranslations["en"].Groups);
        Assert.Equal("Which group do you represent?", created.ProfileTranslations["en"].Question);
        Assert.True(created.ChathamHouse);
    }

    [Fact]
    public async Task No_error_shows_before_input_and_a_bad_or_taken_code_is_refused_clearly_without_creating_anything()
    {
        var provider = await ShowAsync<EventSettingsDialog>([]);
        Assert.DoesNotContain("Enter a title.", provider.Markup, StringComparison.Ordinal);
        var before = await CountAsync();

        await ClickAsync(provider, "[data-testid=settings-save]");
        provider.WaitForAssertion(() => Assert.Contains("Enter a title.", provider.Markup, StringComparison.Ordinal));

        await InputAsync(provider, "input[data-testid=settings-title]", "Rehearsal");
        await InputAsync(provider, "input[data-testid=settings-code]", "AB1");
        await ClickAsync(provider, "[data-testid=settings-save]");
        provider.WaitForAssertion(() => Assert.Contains("4 to 12 of these letters and digits", provider.Markup, StringComparison.Ordinal));

        var (taken, _) = await Services.GetRequiredService<EventService>().CreateAsync(new EventTemplate { Title = "Other" }, null, "MYCAT", cancellationToken: Ct);
        await InputAsync(provider, "input[data-testid=settings-code]", "mycat");
        await ClickAsync(provider, "[data-testid=settings-save]");
        provider.WaitForAssertion(() => Assert.Contains("The code MYCAT is already used by another event.", provider.Markup, StringComparison.Ordinal));
        Assert.Equal(before + 1, await CountAsync()); // only the other event
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task The_question_dialog_shows_each_language_with_its_stored_texts_and_saves_what_is_typed_under_that_language()
    {
        var question = Demo.QuestionsInOrder().First(q => q.Type == QuestionType.SingleChoice);
        var draft = QuestionDraft.From(question);
        var provider = await ShowAsync<QuestionDialog>(new()
        {
            [nameof(QuestionDialog.Draft)] = draft,
            [nameof(QuestionDialog.TranslatedLanguages)] = Demo.Languages.Skip(1).ToList(),
        });

        foreach (var (language, name) in new[] { ("fr", "Français"), ("es", "Español"), ("ar", "العربية"), ("zh", "中文"), ("ru", "Русский") })
        {
            var column = provider.Find($"[data-testid=translation-{language}]");
            Assert.Contains(name, column.TextContent, StringComparison.Ordinal);
            Assert.Contains("Complete", column.TextContent, StringComparison.Ordinal);
            Assert.Equal(question.In(language).Text, column.QuerySelector("textarea")!.TextContent.Trim());
        }

        await InputAsync(provider, "[data-testid=translation-fr] textarea", "");
        provider.WaitForAssertion(() => Assert.Contains("Missing: 1", provider.Find("[data-testid=translation-fr]").TextContent, StringComparison.Ordinal));
        await InputAsync(provider, "[data-testid=translation-fr] textarea", "Que peut faire le mieux le renforcement des capacités ?");
        Assert.Equal(["ar", "es", "fr", "ru", "zh"], draft.Translations.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Que peut faire le mieux le renforcement des capacités ?", draft.Translations["fr"].Text);
    }

    [Theory]
    [InlineData(QuestionType.OpenText, true)]
    [InlineData(QuestionType.SingleChoice, false)]
    public async Task Only_an_open_text_question_offers_to_count_phrases(QuestionType type, bool offered)
    {
        var draft = QuestionDraft.From(Demo.QuestionsInOrder().First(q => q.Type == type));
        var provider = await ShowAsync<QuestionDialog>(new() { [nameof(QuestionDialog.Draft)] = draft });

        Assert.Equal(offered, provider.FindAll("[data-testid=question-phrases]").Count == 1);
        if (offered)
        {
            await ChangeAsync(provider, "input[data-testid=question-phrases], [data-testid=question-phrases] input", true);
            Assert.True(draft.CountsPhrases);
        }
    }

    private async Task<IRenderedComponent<MudDialogProvider>> ShowAsync<TDialog>(Dictionary<string, object?> parameters)
        where TDialog : IComponent
    {
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogParameters = new DialogParameters();
        foreach (var (name, value) in parameters)
        {
            dialogParameters.Add(name, value);
        }
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>("", dialogParameters, EventSettingsDialogs.Options));
        return provider;
    }

    private async Task<LivePoll.Domain.Events.Event?> StoredAsync(string code)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Ct);
        return await db.EventTrees.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, Ct);
    }

    private async Task<int> CountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<LivePollDbContext>>().CreateDbContextAsync(Ct);
        return await db.Events.CountAsync(Ct);
    }
}
