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

        provider.Find("input[data-testid=settings-title]").Input("Renforcer les capacités");
        provider.Find("input[data-testid=settings-code]").Input("acde-7");
        var english = "[data-testid=settings-translation-en]";
        Assert.Contains("English", provider.Find(english).TextContent, StringComparison.Ordinal);
        provider.Find($"{english} input").Input("Building capacity");
        provider.Find("input[data-testid=settings-asks-profile], [data-testid=settings-asks-profile] input").Change(true);
        provider.Find("input[data-testid=settings-profile-question]").Input("Quel groupe représentez-vous ?");
        provider.FindAll("input[data-testid=settings-group]")[0].Input("Gouvernements");
        provider.FindAll("input[data-testid=settings-group]")[1].Input("Société civile");
        var englishFields = provider.FindAll($"{english} input");
        Assert.Equal(4, englishFields.Count); // title, profile question, two groups
        englishFields[1].Input("Which group do you represent?");
        englishFields[2].Input("Governments");
        englishFields[3].Input("Civil society");
        await provider.Find("[data-testid=settings-save]").ClickAsync(new());

        var created = await StoredAsync("ACDE7");
        Assert.NotNull(created);
        Assert.Equal(["fr", "en"], created.Languages);
        Assert.Equal("Renforcer les capacités", created.Title);
        Assert.Equal("Building capacity", created.TitleIn("en"));
        Assert.Equal(["Gouvernements", "Société civile"], created.ProfileGroups);
        Assert.Equal(["Governments", "Civil society"], created.ProfileTranslations["en"].Groups);
        Assert.Equal("Which group do you represent?", created.ProfileTranslations["en"].Question);
    }

    [Fact]
    public async Task No_error_shows_before_input_and_a_bad_or_taken_code_is_refused_clearly_without_creating_anything()
    {
        var provider = await ShowAsync<EventSettingsDialog>([]);
        Assert.DoesNotContain("Enter a title.", provider.Markup, StringComparison.Ordinal);
        var before = await CountAsync();

        await provider.Find("[data-testid=settings-save]").ClickAsync(new());
        provider.WaitForAssertion(() => Assert.Contains("Enter a title.", provider.Markup, StringComparison.Ordinal));

        provider.Find("input[data-testid=settings-title]").Input("Rehearsal");
        provider.Find("input[data-testid=settings-code]").Input("AB1");
        await provider.Find("[data-testid=settings-save]").ClickAsync(new());
        provider.WaitForAssertion(() => Assert.Contains("4 to 12 of these letters and digits", provider.Markup, StringComparison.Ordinal));

        var (taken, _) = await Services.GetRequiredService<EventService>().CreateAsync(new EventTemplate { Title = "Other" }, null, "MYCAT", cancellationToken: Ct);
        provider.Find("input[data-testid=settings-code]").Input("mycat");
        await provider.Find("[data-testid=settings-save]").ClickAsync(new());
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

        foreach (var (language, name) in new[] { ("fr", "Français"), ("es", "Español"), ("ar", "العربية") })
        {
            var column = provider.Find($"[data-testid=translation-{language}]");
            Assert.Contains(name, column.TextContent, StringComparison.Ordinal);
            Assert.Contains("Complete", column.TextContent, StringComparison.Ordinal);
            Assert.Equal(question.In(language).Text, column.QuerySelector("textarea")!.TextContent.Trim());
        }

        provider.Find("[data-testid=translation-fr] textarea").Input("");
        provider.WaitForAssertion(() => Assert.Contains("Missing: 1", provider.Find("[data-testid=translation-fr]").TextContent, StringComparison.Ordinal));
        provider.Find("[data-testid=translation-fr] textarea").Input("Que peut faire le mieux le renforcement des capacités ?");
        Assert.Equal(["ar", "es", "fr"], draft.Translations.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Que peut faire le mieux le renforcement des capacités ?", draft.Translations["fr"].Text);
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
