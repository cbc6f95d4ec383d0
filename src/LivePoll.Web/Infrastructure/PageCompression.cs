using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;

namespace LivePoll.Web.Infrastructure;

/// <summary>
/// Pages rendered per request are compressed (brotli, else gzip) and keep their text in UTF-8: the phone page must stay
/// small on venue Wi-Fi.
/// Static files are already served pre-compressed by MapStaticAssets. Over HTTPS too: the only secret on these
/// pages, the antiforgery token, is different in every response, so length-based attacks (BREACH) learn nothing.
/// </summary>
internal static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal); // plain-HTTP phones get gzip
        // Text in every script is written as it is (Arabic, Chinese, Cyrillic…), not as one "&#x645;" per letter:
        // the pages are UTF-8, and <, >, & and quotes are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
