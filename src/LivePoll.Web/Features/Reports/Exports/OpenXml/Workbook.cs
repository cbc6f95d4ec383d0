using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>
/// A workbook written with the Open XML SDK: sheets streamed row by row (<see cref="SheetWriter"/>), a small fixed set
/// of styles, print titles, and native charts on a sheet. Serves the Excel export and the data behind every PowerPoint
/// chart.
/// </summary>
internal sealed class Workbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Sheets _sheets = new();
    private readonly DefinedNames _printTitles = new();

    public Workbook(Stream output, string title)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        DocumentProperties.Describe(_document, title);
        _document.AddWorkbookPart();
        _document.WorkbookPart!.AddNewPart<WorkbookStylesPart>().Stylesheet = CellStyle.Stylesheet();
    }

    /// <summary>
    /// Adds a sheet and returns its writer. <paramref name="widths"/> are column widths in characters;
    /// <paramref name="headerRow"/> (1-based) stays in view while scrolling and is printed on every page.
    /// </summary>
    public SheetWriter AddSheet(string name, IReadOnlyList<double> widths, int headerRow)
    {
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var index = (uint)_sheets.ChildElements.Count;
        _sheets.Append(new Sheet { Name = name, SheetId = index + 1, Id = _document.WorkbookPart.GetIdOfPart(part) });
        _printTitles.Append(new DefinedName($"{SheetWriter.Quoted(name)}!${headerRow}:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = index });
        return new SheetWriter(part, widths, headerRow);
    }

    public void Dispose()
    {
        _document.WorkbookPart!.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(_sheets, _printTitles);
        _document.Dispose();
    }
}

/// <summary>The few cell styles the workbooks use; the numbers are indexes into the stylesheet's cell formats.</summary>
internal static class CellStyle
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Title = 2;
    public const uint Wrapped = 3;
    public const uint Decimal = 4;
    public const uint Moment = 5;

    private const uint DecimalFormat = 164;
    private const uint MomentFormat = 165;

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DecimalFormat, FormatCode = "0.0#" },
            new NumberingFormat { NumberFormatId = MomentFormat, FormatCode = "yyyy-mm-dd hh:mm:ss" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = ReportFonts.Sans }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = ReportFonts.Sans }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = ReportFonts.Sans }))
        { Count = 3 },
        new Fills( // the first two are the ones every workbook starts with
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8EAED" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = DecimalFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = MomentFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 6 });
}
