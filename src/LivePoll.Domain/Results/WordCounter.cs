using System.Text;

namespace LivePoll.Domain.Results;

/// <summary>
/// A word of the cloud and how many answers hold it. A merged concept is named by its head word (<see cref="Text"/>)
/// and, in <see cref="Labels"/>, by the word answers in each language used most.
/// </summary>
public sealed record WordCount(string Text, int Count, IReadOnlyDictionary<string, string>? Labels = null)
{
    /// <summary>The word as read in <paramref name="language"/>: for a concept, its word in that language where the room wrote one.</summary>
    public string TextIn(string? language) =>
        language is not null && Labels is not null && Labels.TryGetValue(language, out var label) ? label : Text;

    /// <summary>For a report read in any language: the head word and, for a concept, its other words ("funding / financement / تمويل").</summary>
    public string AllSpellings => Labels is null ? Text : string.Join(" / ", new[] { Text }.Concat(Labels.Values).Distinct(StringComparer.Ordinal));
}

/// <summary>An open-text answer and the language it was written in (null when unknown).</summary>
public sealed record TextAnswer(string Text, string? Language);

/// <summary>
/// Word frequencies of open-text answers for the word cloud: words are lower-cased (invariant
/// culture), stripped of surrounding punctuation, of Arabic short vowels and tatweel and of Russian stress marks (ё
/// reads е); Chinese is split into words by a segmenter; a one-word answer counts as that word; longer
/// answers are split into words and the stop words of their language are left out — unless the moderator chose to
/// count phrases, when each answer counts whole ("Political  will!" → "political will").
/// </summary>
public static class WordCounter
{
    public static IReadOnlyList<WordCount> Count(
        IEnumerable<TextAnswer> answers, IReadOnlySet<string>? hiddenWords = null, bool phrases = false, IReadOnlyDictionary<string, List<string>>? merges = null)
    {
        var headByWord = merges is { Count: > 0 } ? WordMerges.HeadByWord(merges) : null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new Dictionary<(string Head, string Language), Dictionary<string, int>>();
        foreach (var answer in answers)
        {
            var counted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in phrases ? PhraseOf(answer) : WordsOf(answer))
            {
                var head = headByWord?.GetValueOrDefault(word) ?? word;
                if (hiddenWords?.Contains(word) == true || hiddenWords?.Contains(head) == true || !counted.Add(head))
                {
                    continue;
                }
                counts[head] = counts.GetValueOrDefault(head) + 1;
                if (headByWord?.ContainsKey(word) == true)
                {
                    var inLanguage = spellings.TryGetValue((head, answer.Language ?? ""), out var found) ? found : spellings[(head, answer.Language ?? "")] = [];
                    inLanguage[word] = inLanguage.GetValueOrDefault(word) + 1;
                }
            }
        }
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new WordCount(c.Key, c.Value, headByWord?.ContainsKey(c.Key) == true ? Labels(c.Key, spellings) : null))];
    }

    /// <summary>A concept's word in each language: the one that language's answers used most.</summary>
    private static Dictionary<string, string> Labels(string head, Dictionary<(string Head, string Language), Dictionary<string, int>> spellings) =>
        spellings.Where(s => s.Key.Head == head && s.Key.Language.Length > 0)
            .ToDictionary(
                s => s.Key.Language,
                s => s.Value.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);

    /// <summary>The words an answer contributes (each once per answer).</summary>
    public static IEnumerable<string> WordsOf(TextAnswer answer)
    {
        var words = answer.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(token => ChineseWords.Contains(token) ? ChineseWords.Split(token) : [token])
            .Select(Normalize)
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 1)
        {
            return words;
        }
        return words.Where(w => !StopWords.IsStopWord(w, answer.Language)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The whole answer as one entry: its words normalized and joined by single spaces (none when empty; Chinese keeps no spaces).</summary>
    public static IEnumerable<string> PhraseOf(TextAnswer answer)
    {
        var words = answer.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0);
        var phrase = string.Join(ChineseWords.Contains(answer.Text) ? "" : " ", words);
        return phrase.Length > 0 ? [phrase] : [];
    }

    /// <summary>
    /// Lower case, without the punctuation around it ("Funding!" → "funding"), elision split off ("l'état" → "état"),
    /// without marks that do not change the word: Arabic short vowels and tatweel ("تَمْوِيل", "تمـويل" → "تمويل"),
    /// Russian stress marks and ё ("всё" → "все").
    /// </summary>
    private static string Normalize(string raw)
    {
        var word = WithoutOptionalMarks(raw.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant());
        var apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe is 1 or 2 && apostrophe < word.Length - 1)
        {
            word = word[(apostrophe + 1)..];
        }
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }
        return word[start..end];
    }

    private static string WithoutOptionalMarks(string word)
    {
        if (!word.Any(IsOptionalMark) && !word.Contains('ё'))
        {
            return word;
        }
        var kept = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!IsOptionalMark(c))
            {
                kept.Append(c == 'ё' ? 'е' : c);
            }
        }
        return kept.ToString();
    }

    /// <summary>Arabic harakat, superscript alef and tatweel; combining grave/acute left after composition (Cyrillic stress).</summary>
    private static bool IsOptionalMark(char c) => c is >= 'ً' and <= 'ٟ' or 'ٰ' or 'ـ' or '̀' or '́';

    private static readonly char[] Separators =
        [' ', '\t', '\r', '\n', ',', ';', '.', '!', '?', '/', '(', ')', '[', ']', '"', '“', '”', '«', '»', '،', '؛', '؟', ':',
         '，', '。', '、', '；', '：', '！', '？', '（', '）', '《', '》', '「', '」'];
}
