using System.Globalization;
using Bunit;
using LivePoll.Domain.Results;
using LivePoll.Web.Components.Shared;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Tests;

public sealed class WordCloudTests : BunitContext
{
    public WordCloudTests() => Services.AddUiLanguages();

    [Fact]
    public void Five_hundred_answers_draw_only_the_top_words_with_capped_sizes()
    {
        var answers = Enumerable.Range(0, 500).Select(i => new TextAnswer($"word{i % 180}", "en"));
        var words = WordCounter.Count(answers);
        Assert.Equal(180, words.Count);

        var cut = Render<WordCloud>(p => p.Add(c => c.Words, words));

        var items = cut.FindAll(".word-cloud li");
        Assert.Equal(60, items.Count);
        var sizes = items.Select(li => double.Parse(li.GetAttribute("style")!.Split("font-size:")[1].Split("em")[0], CultureInfo.InvariantCulture)).ToList();
        Assert.All(sizes, size => Assert.InRange(size, 1.0, 3.6));
        Assert.Equal(3.6, sizes[0]); // the most frequent word is the largest
        Assert.Equal(words.Take(60).Select(w => w.Text), items.Select(li => li.TextContent));
    }
}
