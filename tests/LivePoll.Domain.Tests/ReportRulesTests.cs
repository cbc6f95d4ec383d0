using LivePoll.Domain.Reports;
using LivePoll.Domain.Results;

namespace LivePoll.Domain.Tests;

public sealed class ReportRulesTests
{
    [Fact]
    public void Counts_under_five_are_hidden_and_a_lone_hidden_cell_takes_a_second_one_with_it()
    {
        int[,] counts =
        {
            { 12, 3, 9 },  // one small cell: the 9 is hidden too, else 3 = total − 12 − 9
            { 20, 30, 40 },
            { 7, 8, 6 },
        };

        var hidden = SmallCells.Suppress(counts);

        Assert.True(hidden[0, 1]);
        Assert.True(hidden[0, 2]);
        Assert.False(hidden[0, 0]);
        // the columns of the two hidden cells each need a second hidden cell: the smallest visible ones
        Assert.True(hidden[2, 1]);
        Assert.True(hidden[2, 2]);
        Assert.Equal(4, Enumerable.Range(0, 9).Count(i => hidden[i / 3, i % 3]));
        Assert.Equal("<5", SmallCells.Show(3, hidden[0, 1]));
        Assert.Equal("12", SmallCells.Show(12, hidden[0, 0]));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Fewer_than_five_people_is_a_small_cell(int count, bool small) => Assert.Equal(small, SmallCells.IsSmall(count));

    [Fact]
    public void No_line_is_left_with_exactly_one_hidden_cell()
    {
        var random = new Random(7);
        for (var run = 0; run < 200; run++)
        {
            var counts = new int[random.Next(1, 6), random.Next(1, 6)];
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i / counts.GetLength(1), i % counts.GetLength(1)] = random.Next(0, 15);
            }
            var hidden = SmallCells.Suppress(counts);
            for (var r = 0; r < counts.GetLength(0); r++)
            {
                var inRow = Enumerable.Range(0, counts.GetLength(1)).Count(c => hidden[r, c]);
                Assert.True(inRow != 1 || counts.GetLength(1) == 1);
            }
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                var inColumn = Enumerable.Range(0, counts.GetLength(0)).Count(r => hidden[r, c]);
                Assert.True(inColumn != 1 || counts.GetLength(0) == 1);
            }
            Assert.All(Enumerable.Range(0, counts.Length), i => Assert.True(!SmallCells.IsSmall(counts[i / counts.GetLength(1), i % counts.GetLength(1)]) || hidden[i / counts.GetLength(1), i % counts.GetLength(1)]));
        }
    }

    [Fact]
    public void A_question_asked_again_shows_the_shift_in_percentage_points_with_cards_counted()
    {
        var before = Results((2, 0), (1, 1)); // 2 of 4 = 50 %, 2 of 4 = 50 %
        var after = Results((1, 0), (3, 4));  // 1 of 8 = 12.5 %, 7 of 8 = 87.5 %

        var shift = OptionShift.Between(before, after);

        Assert.Equal([50.0, 50.0], shift.Select(s => s.BeforePercent));
        Assert.Equal([12.5, 87.5], shift.Select(s => s.AfterPercent));
        Assert.Equal([-37.5, 37.5], shift.Select(s => s.Points));
        Assert.Equal([0.0], OptionShift.Between(Results((0, 0)), Results((0, 0))).Select(s => s.Points));
    }

    private static QuestionResults Results(params (int Phone, int Cards)[] options) => new(
        Guid.NewGuid(), Questions.QuestionType.SingleChoice, Questions.QuestionState.Closed, options.Sum(o => o.Phone),
        [.. options.Select((o, i) => new OptionResult(Guid.NewGuid(), $"Option {i}", "green", o.Phone, o.Cards))]);
}
