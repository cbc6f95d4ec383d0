namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>
/// The fonts of the Office files, the same for text and charts: Calibri (on every Office installation; LibreOffice
/// stands in metric-compatible Carlito; it carries Latin and Cyrillic), for Arabic script Arial, which carries it
/// wherever Office runs, and for Chinese Microsoft YaHei (Windows and Office for Mac; LibreOffice falls back to a CJK
/// font such as Noto Sans CJK).
/// </summary>
internal static class ReportFonts
{
    public const string Sans = "Calibri";

    public const string ComplexScript = "Arial";

    public const string EastAsian = "Microsoft YaHei";
}
