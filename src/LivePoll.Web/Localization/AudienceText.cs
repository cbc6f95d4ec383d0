namespace LivePoll.Web.Localization;

/// <summary>
/// The texts the audience reads, on phones and on the projector, including the errors phones get back.
/// Keys are the English texts (AudienceText.resx); AudienceText.{fr,es,ar}.resx translate every key.
/// </summary>
public sealed class AudienceText;
