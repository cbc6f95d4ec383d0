using System.Net;
using System.Text;
using LivePoll.Web.Features.Reports.Exports;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Features.Booth;

/// <summary>The booth script as a self-contained HTML page (printed to PDF by Chromium) and as a Word document.</summary>
internal static class BoothScriptFiles
{
    /// <param name="missingNote">What the ⚠ mark of an untranslated text means, in the reader's language.</param>
    public static string Html(BoothScript script, string heading, string missingNote)
    {
        var language = ScreenLanguages.OfCurrentUser.Primary;
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{language}" dir="{UiLanguage.Direction(language)}">
            <head>
            <meta charset="utf-8">
            <title>{Encode(heading)}</title>
            <style>
            @page {"{"} size: A4 landscape; margin: 12mm; {"}"}
            body {"{"} font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; {"}"}
            h1 {"{"} font-size: 15pt; margin: 0 0 .2rem; {"}"}
            p {"{"} margin: 0 0 .6rem; color: #444; {"}"}
            table {"{"} border-collapse: collapse; width: 100%; table-layout: fixed; {"}"}
            th, td {"{"} border: 1px solid #9aa5b1; padding: 3px 5px; vertical-align: top; text-align: start; overflow-wrap: anywhere; {"}"}
            th {"{"} background: #e8edf3; {"}"}
            th:first-child, td:first-child {"{"} width: 5.5em; color: #444; {"}"}
            tr.part td {"{"} background: #f1f4f8; font-weight: 700; {"}"}
            thead {"{"} display: table-header-group; {"}"}
            tr {"{"} break-inside: avoid; {"}"}
            </style>
            </head>
            <body>
            <h1 dir="auto">{Encode(heading)}</h1>
            <p>{Encode(BoothScript.Untranslated.Trim())} = {Encode(missingNote)}</p>
            <table>
            <thead><tr><th></th>
            """);
        foreach (var code in script.Languages)
        {
            html.Append($"<th lang=\"{code}\">{Encode(UiLanguage.NativeName(code))}</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var line in script.Lines)
        {
            html.Append(line.IsPart ? "<tr class=\"part\">" : "<tr>").Append($"<td>{Encode(line.Label)}</td>");
            foreach (var (code, text) in script.Languages.Zip(line.Texts))
            {
                html.Append($"<td lang=\"{code}\" dir=\"auto\">{Encode(text)}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static void Word(BoothScript script, string heading, string missingNote, Stream output)
    {
        using var doc = new WordDocument(output, heading) { Landscape = true };
        doc.Title(heading);
        doc.Paragraph($"{BoothScript.Untranslated.Trim()} = {missingNote}");
        doc.Table(["", .. script.Languages.Select(UiLanguage.NativeName)], script.Lines.Select(line => (IReadOnlyList<string>)[line.Label, .. line.Texts]));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
