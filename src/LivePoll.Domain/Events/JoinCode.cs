using System.Security.Cryptography;

namespace LivePoll.Domain.Events;

/// <summary>
/// Join codes are short, typed on phones and read aloud in four languages, so they use
/// only characters that cannot be confused (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
/// </summary>
public static class JoinCode
{
    public const int Length = 6;
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public static string Generate()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(code);
    }

    public const int MinLength = 4;
    public const int MaxLength = 12;

    /// <summary>Why an organiser's chosen code cannot be used (null: it can): 4–12 characters of <see cref="Alphabet"/>.</summary>
    public static string? ProblemWithChosen(string? code) =>
        Normalize(code) is { } normalized && normalized.All(Alphabet.Contains)
            ? null
            : $"A join code has {MinLength} to {MaxLength} of these letters and digits: {Alphabet} (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).";

    /// <summary>Upper-cases and strips spaces and dashes; returns null when the text cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return null;
        }
        var cleaned = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return cleaned.Length is >= MinLength and <= MaxLength && cleaned.All(char.IsAsciiLetterOrDigit) ? cleaned : null;
    }
}
