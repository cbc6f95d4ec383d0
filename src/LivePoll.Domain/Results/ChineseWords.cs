using JiebaNet.Segmenter;

namespace LivePoll.Domain.Results;

/// <summary>
/// Splits Chinese text, which has no spaces, into words (jieba: its dictionary plus a hidden Markov model for words it
/// does not know): "能力建设和资金" → 能力 · 建设 · 和 · 资金. The dictionary (5 MB) is read on first use.
/// </summary>
public static class ChineseWords
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new JiebaSegmenter();
    });

    // The segmenter does not say it is safe for concurrent calls, so they are taken one at a time (a call takes microseconds).
    private static readonly Lock Gate = new();

    /// <summary>True when <paramref name="text"/> holds a Han character (CJK unified ideographs, extension A included).</summary>
    public static bool Contains(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');

    public static IReadOnlyList<string> Split(string text)
    {
        lock (Gate)
        {
            return [.. Segmenter.Value.Cut(text, cutAll: false, hmm: true)];
        }
    }
}
