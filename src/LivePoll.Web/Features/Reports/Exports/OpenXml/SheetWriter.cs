using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>
/// Writes one worksheet row by row with the SDK's streaming writer, so a sheet of any length never sits in memory.
/// Strings are written inline, numbers as numbers, moments as Excel dates (UTC). Printed landscape, one page wide.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly WorksheetPart _part;
    private readonly OpenXmlWriter _writer;
    private readonly int _headerRow;
    private int _row;
    private int _columns;
    private Func<DrawingsPart, Xdr.WorksheetDrawing>? _drawing;

    public SheetWriter(WorksheetPart part, IReadOnlyList<double> widths, int headerRow)
    {
        _part = part;
        _headerRow = headerRow;
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        _writer.WriteElement(new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
    }

    /// <summary>The 1-based number of the row the next <see cref="Row"/> writes.</summary>
    public int NextRow => _row + 1;

    /// <summary>A row of cells: string, whole or decimal number, moment, or null (an empty cell).</summary>
    public void Row(IEnumerable<object?> values, uint style = CellStyle.Plain)
    {
        _row++;
        _writer.WriteStartElement(new Row { RowIndex = (uint)_row });
        var column = 0;
        foreach (var value in values)
        {
            column++;
            if (value is not null)
            {
                _writer.WriteElement(Cell($"{ColumnName(column)}{_row}", value, style));
            }
        }
        _columns = _row == _headerRow ? column : _columns;
        _writer.WriteEndElement();
    }

    /// <summary>Draws a chart onto this sheet when it is finished (a drawing comes after the sheet's data).</summary>
    public void Draw(Func<DrawingsPart, Xdr.WorksheetDrawing> drawing) => _drawing = drawing;

    public void Dispose()
    {
        _writer.WriteEndElement(); // sheetData
        if (_columns > 0 && _row > _headerRow)
        {
            _writer.WriteElement(new AutoFilter { Reference = $"A{_headerRow}:{ColumnName(_columns)}{_row}" });
        }
        _writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        _writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (_drawing is not null)
        {
            var drawings = _part.AddNewPart<DrawingsPart>();
            drawings.WorksheetDrawing = _drawing(drawings);
            _writer.WriteElement(new Drawing { Id = _part.GetIdOfPart(drawings) });
        }
        _writer.WriteEndElement(); // worksheet
        _writer.Dispose();
    }

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>A sheet name as a formula writes it: 'Q1'.</summary>
    public static string Quoted(string sheet) => $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";

    private static Cell Cell(string reference, object value, uint style) => value switch
    {
        string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style },
        DateTimeOffset moment => Number(reference, moment.UtcDateTime.ToOADate(), CellStyle.Moment),
        double number => Number(reference, number, CellStyle.Decimal),
        _ => Number(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), style),
    };

    private static Cell Number(string reference, double value, uint style) =>
        new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style };
}
