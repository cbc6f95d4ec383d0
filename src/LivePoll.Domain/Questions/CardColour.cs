namespace LivePoll.Domain.Questions;

/// <summary>
/// The colours of the physical voting cards. An option's colour matches a card so that phone
/// votes and raised cards can be counted together.
/// </summary>
public static class CardColour
{
    private static readonly Dictionary<string, string> HexByName = new(StringComparer.Ordinal)
    {
        ["green"] = "#2e7d32",
        ["blue"] = "#1565c0",
        ["yellow"] = "#f9a825",
        ["red"] = "#c62828",
        ["orange"] = "#ef6c00",
        ["purple"] = "#6a1b9a",
        ["teal"] = "#00838f",
        ["grey"] = "#546e7a",
    };

    public static IReadOnlyList<string> Names { get; } = [.. HexByName.Keys];

    /// <summary>Every colour name with its hex value (handed to browser scripts so they need no copy).</summary>
    public static IReadOnlyDictionary<string, string> Palette => HexByName;

    public static bool IsKnown(string? name) => name is not null && HexByName.ContainsKey(name);

    public static string ToHex(string name) => HexByName.TryGetValue(name, out var hex) ? hex : HexByName["grey"];

    /// <summary>The colour for the option at <paramref name="index"/> when none was chosen.</summary>
    public static string Default(int index) => Names[index % Names.Count];
}
