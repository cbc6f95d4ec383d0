namespace LivePoll.Web.Localization;

/// <summary>
/// The texts the audience reads, on phones and on the projector, including the errors phones get back. Keys are names
/// (e.g. "VoteRecorded"); the English texts are in AudienceText.resx and AudienceText.{fr,es,ar,zh,ru}.resx translate
/// every key (checked at build time, build/Translations.targets).
/// </summary>
public sealed class AudienceText;
