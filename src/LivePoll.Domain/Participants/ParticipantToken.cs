using System.Security.Cryptography;
using System.Text;

namespace LivePoll.Domain.Participants;

/// <summary>256-bit random bearer token of a phone; the server keeps only its SHA-256 hash.</summary>
public static class ParticipantToken
{
    private const int ByteLength = 32;
    private const int MaxTextLength = 100;

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(ByteLength))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether the text could be a token we issued (cheap check before hashing untrusted input).</summary>
    public static bool LooksValid(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= MaxTextLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
