using System.Globalization;

namespace LivePoll.Domain;

/// <summary>
/// Why something the audience did was refused, as data: the text to show (its English wording, which is also its key in
/// every language's resources, e.g. "Choose at most {0} options.") and the values that go into it. Each interface words
/// it in its reader's language from these two; nobody reads a formatted sentence back.
/// </summary>
public sealed record Refusal(string Text, params object[] Values)
{
    /// <summary>The message in English, for logs and for callers that asked for no language.</summary>
    public string English => string.Format(CultureInfo.InvariantCulture, Text, Values);

    public override string ToString() => English;
}
