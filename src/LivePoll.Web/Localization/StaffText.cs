namespace LivePoll.Web.Localization;

/// <summary>
/// The texts of the staff pages (events, builder, console, report, accounts). Keys are the English texts
/// (StaffText.resx); StaffText.{fr,es,ar}.resx translate every key.
/// </summary>
public sealed class StaffText;
