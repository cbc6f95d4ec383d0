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

    /// <summary>Upper-cases and strips spaces and dashes; returns null when the text cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return null;
        }
        var cleaned = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return cleaned.Length is >= 4 and <= 12 && cleaned.All(char.IsAsciiLetterOrDigit) ? cleaned : null;
    }
}
