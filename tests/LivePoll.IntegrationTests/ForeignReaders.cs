using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace LivePoll.IntegrationTests;

/// <summary>
/// Tools that did not write the files read them back: Debian's python3-openpyxl (what pandas uses) and LibreOffice
/// headless (installed by .ci/run), plus the Open XML SDK's schema validator, which Office's own checks follow.
/// </summary>
internal static class ForeignReaders
{
    /// <summary>Every sheet's rows as openpyxl reads them.</summary>
    public static Dictionary<string, List<List<JsonElement>>> OpenpyxlRows(byte[] xlsx) => Python<Dictionary<string, List<List<JsonElement>>>>(xlsx, "xlsx",
        "import openpyxl\nbook = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
        + "print(json.dumps({s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}, default=str))");

    /// <summary>Each sheet's charts as openpyxl finds them: per chart, the cell ranges of its series' values.</summary>
    public static Dictionary<string, List<List<string>>> OpenpyxlCharts(byte[] xlsx) => Python<Dictionary<string, List<List<string>>>>(xlsx, "xlsx",
        "import openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\n"
        + "print(json.dumps({s.title: [[x.val.numRef.f for x in c.series] for c in s._charts] for s in book.worksheets}))");

    /// <summary>The rows of a CSV file as Python's own csv module reads them (header row first), decoding UTF-8 with its BOM.</summary>
    public static List<List<string>> PythonCsv(byte[] csv) => Python<List<List<string>>>(csv, "csv",
        "import csv\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f: print(json.dumps(list(csv.reader(f))))");

    /// <summary>The files converted to PDF by LibreOffice headless, in one run; the PDFs in the order of the files.</summary>
    public static List<byte[]> LibreOfficePdf(params (byte[] Bytes, string Extension)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("livepoll-office-");
        try
        {
            var paths = files.Select((file, i) => Path.Combine(folder.FullName, $"file{i}.{file.Extension}")).ToList();
            foreach (var (path, file) in paths.Zip(files))
            {
                File.WriteAllBytes(path, file.Bytes);
            }
            // its own profile: parallel runs and a desktop LibreOffice do not share (and lock) one
            string[] arguments = [$"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, .. paths];
            var (exitCode, output) = Run("soffice", arguments, TimeSpan.FromMinutes(3));
            Assert.True(exitCode == 0, $"LibreOffice failed ({exitCode}): {output}");
            return [.. paths.Select(path =>
            {
                var pdf = Path.ChangeExtension(path, "pdf");
                Assert.True(File.Exists(pdf), $"LibreOffice did not convert {Path.GetFileName(path)}: {output}");
                return File.ReadAllBytes(pdf);
            })];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every schema error the Open XML validator finds, one per line ("" when the package is valid).</summary>
    public static string SchemaErrors(OpenXmlPackage package) => string.Join("\n", new OpenXmlValidator()
        .Validate(package, TestContext.Current.CancellationToken)
        .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Distinct());

    /// <summary>Runs a Python script (Debian's /usr/bin/python3) on the file; the script prints its findings as JSON.</summary>
    private static T Python<T>(byte[] file, string extension, string script)
    {
        var path = Path.Combine(Path.GetTempPath(), $"livepoll-{Guid.NewGuid():N}.{extension}");
        File.WriteAllBytes(path, file);
        try
        {
            var (exitCode, output) = Run("/usr/bin/python3", ["-c", "import json, sys\n" + script, path], TimeSpan.FromMinutes(1));
            Assert.True(exitCode == 0, $"Python could not read the {extension} file: {output}");
            return JsonSerializer.Deserialize<T>(output)!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {timeout}");
        }
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? output.Result : $"{output.Result}\n{errors.Result}");
    }
}
