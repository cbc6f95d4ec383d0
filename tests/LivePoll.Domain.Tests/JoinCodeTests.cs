using LivePoll.Domain.Events;

namespace LivePoll.Domain.Tests;

public sealed class JoinCodeTests
{
    [Fact]
    public void Codes_use_only_unambiguous_characters()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => JoinCode.Generate()).ToList();
        Assert.All(codes, code =>
        {
            Assert.Equal(JoinCode.Length, code.Length);
            Assert.All(code, c => Assert.Contains(c, JoinCode.Alphabet));
        });
        Assert.DoesNotContain(JoinCode.Alphabet, c => "0O1IL5S2Z8B".Contains(c, StringComparison.Ordinal));
        Assert.True(codes.Distinct().Count() > 1990);
    }

    [Theory]
    [InlineData("gfmd18", "GFMD18")]
    [InlineData(" GF-MD 18 ", "GFMD18")]
    [InlineData("", null)]
    [InlineData("abc", null)]
    [InlineData("<script>", null)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", null)]
    public void Normalize_accepts_typed_codes_and_rejects_junk(string input, string? expected) =>
        Assert.Equal(expected, JoinCode.Normalize(input));
}
