using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Infrastructure;
using Microsoft.Playwright;
using static LivePoll.E2ETests.Stage;
using static Microsoft.Playwright.Assertions;

namespace LivePoll.E2ETests;

/// <summary>
/// An organiser builds the side event's voting exercise in French with English beside it, through the pages only;
/// a French and an English phone vote on it; its export imports again and it duplicates with every translation.
/// </summary>
public sealed class BuilderTests(BrowserFixture browser)
{
    private const string Title = "Renforcer les capacités pour le Pacte mondial";
    private const string TitleEn = "Building capacity for the Global Compact";
    private const string Question = "Quel est le principal besoin de renforcement des capacités ?";
    private const string QuestionEn = "What is the main capacity-building need?";
    private static readonly (string Fr, string En)[] Options = [("Formation", "Training"), ("Données", "Data")];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_French_and_English_event_built_in_the_pages_runs_on_two_phones_and_survives_export_import_and_duplicate()
    {
        await using var staff = await browser.NewContextAsync();
        var organiser = await staff.NewPageAsync();
        await StaffPages.SignInAsync(organiser);

        // 1. The event: French original, English beside it.
        await organiser.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        await Expect(organiser.GetByTestId("settings-title")).ToBeFocusedAsync();
        await Expect(organiser.GetByText("Enter a title.")).ToHaveCountAsync(0);
        await ChooseAsync(organiser, "settings-original", "Français");
        await organiser.GetByTestId("settings-languages").ClickAsync();
        await organiser.Locator(".mud-popover-open .mud-list-item", new() { HasText = "English" }).ClickAsync();
        // the English column comes with the server's answer to the language choice: typing the title before it
        // arrives lets that render put back the title the server had (empty), and an Escape pressed before it can be
        // undone by it (the list reopens) on a busy machine
        await Expect(organiser.GetByTestId("settings-translation-en")).ToBeVisibleAsync();
        await CloseListAsync(organiser);
        await organiser.GetByTestId("settings-title").FillAsync(Title);
        await organiser.GetByTestId("settings-translation-en").GetByLabel("Title").FillAsync(TitleEn);
        await Expect(organiser.GetByTestId("settings-title")).ToHaveValueAsync(Title);
        await ScreenshotAsync(organiser, "builder-new-event.png");
        await organiser.GetByTestId("settings-save").ClickAsync();
        await Expect(organiser.GetByTestId("event-title")).ToHaveTextAsync(Title);
        // the heading takes the focus for screen readers after navigation, without a ring for mouse users
        await Expect(organiser.Locator("h1")).ToBeFocusedAsync();
        await Expect(organiser.Locator("h1")).ToHaveCSSAsync("outline-style", "none");

        // 2. A part of the agenda and its question, each text beside its translation.
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await Expect(organiser.GetByLabel("Session title")).ToBeFocusedAsync();
        await organiser.GetByLabel("Session title").FillAsync("Exercice de vote");
        await organiser.GetByTestId("session-title-en").FillAsync("Voting exercise");
        await organiser.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        var dialog = organiser.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).First).ToBeFocusedAsync();
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).First.FillAsync(Question);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Option 1" }).FillAsync(Options[0].Fr);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Option 2" }).FillAsync(Options[1].Fr);
        var english = dialog.GetByTestId("translation-en");
        await Expect(english).ToContainTextAsync("English");
        await english.GetByLabel("Question").FillAsync(QuestionEn);
        await english.GetByLabel(Options[0].Fr).FillAsync(Options[0].En);
        await english.GetByLabel(Options[1].Fr).FillAsync(Options[1].En);
        await Expect(english).ToContainTextAsync("Complete");
        await ScreenshotAsync(organiser, "builder-question-translated.png");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(organiser.GetByTestId("language-en")).ToHaveTextAsync("English: all translated");
        await ScreenshotAsync(organiser, "builder-event-fr-en.png", fullPage: true);
        var eventId = Guid.Parse(organiser.Url.Split('/')[^1]);

        // 3. Run it: a French and an English phone, each in its own language.
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Moderate" }).ClickAsync();
        await organiser.GetByTestId("question-row").First.GetByTestId("open-close").ClickAsync();
        var code = await CodeAsync(eventId);
        foreach (var (locale, title, question, option, recorded) in new[]
        {
            ("fr-FR", Title, Question, Options[1].Fr, "Vote enregistré ✓"),
            ("en-GB", TitleEn, QuestionEn, Options[1].En, "Vote recorded ✓"),
        })
        {
            await using var context = await browser.NewContextAsync(phone: true, locale: locale);
            var phone = await context.NewPageAsync();
            await phone.GotoAsync($"/j/{code}");
            await Expect(phone.Locator("h1.lp-event")).ToHaveTextAsync(title);
            await Expect(phone.Locator("#lp-question .lp-question-text")).ToHaveTextAsync(question);
            await phone.Locator(".lp-option", new() { HasText = option }).ClickAsync();
            await SubmitAsync(phone, recorded);
            if (locale == "fr-FR")
            {
                await ScreenshotAsync(phone, "builder-phone-fr.png", fullPage: true);
            }
        }
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        var results = await api.GetFromJsonAsync<JsonObject>($"/api/events/{eventId}/results", Ct);
        Assert.Equal(2, (int)results!["questions"]![0]!["participants"]!);

        // 4. The backup and the rehearsal copy keep every translation.
        var exported = await api.GetFromJsonAsync<JsonObject>($"/api/events/{eventId}/export/json", Ct);
        using var imported = await api.PostAsJsonAsync("/api/events", exported, Ct);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Ct));
        var copy = (await imported.Content.ReadFromJsonAsync<EventDto>(JsonDefaults.Options, Ct))!;
        Assert.Equal(TitleEn, copy.TitleTranslations!["en"]);
        Assert.Equal("Voting exercise", copy.Sessions[0].TitleTranslations!["en"]);
        Assert.Equal(QuestionEn, copy.Sessions[0].Questions[0].In("en").Text);

        await organiser.GotoAsync("/events");
        await organiser.GetByRole(AriaRole.Row, new() { Name = Title }).First.GetByRole(AriaRole.Button, new() { Name = "Duplicate" }).ClickAsync();
        await Expect(organiser.GetByTestId("event-title")).ToHaveTextAsync($"Copy of {Title}");
        await Expect(organiser.GetByTestId("language-en")).ToHaveTextAsync("English: all translated");
    }

    private async Task<string> CodeAsync(Guid eventId)
    {
        using var api = await browser.App.CreateStaffClientAsync(Ct);
        return (await api.GetFromJsonAsync<EventDto>($"/api/events/{eventId}", JsonDefaults.Options, Ct))!.Code;
    }
}
