namespace LivePoll.Web.Localization;

/// <summary>
/// The texts of the staff pages (events, builder, console, report, accounts). Keys are names (e.g. "FollowAgenda"); the
/// English texts are in StaffText.resx and StaffText.{fr,es,ar,zh,ru}.resx translate every key (checked at build time,
/// build/Translations.targets).
/// </summary>
public sealed class StaffText;
