using LivePoll.Web.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace LivePoll.Web.Infrastructure;

/// <summary>
/// Browser-side protections on every response (a Content-Security-Policy without inline script, no sniffing, no
/// framing, no referrer), HTTPS and HSTS when <c>LivePoll:RequireHttps</c> is set, and data-protection keys kept
/// next to the database so that a restart does not sign staff out or break forms.
/// </summary>
public static class WebHardening
{
    // Styles may be inline (MudBlazor and the charts set style attributes); scripts only from this origin.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    internal static IHostApplicationBuilder AddWebHardening(this IHostApplicationBuilder builder)
    {
        var options = builder.StartupOptions();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("LivePoll");
        if (string.IsNullOrWhiteSpace(options.Redis.Configuration))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(builder.Configuration, options)));
        } // else the instances share them in Redis (ScaleOut)
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(180));
        // nothing tells a scanner which server software answers
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        // Behind a proxy the app cannot see its HTTPS port: 443 unless "https_port" says otherwise.
        builder.Services.AddHttpsRedirection(redirect =>
        {
            redirect.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            redirect.HttpsPort = int.TryParse(builder.Configuration["https_port"], out var port) ? port : 443;
        });
        return builder;
    }

    internal static WebApplication UseWebHardening(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LivePollOptions>>().Value.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
        return app;
    }

    /// <summary><c>LivePoll:KeysDirectory</c>, else a "livepoll-keys" folder beside the SQLite database file (or the app).</summary>
    private static string KeysDirectory(IConfiguration configuration, LivePollOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.KeysDirectory))
        {
            return options.KeysDirectory;
        }
        if (options.Database.Provider != DatabaseOptions.Sqlite)
        {
            return Path.Combine(AppContext.BaseDirectory, "livepoll-keys");
        }
        var dataSource = new SqliteConnectionStringBuilder(configuration.GetConnectionString(DatabaseServiceCollectionExtensions.ConnectionStringName)).DataSource;
        var folder = string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? AppContext.BaseDirectory : Path.GetDirectoryName(Path.GetFullPath(dataSource))!;
        return Path.Combine(folder, "livepoll-keys");
    }
}
