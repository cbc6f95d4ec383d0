using LivePoll.Domain.Questions;
using LivePoll.Domain.Results;
using LivePoll.Domain.Voting;

namespace LivePoll.Domain.Tests;

public sealed class ResultsByTypeTests
{
    private static QuestionResults Results(Question q, params Ballot[] ballots)
    {
        var tally = new QuestionTally(q.Id);
        foreach (var ballot in ballots)
        {
            tally.Apply(Guid.NewGuid(), ballot);
        }
        return QuestionResults.From(q, tally.Snapshot());
    }

    [Fact]
    public void Scale_results_give_mean_median_and_every_value_of_the_range()
    {
        var q = TestQuestions.Make(QuestionType.Scale);
        var results = Results(q, [.. new[] { 1, 2, 2, 5 }.Select(v => new Ballot { Value = v })]);

        Assert.Equal(2.5, results.Scale!.Mean);
        Assert.Equal(2.0, results.Scale.Median); // even count: mean of the two middle values (2, 2)
        Assert.Equal([(1, 1), (2, 2), (3, 0), (4, 0), (5, 1)], results.Scale.Distribution.Select(d => (d.Value, d.Count)));
        Assert.Equal(4, results.Participants);
    }

    [Fact]
    public void Scale_median_of_an_even_count_is_the_mean_of_the_middle_values_and_empty_scales_have_none()
    {
        var q = TestQuestions.Make(QuestionType.Scale);
        Assert.Equal(3.5, Results(q, new Ballot { Value = 3 }, new Ballot { Value = 4 }).Scale!.Median);
        Assert.Equal(3.0, Results(q, new Ballot { Value = 1 }, new Ballot { Value = 3 }, new Ballot { Value = 5 }).Scale!.Median);

        var empty = Results(q).Scale!;
        Assert.Null(empty.Mean);
        Assert.Null(empty.Median);
        Assert.All(empty.Distribution, d => Assert.Equal(0, d.Count));
    }

    [Fact]
    public void Ranking_results_give_average_rank_and_borda_points()
    {
        var q = TestQuestions.Make(QuestionType.Ranking, options: 3);
        var (a, b, c) = (q.Option(0), q.Option(1), q.Option(2));
        var results = Results(q,
            new Ballot { OptionIds = [a, b, c] },
            new Ballot { OptionIds = [a, c, b] },
            new Ballot { OptionIds = [b, a, c] });

        var byId = results.Options.ToDictionary(o => o.OptionId);
        Assert.Equal(4.0 / 3, byId[a].AverageRank!.Value, precision: 10); // ranks 1, 1, 2
        Assert.Equal(2.0, byId[b].AverageRank); // ranks 2, 3, 1
        Assert.Equal(8.0 / 3, byId[c].AverageRank!.Value, precision: 10); // ranks 3, 2, 3
        Assert.Equal(5, byId[a].Points); // (3-1) + (3-1) + (3-2)
        Assert.Equal(3, byId[b].Points); // 1 + 0 + 2
        Assert.Equal(1, byId[c].Points); // 0 + 1 + 0
    }

    [Fact]
    public void A_changed_ranking_replaces_the_old_one()
    {
        var q = TestQuestions.Make(QuestionType.Ranking, options: 2);
        var tally = new QuestionTally(q.Id);
        var voter = Guid.NewGuid();
        tally.Apply(voter, new Ballot { OptionIds = [q.Option(0), q.Option(1)] });
        tally.Apply(voter, new Ballot { OptionIds = [q.Option(1), q.Option(0)] });

        var results = QuestionResults.From(q, tally.Snapshot());
        Assert.Equal([0L, 1L], results.Options.Select(o => o.Points!.Value));
        Assert.Equal([2.0, 1.0], results.Options.Select(o => o.AverageRank!.Value));
    }

    [Fact]
    public void Open_text_counts_answers_and_words_case_folded_without_stop_words_of_the_answers_language()
    {
        var q = TestQuestions.Make(QuestionType.OpenText);
        var results = Results(q,
            new Ballot { Text = "Funding", Language = "en" },
            new Ballot { Text = "funding!", Language = "en" },
            new Ballot { Text = "The funding of the partners", Language = "en" },
            new Ballot { Text = "Le financement des partenaires", Language = "fr" },
            new Ballot { Text = "  Trust  " });

        Assert.Equal(5, results.Answers);
        Assert.Equal(
            [("funding", 3), ("financement", 1), ("partenaires", 1), ("partners", 1), ("trust", 1)],
            results.Words!.Select(w => (w.Text, w.Count)));
    }

    [Fact]
    public void A_one_word_answer_counts_even_when_it_is_a_stop_word_and_elision_is_split_off()
    {
        Assert.Equal(["the"], WordCounter.WordsOf(new TextAnswer("The", "en")));
        Assert.Equal(["état", "droit"], WordCounter.WordsOf(new TextAnswer("L'état de droit", "fr")));
        Assert.Equal(["الثقة"], WordCounter.WordsOf(new TextAnswer("الثقة", "ar")));
        Assert.Equal(["بناء", "القدرات"], WordCounter.WordsOf(new TextAnswer("بناء في القدرات", "ar")));
    }

