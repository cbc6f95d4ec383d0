using DocumentFormat.OpenXml.Packaging;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>The properties a file manager and a document library show for an Office file: its title, author and date.</summary>
internal static class DocumentProperties
{
    public static void Describe(OpenXmlPackage package, string title)
    {
        package.PackageProperties.Title = title;
        package.PackageProperties.Creator = "LivePoll";
        package.PackageProperties.Created = DateTime.UtcNow;
    }
}
