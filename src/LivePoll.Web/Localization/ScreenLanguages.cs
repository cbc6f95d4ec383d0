using System.Globalization;

namespace LivePoll.Web.Localization;

/// <summary>
/// The languages a screen shows the audience's texts in: one, or two stacked on the projector. Cascaded by the
/// projector; without it, components speak the staff member's own language.
/// </summary>
public sealed record ScreenLanguages(string Primary, string? Second = null)
{
    public static ScreenLanguages OfCurrentUser => new(UiLanguage.Normalize(CultureInfo.CurrentUICulture.Name) ?? UiLanguage.Default);

    public IReadOnlyList<string> All => Second is null || Second == Primary ? [Primary] : [Primary, Second];

    /// <summary>An interface text (chart legends, "voting closed" …) in the primary language.</summary>
    public string Text(string key, params object[] args) => AudienceMessages.Text(Primary, key, args);
}
