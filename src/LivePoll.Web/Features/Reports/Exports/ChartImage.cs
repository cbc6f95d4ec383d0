using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using ScottPlot;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>A question's bars as a PNG (ScottPlot, drawn on the server) for the Word report: phones solid, cards lighter, stacked, the count at the end.</summary>
internal static class ChartImage
{
    public const int Width = 900;
    private const int RowHeight = 46;
    private const int LabelWrap = 34;

    public static int HeightFor(int bars) => 70 + (bars * RowHeight);

    /// <param name="seriesNames">"Phones" and "Cards" in the reader's language, for the legend.</param>
    public static byte[] Png(IReadOnlyList<ChartBar> bars, (string Phones, string Cards) seriesNames)
    {
        var plot = new Plot();
        var drawn = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < bars.Count; i++)
        {
            var position = bars.Count - i; // the first option on top
            var colour = Color.FromHex(CardColour.ToHex(bars[i].Colour));
            var count = bars[i].Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            drawn.Add(new Bar { Position = position, ValueBase = 0, Value = bars[i].Phone, FillColor = colour, Label = bars[i].Cards > 0 ? "" : count });
            if (bars[i].Cards > 0)
            {
                drawn.Add(new Bar { Position = position, ValueBase = bars[i].Phone, Value = bars[i].Value, FillColor = colour.WithAlpha(0.4), LineColor = colour, LineWidth = 1, Label = count });
            }
            ticks.Add(new Tick(position, Wrap(bars[i].Text)));
        }
        var barPlot = plot.Add.Bars(drawn);
        plot.Font.Automatic(); // a font that has the labels' characters (Arabic too)
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Margins(left: 0);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        if (bars.Any(b => b.Cards > 0))
        {
            plot.Legend.IsVisible = true;
            plot.Legend.Alignment = Alignment.LowerRight;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = seriesNames.Phones, FillColor = Colors.Gray });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = seriesNames.Cards, FillColor = Colors.Gray.WithAlpha(0.4) });
        }
        return plot.GetImageBytes(Width, HeightFor(bars.Count), ImageFormat.Png);
    }

    private static string Wrap(string label)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > LabelWrap)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }
}