    [Fact]
    public void Phrases_count_whole_answers_normalized_when_the_moderator_chose_so()
    {
        TextAnswer[] answers = [new("Political will!", "en"), new("political  will", "en"), new("Funding", "en"), new("  ", "en")];

        Assert.Equal([("political will", 2), ("funding", 1)], WordCounter.Count(answers, phrases: true).Select(w => (w.Text, w.Count)));
        // word by word "will" is a stop word: the cloud would say "political" alone, which is why phrases exist
        Assert.Equal([("political", 2), ("funding", 1)], WordCounter.Count(answers).Select(w => (w.Text, w.Count)));
        Assert.Empty(WordCounter.Count(answers, new HashSet<string> { "political will", "funding" }, phrases: true));
    }

    [Theory]
    [InlineData("cooperation between states", "en", "between")]
    [InlineData("coopération entre États", "fr", "entre")]
    [InlineData("cooperación entre estados", "es", "entre")]
    [InlineData("التعاون بين الدول", "ar", "بين")]
    [InlineData("nothing without funding", "en", "without")]
    [InlineData("rien sans financement", "fr", "sans")]
    [InlineData("nada sin financiación", "es", "sin")]
    [InlineData("国家之间的合作", "zh", "之间")]
    [InlineData("сотрудничество между государствами", "ru", "между")]
    [InlineData("ничего без финансирования", "ru", "без")]
    public void One_stop_word_policy_keeps_words_that_carry_a_relation_in_every_language(string answer, string language, string relation)
    {
        Assert.Contains(relation, WordCounter.WordsOf(new TextAnswer(answer, language)));
    }

    [Theory]
    [InlineData("the role of states", "en", "of")]
    [InlineData("le rôle des États", "fr", "des")]
    [InlineData("el papel de los estados", "es", "de")]
    [InlineData("دور في الدول", "ar", "في")]
    [InlineData("在地方层面的作用", "zh", "在")]
    [InlineData("роль государств в миграции", "ru", "в")]
    public void One_stop_word_policy_leaves_out_the_simplest_prepositions_in_every_language(string answer, string language, string preposition)
    {
        Assert.DoesNotContain(preposition, WordCounter.WordsOf(new TextAnswer(answer, language)));
    }

    [Fact]
    public void Chinese_is_split_into_words_and_a_one_word_answer_stays_whole()
    {
        Assert.Equal(["能力", "建设", "资金"], WordCounter.WordsOf(new TextAnswer("能力建设和资金。", "zh")));
        Assert.Equal(["资金"], WordCounter.WordsOf(new TextAnswer("资金", "zh")));
        Assert.Equal(["政治意愿"], WordCounter.PhraseOf(new TextAnswer("政治 意愿！", "zh")));
        Assert.Equal(
            [("资金", 3), ("培训", 1)],
            WordCounter.Count([new("资金", "zh"), new("需要资金", "zh"), new("资金和培训", "zh")]).Select(w => (w.Text, w.Count)));
    }

    [Theory]
    [InlineData("تَمْوِيل", "تمويل")]
    [InlineData("تمـــويل", "تمويل")]
    [InlineData("Финанси\u0301рование", "финансирование")]
    [InlineData("Всё", "все")]
    [InlineData("État", "état")]
    public void Marks_that_do_not_change_a_word_are_dropped_and_others_kept(string answer, string word)
    {
        Assert.Equal([word], WordCounter.WordsOf(new TextAnswer(System.Text.RegularExpressions.Regex.Unescape(answer), null)));
    }

    [Fact]
    public void Hidden_words_are_left_out_of_the_cloud()
    {
        var counts = WordCounter.Count([new TextAnswer("money", "en"), new TextAnswer("idiots", "en")], new HashSet<string> { "idiots" });
        Assert.Equal(["money"], counts.Select(c => c.Text));
    }

    [Fact]
    public void Card_counts_are_added_to_phone_votes_and_kept_apart()
    {
        var q = TestQuestions.Make(QuestionType.SingleChoice, options: 2);
        q.Options[0].CardCount = 40;
        q.Options[1].CardCount = 3;
        var results = Results(q, new Ballot { OptionIds = [q.Option(0)] }, new Ballot { OptionIds = [q.Option(1)] }, new Ballot { OptionIds = [q.Option(1)] });

        Assert.Equal([(1, 40, 41), (2, 3, 5)], results.Options.Select(o => (o.Phone, o.Cards, o.Total)));
        Assert.Equal(3, results.Participants); // cards are not participants
        Assert.Equal(46, results.TotalVotes);
    }
}

public sealed class WordCloudModerationTests
{
    [Fact]
    public void Hidden_words_and_hidden_answers_leave_the_cloud_but_the_answer_count_stays()
    {
        var q = TestQuestions.Make(QuestionType.OpenText);
        var tally = new QuestionTally(q.Id);
        tally.Apply(Guid.NewGuid(), new Ballot { Text = "Money money", Language = "en" });
        tally.Apply(Guid.NewGuid(), new Ballot { Text = "Stupid idea", Language = "en" });
        tally.Apply(Guid.NewGuid(), new Ballot { Text = "Trust", Language = "en" });

        Assert.True(q.SetHidden("  STUPID IDEA ", wholeAnswer: true, hidden: true));
        Assert.True(q.SetHidden("Trust", wholeAnswer: false, hidden: true));
        Assert.False(q.SetHidden("trust", wholeAnswer: false, hidden: true)); // already hidden: no change
        var results = QuestionResults.From(q, tally.Snapshot());
        Assert.Equal(["money"], results.Words!.Select(w => w.Text));
        Assert.Equal(3, results.Answers);

        Assert.True(q.SetHidden("trust", wholeAnswer: false, hidden: false));
        Assert.Contains("trust", QuestionResults.From(q, tally.Snapshot()).Words!.Select(w => w.Text));
    }
}
