using LivePoll.Domain.Results;

namespace LivePoll.Domain.Tests;

public sealed class WordMergeTests
{
    private static readonly TextAnswer[] SixLanguages =
    [
        new("Funding", "en"), new("funding!", "en"), new("financement", "fr"), new("تمويل", "ar"), new("资金", "zh"),
        new("финансирование", "ru"), new("financiación", "es"), new("trust", "en"),
    ];

    [Fact]
    public void Merged_words_count_as_one_concept_named_in_each_language_as_its_answers_wrote_it()
    {
        var merges = new Dictionary<string, List<string>>();
        Assert.True(WordMerges.Merge(merges, ["funding", "Financement", "تمويل", "资金", "финансирование", "financiación"]));

        var cloud = WordCounter.Count(SixLanguages, merges: merges);

        Assert.Equal([("funding", 7), ("trust", 1)], cloud.Select(w => (w.Text, w.Count)));
        var funding = cloud[0];
        Assert.Equal("financement", funding.TextIn("fr"));
        Assert.Equal("资金", funding.TextIn("zh"));
        Assert.Equal("تمويل", funding.TextIn("ar"));
        Assert.Equal("funding", funding.TextIn(null));
        Assert.Equal("funding / financement / تمويل / 资金 / финансирование / financiación", funding.AllSpellings);
        Assert.Equal("trust", cloud[1].TextIn("fr"));
    }

    [Fact]
    public void An_answer_holding_two_words_of_one_concept_counts_it_once_and_hiding_the_head_hides_the_concept()
    {
        var merges = new Dictionary<string, List<string>> { ["funding"] = ["money"] };

        Assert.Equal([("funding", 1)], WordCounter.Count([new("funding and money", "en")], merges: merges).Select(w => (w.Text, w.Count)));
        Assert.Empty(WordCounter.Count([new("money", "en")], new HashSet<string> { "funding" }, merges: merges));
    }

    [Fact]
    public void Merging_joins_existing_concepts_and_splitting_counts_the_words_apart_again()
    {
        var merges = new Dictionary<string, List<string>>();
        WordMerges.Merge(merges, ["funding", "financement"]);
        WordMerges.Merge(merges, ["تمويل", "资金"]);

        Assert.False(WordMerges.Merge(merges, ["financement", "FUNDING"]));
        Assert.True(WordMerges.Merge(merges, ["financement", "资金"]));
        Assert.Equal(["funding"], merges.Keys);
        Assert.Equal(["financement", "تمويل", "资金"], merges["funding"]);

        Assert.True(WordMerges.Split(merges, "Funding"));
        Assert.False(WordMerges.Split(merges, "funding"));
        Assert.Equal([("funding", 2), ("financement", 1)], WordCounter.Count(SixLanguages.Take(3), merges: merges).Select(w => (w.Text, w.Count)));
    }

    [Theory]
    [InlineData("funding")]
    [InlineData("funding|  Funding ")]
    [InlineData("funding|")]
    public void Fewer_than_two_different_words_are_refused_and_nothing_changes(string given)
    {
        var words = given.Split('|');
        var merges = new Dictionary<string, List<string>> { ["trust"] = ["confiance"] };

        Assert.Throws<DomainRuleException>(() => WordMerges.Merge(merges, words));
        Assert.Equal(["trust"], merges.Keys);
        Assert.Equal(["confiance"], merges["trust"]);
    }

    [Fact]
    public void A_word_longer_than_the_limit_or_a_concept_of_too_many_words_is_refused()
    {
        var merges = new Dictionary<string, List<string>>();
        Assert.Throws<DomainRuleException>(() => WordMerges.Merge(merges, ["funding", new string('x', WordMerges.MaxWordLength + 1)]));
        Assert.Throws<DomainRuleException>(() => WordMerges.Merge(merges, [.. Enumerable.Range(0, WordMerges.MaxWordsPerConcept + 1).Select(i => $"w{i}")]));
        Assert.Empty(merges);
    }
}
