using System.Globalization;
using DocumentFormat.OpenXml;
using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>Where a chart's data sits in a workbook: the sheet, the first data row, and the columns (1-based).</summary>
internal sealed record ChartCells(string Sheet, int FirstRow, int Labels, int Phones, int? Cards)
{
    public string Range(int column, int count) =>
        $"{SheetWriter.Quoted(Sheet)}!${SheetWriter.ColumnName(column)}${FirstRow}:${SheetWriter.ColumnName(column)}${FirstRow + count - 1}";

    public string Heading(int column) => $"{SheetWriter.Quoted(Sheet)}!${SheetWriter.ColumnName(column)}${FirstRow - 1}";
}

/// <summary>
/// A native, editable horizontal bar chart (DrawingML): one bar per option in the option's colour, phones solid and
/// counted cards hatched on top of them, the count at the end of each part, the first option on top. Excel, PowerPoint
/// and LibreOffice draw it themselves from the cells it names, so a reader can restyle it or change the data.
/// </summary>
internal static class NativeBarChart
{
    private const uint CategoryAxisId = 1;
    private const uint ValueAxisId = 2;
    private const string Neutral = "546E7A";

    /// <param name="bars">The bars, in the order of the cells.</param>
    /// <param name="seriesNames">The headings of the phone and card columns, in the reader's language.</param>
    /// <param name="fontSize">The labels' size in points.</param>
    public static C.ChartSpace Create(IReadOnlyList<ChartBar> bars, ChartCells cells, (string Phones, string Cards) seriesNames, int fontSize)
    {
        var withCards = cells.Cards is not null && bars.Any(b => b.Cards > 0);
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Stacked },
            new C.VaryColors { Val = false },
            Series(0, bars, cells, cells.Phones, seriesNames.Phones, b => b.Phone, cards: false));
        if (withCards)
        {
            barChart.Append(Series(1, bars, cells, cells.Cards!.Value, seriesNames.Cards, b => b.Cards, cards: true));
        }
        barChart.Append(
            new C.GapWidth { Val = 50 },
            new C.Overlap { Val = 100 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        var chart = new C.Chart(
            new C.AutoTitleDeleted { Val = true },
            new C.PlotArea(new C.Layout(), barChart, CategoryAxis(), ValueAxis()));
        if (withCards)
        {
            chart.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        }
        chart.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        return new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            chart,
            TextProperties(fontSize));
    }

    private static C.BarChartSeries Series(uint index, IReadOnlyList<ChartBar> bars, ChartCells cells, int column, string name, Func<ChartBar, int> value, bool cards)
    {
        var series = new C.BarChartSeries(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.StringReference(new C.Formula(cells.Heading(column)), StringCache([name]))),
            new C.ChartShapeProperties(Fill(Neutral, cards)),
            new C.InvertIfNegative { Val = false });
        for (var i = 0; i < bars.Count; i++)
        {
            series.Append(new C.DataPoint(
                new C.Index { Val = (uint)i },
                new C.InvertIfNegative { Val = false },
                new C.Bubble3D { Val = false },
                new C.ChartShapeProperties(Fill(CardColour.ToHex(bars[i].Colour).TrimStart('#').ToUpperInvariant(), cards))));
        }
        var labels = new C.DataLabels();
        if (!cards)
        {
            // each count in the colour that reads best on its bar (white on green, black on yellow)
            labels.Append(bars.Select((bar, i) => new C.DataLabel(
                [new C.Index { Val = (uint)i }, .. LabelSettings(ReadableOn(CardColour.ToHex(bar.Colour)), C.DataLabelPositionValues.InsideEnd)])));
        }
        labels.Append(LabelSettings("000000", cards ? C.DataLabelPositionValues.Center : C.DataLabelPositionValues.InsideEnd));
        series.Append(
            labels,
            new C.CategoryAxisData(new C.StringReference(
                new C.Formula(cells.Range(cells.Labels, bars.Count)),
                StringCache([.. bars.Select(b => b.TextOnOneLine)]))),
            new C.Values(new C.NumberReference(
                new C.Formula(cells.Range(column, bars.Count)),
                NumberCache([.. bars.Select(value)]))));
        return series;
    }

    /// <summary>A data label's content in schema order: the count only (zero parts carry none), in the colour given.</summary>
    private static OpenXmlElement[] LabelSettings(string textHex, C.DataLabelPositionValues position) =>
    [
        new C.NumberingFormat { FormatCode = "0;;;", SourceLinked = false },
        LabelText(textHex),
        new C.DataLabelPosition { Val = position },
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = true },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = false },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false },
    ];

    private static string ReadableOn(string background) =>
        Contrast.Ratio("#ffffff", background) >= Contrast.Ratio("#000000", background) ? "FFFFFF" : "000000";

    private static C.TextProperties LabelText(string hex) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties(new A.SolidFill(new A.RgbColorModelHex { Val = hex })) { Bold = true }), new A.EndParagraphRunProperties { Language = "en-US" }));

    /// <summary>Phones solid; cards hatched in the same colour, as on the projector, so colour is not the only cue.</summary>
    private static OpenXmlElement Fill(string hex, bool hatched) => hatched
        ? new A.PatternFill(
            new A.ForegroundColor(new A.RgbColorModelHex { Val = hex }),
            new A.BackgroundColor(new A.RgbColorModelHex { Val = "FFFFFF" }))
        { Preset = A.PresetPatternValues.WideUpwardDiagonal }
        : new A.SolidFill(new A.RgbColorModelHex { Val = hex });

    private static C.CategoryAxis CategoryAxis() => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }), // the first option on top
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis() => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
        new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = CategoryAxisId },
        new C.Crosses { Val = C.CrossesValues.Maximum }, // at the last option: below the bars, as the category axis runs top down
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static C.TextProperties TextProperties(int fontSize) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(
                new A.LatinFont { Typeface = ReportFonts.Sans },
                new A.EastAsianFont { Typeface = ReportFonts.EastAsian },
                new A.ComplexScriptFont { Typeface = ReportFonts.ComplexScript })
            { FontSize = fontSize * 100 }),
            new A.EndParagraphRunProperties { Language = "en-US" }));

    private static C.StringCache StringCache(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        cache.Append(texts.Select((text, i) => new C.StringPoint(new C.NumericValue(text)) { Index = (uint)i }));
        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<int> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        cache.Append(values.Select((value, i) => new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i }));
        return cache;
    }
}
