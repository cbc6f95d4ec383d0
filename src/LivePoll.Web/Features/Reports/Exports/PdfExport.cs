using System.Diagnostics;
using LivePoll.Web.Options;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Features.Reports.Exports;

/// <summary>The PDF report: the HTML report printed by headless Chromium (A4, charts as vector graphics).</summary>
public sealed class PdfExport(IOptions<LivePollOptions> options, ILogger<PdfExport> logger)
{
    private static readonly TimeSpan PrintTimeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>Prints <paramref name="html"/> into a temporary PDF file, which is deleted when the returned stream closes.</summary>
    public async Task<Stream> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = FindChromium() ?? throw new PrinterUnavailableException(
            "The PDF report needs Chromium: install the chromium package or set LivePoll:Reports:ChromiumPath. The HTML report prints the same pages from a browser.");
        var folder = Directory.CreateTempSubdirectory("livepoll-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            using var process = Process.Start(new ProcessStartInfo(chromium)
            {
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                    "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
                },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PrintTimeout);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new PrinterUnavailableException("Printing the PDF report took too long; try again, or print the HTML report from a browser.");
            }
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                logger.LogWarning("Chromium did not print the report (exit {ExitCode}): {Errors}", process.ExitCode, await errors);
                throw new PrinterUnavailableException("Chromium could not print the PDF report; the HTML report prints the same pages from a browser.");
            }
            var printed = Path.GetTempFileName();
            File.Move(pdf, printed, overwrite: true);
            return new FileStream(printed, FileMode.Open, FileAccess.Read, FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private string? FindChromium()
    {
        if (options.Value.Reports.ChromiumPath is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return Candidates.SelectMany(name => path.Select(dir => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }
}

/// <summary>The PDF printer (Chromium) is missing or failed; the API answers 503 with this message.</summary>
public sealed class PrinterUnavailableException(string message) : Exception(message);
