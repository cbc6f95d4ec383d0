namespace LivePoll.Domain.Results;

/// <summary>
/// Words of the word cloud the moderator counts as one concept, in any language: "funding" = "financement" = "تمويل" =
/// "资金". Kept with the event as head word → the other words counted with it; an answer holding several of them counts
/// the concept once.
/// </summary>
public static class WordMerges
{
    public const int MaxConcepts = 200;
    public const int MaxWordsPerConcept = 20;
    public const int MaxWordLength = 100;

    /// <summary>
    /// Merges <paramref name="words"/> (at least two different ones, lower-cased) into one concept, joining any concept
    /// one of them already belongs to; the head is the first word's concept head, else the first word. False when
    /// nothing changes.
    /// </summary>
    public static bool Merge(Dictionary<string, List<string>> merges, IEnumerable<string> words)
    {
        var given = words.Select(Key).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count < 2 || given.Any(w => w.Length > MaxWordLength))
        {
            throw new DomainRuleException("ChooseLeastTwoDifferentWordsMost100");
        }
        var heads = given.Select(w => HeadOf(merges, w) ?? w).Distinct(StringComparer.Ordinal).ToList();
        if (heads.Count == 1)
        {
            return false;
        }
        var members = heads.SelectMany(h => (IEnumerable<string>)[h, .. merges.GetValueOrDefault(h) ?? []]).Distinct(StringComparer.Ordinal).ToList();
        if (members.Count > MaxWordsPerConcept)
        {
            throw new DomainRuleException("AMergedWordHoldsMost20Words");
        }
        var newConcepts = heads.Count(h => !merges.ContainsKey(h)) == heads.Count ? 1 : 0;
        if (merges.Count + newConcepts > MaxConcepts)
        {
            throw new DomainRuleException("AnEventKeepsMost200MergedWords");
        }
        foreach (var head in heads.Skip(1))
        {
            merges.Remove(head);
        }
        merges[heads[0]] = [.. members.Skip(1)]; // a new list: the stored value is compared by content
        return true;
    }

    /// <summary>Counts the words of a concept apart again; false when <paramref name="head"/> heads none.</summary>
    public static bool Split(Dictionary<string, List<string>> merges, string head) => merges.Remove(Key(head));

    /// <summary>Word → its concept's head, for every merged word (the head included).</summary>
    public static IReadOnlyDictionary<string, string> HeadByWord(IReadOnlyDictionary<string, List<string>> merges)
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (head, others) in merges)
        {
            heads[head] = head;
            foreach (var word in others)
            {
                heads.TryAdd(word, head);
            }
        }
        return heads;
    }

    private static string? HeadOf(Dictionary<string, List<string>> merges, string word) =>
        merges.ContainsKey(word) ? word : merges.FirstOrDefault(m => m.Value.Contains(word, StringComparer.Ordinal)).Key;

    /// <summary>The word as the cloud writes it (lower case, marks and punctuation dropped as <see cref="WordCounter"/> does).</summary>
    private static string Key(string word) => WordCounter.PhraseOf(new TextAnswer(word, null)).FirstOrDefault() ?? "";
}
