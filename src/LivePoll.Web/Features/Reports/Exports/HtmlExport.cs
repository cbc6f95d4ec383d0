using System.Net;
using LivePoll.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>The report as one self-contained HTML file: styles inside, charts as SVG, nothing loaded from elsewhere.</summary>
public sealed class HtmlExport(IServiceProvider services, ILoggerFactory loggerFactory)
{
    /// <summary>The report's style sheet, shared by the report page and the exported files.</summary>
    public static string Css { get; } = ReadCss();

    public async Task<string> RenderAsync(EventReport report)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var body = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ReportDocument>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReportDocument.Report)] = report }));
            return output.ToHtmlString();
        });
        var language = ScreenLanguages.OfCurrentUser.Primary; // the reader's language; audience texts carry dir="auto"
        return $"""
            <!DOCTYPE html>
            <html lang="{language}" dir="{UiLanguage.Direction(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(report.Title)} · report</title>
            <style>{Css}</style>
            </head>
            <body>
            {body}
            </body>
            </html>
            """;
    }

    private static string ReadCss()
    {
        using var stream = typeof(HtmlExport).Assembly.GetManifestResourceStream("report.css")
            ?? throw new InvalidOperationException("The report style sheet is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
