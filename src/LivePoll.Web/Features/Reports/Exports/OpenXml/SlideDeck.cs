using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using LivePoll.Domain.Results;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>One run of text on a slide: its size in points, bold or not, and its colour (hex, no '#').</summary>
internal sealed record SlideText(string Text, int Size, bool Bold = false, string Colour = "1F2933");

/// <summary>
/// A 16:9 PowerPoint presentation written with the Open XML SDK: one blank layout, a plain theme in the report's fonts,
/// and slides made of text boxes and native charts. Every paragraph is set right to left when its text is.
/// </summary>
internal sealed class SlideDeck : IDisposable
{
    public const long Width = 12192000;
    public const long Height = 6858000;
    public const long Margin = 457200; // half an inch

    private readonly PresentationDocument _document;
    private readonly SlideLayoutPart _layout;
    private readonly SlideIdList _slides = new();

    public SlideDeck(Stream output, string title)
    {
        _document = PresentationDocument.Create(output, PresentationDocumentType.Presentation);
        DocumentProperties.Describe(_document, title);
        var presentation = _document.AddPresentationPart();
        var master = presentation.AddNewPart<SlideMasterPart>();
        _layout = master.AddNewPart<SlideLayoutPart>();
        _layout.SlideLayout = new SlideLayout(new CommonSlideData(EmptyShapeTree()), new ColorMapOverride(new A.MasterColorMapping())) { Type = SlideLayoutValues.Blank };
        _layout.AddPart(master);
        var theme = master.AddNewPart<ThemePart>();
        theme.Theme = SlideTheme.Create();
        presentation.AddPart(theme);
        master.SlideMaster = new SlideMaster(
            new CommonSlideData(EmptyShapeTree()),
            new ColorMap
            {
                Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
                Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
                Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2,
                Accent3 = A.ColorSchemeIndexValues.Accent3, Accent4 = A.ColorSchemeIndexValues.Accent4,
                Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
                Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
            },
            new SlideLayoutIdList(new SlideLayoutId { Id = 2147483649U, RelationshipId = master.GetIdOfPart(_layout) }),
            new TextStyles(new TitleStyle(), new BodyStyle(), new OtherStyle()));
        presentation.Presentation = new DocumentFormat.OpenXml.Presentation.Presentation(
            new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = presentation.GetIdOfPart(master) }),
            _slides,
            new SlideSize { Cx = (int)Width, Cy = (int)Height },
            new NotesSize { Cx = 6858000, Cy = 9144000 },
            new DefaultTextStyle());
    }

    /// <summary>Adds a slide; <paramref name="draw"/> puts its shapes on it.</summary>
    public void Slide(Action<SlideCanvas> draw)
    {
        var presentation = _document.PresentationPart!;
        var part = presentation.AddNewPart<SlidePart>();
        part.AddPart(_layout);
        var tree = EmptyShapeTree();
        draw(new SlideCanvas(part, tree));
        part.Slide = new Slide(new CommonSlideData(tree), new ColorMapOverride(new A.MasterColorMapping()));
        _slides.Append(new SlideId { Id = (uint)(256 + _slides.ChildElements.Count), RelationshipId = presentation.GetIdOfPart(part) });
    }

    public void Dispose() => _document.Dispose();

    private static ShapeTree EmptyShapeTree() => new(
        new NonVisualGroupShapeProperties(
            new NonVisualDrawingProperties { Id = 1, Name = "" },
            new NonVisualGroupShapeDrawingProperties(),
            new ApplicationNonVisualDrawingProperties()),
        new GroupShapeProperties(new A.TransformGroup()));
}

/// <summary>What a slide is drawn with: text boxes and charts at positions in EMU.</summary>
internal sealed class SlideCanvas(SlidePart part, ShapeTree tree)
{
    private uint _nextId = 2;

    /// <summary>A text box; each item is a paragraph. <paramref name="centred"/> centres the lines (a word cloud).</summary>
    public void Text(string name, long x, long y, long width, long height, IEnumerable<IReadOnlyList<SlideText>> paragraphs, bool centred = false)
    {
        var body = new TextBody(new A.BodyProperties { Wrap = A.TextWrappingValues.Square }, new A.ListStyle());
        foreach (var runs in paragraphs)
        {
            var rightToLeft = ScriptDirection.IsRightToLeft(string.Concat(runs.Select(r => r.Text)));
            var paragraph = new A.Paragraph(new A.ParagraphProperties
            {
                RightToLeft = rightToLeft,
                Alignment = centred ? A.TextAlignmentTypeValues.Center : rightToLeft ? A.TextAlignmentTypeValues.Right : A.TextAlignmentTypeValues.Left,
            });
            paragraph.Append(runs.Select(Run));
            body.Append(paragraph);
        }
        tree.Append(new Shape(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = _nextId++, Name = name },
                new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new ApplicationNonVisualDrawingProperties()),
            new ShapeProperties(Place(x, y, width, height), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }, new A.NoFill()),
            body));
    }

    /// <summary>A native chart whose data is an Excel workbook inside the file, so PowerPoint can edit it.</summary>
    public void Chart(string altText, long x, long y, long width, long height, C.ChartSpace chart, byte[] workbook)
    {
        var chartPart = part.AddNewPart<ChartPart>();
        var data = chartPart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var stream = new MemoryStream(workbook))
        {
            data.FeedData(stream);
        }
        chart.Append(new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = chartPart.GetIdOfPart(data) });
        chartPart.ChartSpace = chart;
        tree.Append(new GraphicFrame(
            new NonVisualGraphicFrameProperties(
                new NonVisualDrawingProperties { Id = _nextId++, Name = $"Chart {_nextId}", Description = altText },
                new NonVisualGraphicFrameDrawingProperties(),
                new ApplicationNonVisualDrawingProperties()),
            new Transform(new A.Offset { X = x, Y = y }, new A.Extents { Cx = width, Cy = height }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = part.GetIdOfPart(chartPart) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" })));
    }

    private static A.Transform2D Place(long x, long y, long width, long height) =>
        new(new A.Offset { X = x, Y = y }, new A.Extents { Cx = width, Cy = height });

    /// <summary>The language a run is marked with, so that PowerPoint picks the script's font and line breaking.</summary>
    private static string LanguageTag(string text) =>
        ScriptDirection.IsRightToLeft(text) ? "ar-SA" : ChineseWords.Contains(text) ? "zh-CN" : "en-US";

    private static A.Run Run(SlideText text) => new(
        new A.RunProperties(
            new A.SolidFill(new A.RgbColorModelHex { Val = text.Colour }),
            new A.LatinFont { Typeface = ReportFonts.Sans },
            new A.EastAsianFont { Typeface = ReportFonts.EastAsian },
            new A.ComplexScriptFont { Typeface = ReportFonts.ComplexScript })
        { FontSize = text.Size * 100, Bold = text.Bold, Language = LanguageTag(text.Text) },
        new A.Text(text.Text));
}
