using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LivePoll.Web.Features.Reports.Exports.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>
/// A thin writer over the Open XML SDK for the parts of a Word document the report needs: styled headings,
/// paragraphs, tables with a header row, bullet-free lists and PNG pictures with alternative text.
/// </summary>
internal sealed class WordDocument : IDisposable
{
    private const long EmuPerPixel = 9525;
    private readonly WordprocessingDocument _document;
    private readonly Body _body;
    private uint _pictures;

    public WordDocument(Stream output, string title)
    {
        _document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        DocumentProperties.Describe(_document, title);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        _body = main.Document.Body!;
        AddStyles(main);
    }

    public void Title(string text) => Paragraph(text, "Title");

    public void Heading(string text, int level) => Paragraph(text, $"Heading{level}");

    public void Paragraph(string text, string? style = null, bool bold = false) => _body.Append(TextParagraph(text, style, bold));

    /// <summary>A paragraph that stays on the page of what follows it (a question's key figures above its chart).</summary>
    public void Lead(string text)
    {
        var paragraph = TextParagraph(text, style: null, bold: false);
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        properties.PrependChild(new KeepNext());
        _body.Append(paragraph);
    }

    /// <summary>A paragraph of one run; right to left (bidi) when its text is, so Arabic reads from the right margin.</summary>
    private static Paragraph TextParagraph(string text, string? style, bool bold)
    {
        var rightToLeft = ScriptDirection.IsRightToLeft(text);
        var runProperties = new RunProperties(); // schema order: b, then rtl
        if (bold)
        {
            runProperties.Append(new Bold(), new BoldComplexScript());
        }
        if (rightToLeft)
        {
            runProperties.Append(new RightToLeftText());
        }
        var paragraph = new Paragraph(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null || rightToLeft)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }
            if (rightToLeft)
            {
                properties.Append(new BiDi());
            }
            paragraph.PrependChild(properties);
        }
        return paragraph;
    }

    public void PageBreak() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders( // in schema order
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(header.Select(_ => new GridColumn())));
        table.Append(Row(header, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, isHeader: false));
        }
        _body.Append(table);
        _body.Append(new Paragraph());
    }

    /// <summary>A PNG picture, scaled to the page width, with the text a screen reader reads for it.</summary>
    public void Picture(byte[] png, int widthPixels, int heightPixels, string altText)
    {
        var main = _document.MainDocumentPart!;
        var imagePart = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            imagePart.FeedData(data);
        }
        var id = ++_pictures;
        const long pageWidthEmu = 6 * 914400; // 6 inches of an A4 page with margins
        var cx = Math.Min(pageWidthEmu, widthPixels * EmuPerPixel);
        var cy = cx * heightPixels / widthPixels;
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(
                    new PIC.NonVisualDrawingProperties { Id = id, Name = $"chart{id}.png", Description = altText },
                    new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(imagePart) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Chart {id}", Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        _body.Append(new Paragraph(new ParagraphProperties(new KeepNext()), new Run(new Drawing(inline)))); // with its table
    }

    /// <summary>A4 across, narrower margins: for a table of many columns (a script in six languages).</summary>
    public bool Landscape { get; init; }

    public void Dispose()
    {
        _body.Append(new SectionProperties(
            Landscape
                ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906, Height = 16838 },
            Landscape
                ? new PageMargin { Top = 680, Bottom = 680, Left = 680, Right = 680, Header = 425, Footer = 425, Gutter = 0 }
                : new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
        _document.Dispose();
    }

    /// <summary>A table row that never splits across pages; the header row repeats on each page the table runs onto.</summary>
    private static TableRow Row(IReadOnlyList<string> cells, bool isHeader)
    {
        var row = new TableRow(isHeader ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        row.Append(cells.Select(cell => new TableCell(TextParagraph(cell, style: null, bold: isHeader))));
        return row;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = ReportFonts.Sans, HighAnsi = ReportFonts.Sans, EastAsia = ReportFonts.EastAsian, ComplexScript = ReportFonts.ComplexScript },
                new FontSize { Val = "22" }))),
            ParagraphStyle("Normal", "Normal", size: null, bold: false, isDefault: true),
            ParagraphStyle("Title", "Title", size: "48", bold: true),
            ParagraphStyle("Heading1", "heading 1", size: "32", bold: true, outline: 0),
            ParagraphStyle("Heading2", "heading 2", size: "26", bold: true, outline: 1),
            new Style(new StyleName { Val = "Report Table" }, new BasedOn { Val = "TableNormal" }) { Type = StyleValues.Table, StyleId = "ReportTable" });
    }

    private static Style ParagraphStyle(string id, string name, string? size, bool bold, int? outline = null, bool isDefault = false)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }
        if (size is not null)
        {
            run.Append(new FontSize { Val = size });
        }
        var paragraph = new StyleParagraphProperties(); // children in schema order: keepNext, spacing, outlineLvl
        if (outline is not null)
        {
            paragraph.Append(new KeepNext());
        }
        paragraph.Append(new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        var style = new Style(new StyleName { Val = name }, paragraph, run) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault)
        {
            style.InsertAfter(new BasedOn { Val = "Normal" }, style.StyleName);
            style.InsertAfter(new PrimaryStyle(), style.GetFirstChild<BasedOn>());
        }
        return style;
    }
}
