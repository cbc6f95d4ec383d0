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

    [Theory]
    [InlineData(false, "#ffffff")] // console, report, the projector in high contrast
    [InlineData(true, WordCloud.DarkBackground)] // the projector
    public void Every_word_can_be_read_on_its_background(bool dark, string background)
    {
        var words = Enumerable.Range(0, 16).Select(i => new WordCount($"word{i}", 16 - i)).ToList();

        var cut = Render<WordCloud>(p => p.Add(c => c.Words, words).Add(c => c.Dark, dark));

        var colours = cut.FindAll(".word-cloud li").Select(li => li.GetAttribute("style")!.Split("color:")[1].Trim().TrimEnd(';')).ToList();
        Assert.Equal(16, colours.Count);
        Assert.All(colours, colour => Assert.True(ContrastRatio(colour, background) >= 4.5, $"{colour} on {background}: {ContrastRatio(colour, background):0.00}:1"));
        Assert.True(colours.Distinct().Count() > 2, "words keep the card colours that are readable");
    }

    // WCAG 2.x relative luminance and contrast ratio, written out here from the specification.
    private static double ContrastRatio(string a, string b)
    {
        static double Linear(string hex, int at)
        {
            var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        static double L(string hex) => (0.2126 * Linear(hex, 1)) + (0.7152 * Linear(hex, 3)) + (0.0722 * Linear(hex, 5));
        var (x, y) = (L(a), L(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }
}
