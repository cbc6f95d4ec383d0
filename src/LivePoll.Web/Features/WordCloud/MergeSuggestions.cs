using System.Text.Json;
using LivePoll.Domain.Results;

namespace LivePoll.Web.Features.WordCloud;

/// <summary>
/// Words of a cloud that a bundled glossary of capacity-building terms in the six languages says mean the same
/// ("funding", "financement", "تمويل", "资金"): offered to the moderator to merge, never merged without a click.
/// </summary>
public static class MergeSuggestions
{
    private static readonly Lazy<IReadOnlyList<HashSet<string>>> Glossary = new(LoadGlossary);

    /// <summary>Groups of at least two words of <paramref name="cloud"/> that name one glossary concept, most answered first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> For(IReadOnlyList<WordCount> cloud) =>
        [.. Glossary.Value
            .Select(concept => cloud.Where(w => concept.Contains(w.Text)).ToList())
            .Where(words => words.Count >= 2)
            .OrderByDescending(words => words.Sum(w => w.Count))
            .Select(words => (IReadOnlyList<string>)[.. words.Select(w => w.Text)])];

    private static IReadOnlyList<HashSet<string>> LoadGlossary()
    {
        using var stream = typeof(MergeSuggestions).Assembly.GetManifestResourceStream("LivePoll.Web.Features.WordCloud.glossary.json")
            ?? throw new InvalidOperationException("The word-cloud glossary is missing from the assembly.");
        var concepts = JsonSerializer.Deserialize<List<Dictionary<string, List<string>>>>(stream) ?? [];
        // the terms as the cloud writes its words (lower case, marks dropped), so that they compare equal
        return [.. concepts.Select(concept => concept.Values.SelectMany(terms => terms)
            .SelectMany(term => WordCounter.PhraseOf(new TextAnswer(term, null)))
            .ToHashSet(StringComparer.Ordinal))];
    }
}
