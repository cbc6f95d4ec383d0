using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>A chart placed on a worksheet over a block of cells (0-based columns and rows, end excluded).</summary>
internal static class SheetChart
{
    public static Xdr.WorksheetDrawing Anchor(DrawingsPart drawings, C.ChartSpace chart, string name, (int Column, int Row) from, (int Column, int Row) to)
    {
        var chartPart = drawings.AddNewPart<ChartPart>();
        chartPart.ChartSpace = chart;
        return new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(from),
            Marker<Xdr.ToMarker>(to),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = 2, Name = name, Description = name },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }))
            { Macro = "" },
            new Xdr.ClientData()));
    }

    private static T Marker<T>((int Column, int Row) at) where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(at.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(at.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
