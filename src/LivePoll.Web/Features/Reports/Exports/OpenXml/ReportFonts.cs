namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>
/// The fonts of the Office files, the same for text and charts: Calibri (on every Office installation; LibreOffice
/// stands in metric-compatible Carlito) and, for Arabic script, Arial, which carries it wherever Office runs.
/// </summary>
internal static class ReportFonts
{
    public const string Sans = "Calibri";

    public const string ComplexScript = "Arial";
}
