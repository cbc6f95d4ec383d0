namespace LivePoll.Domain;

/// <summary>
/// Why something was refused, as data: the key of the text to show in every language's resources (e.g.
/// "ChooseMostNOptions", whose English is "Choose at most {0} options.") and the values that go into it. Each interface
/// words it in its reader's language from these two; nobody reads a formatted sentence back.
/// </summary>
public sealed record Refusal(string Text, params object[] Values)
{
    public override string ToString() => Values.Length == 0 ? Text : $"{Text}({string.Join(", ", Values)})";
}
