using LivePoll.Web.Components;
using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Moderation;
using LivePoll.Web.Features.Operations;
using LivePoll.Web.Features.People;
using LivePoll.Web.Features.Rehearsal;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Localization;
using LivePoll.Web.Options;
using LivePoll.Web.Realtime;
using LivePoll.Web.Realtime.Cluster;
using MudBlazor.Services;

// Started from another folder (a published single file opened from anywhere): work in the app's own folder, where
// its settings and wwwroot are and where the database is kept by default.
if (!File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")))
{
    Directory.SetCurrentDirectory(AppContext.BaseDirectory);
}

var builder = WebApplication.CreateBuilder(args);

// Serve _content/* and _framework/* from the build output in every environment (a no-op when published).
builder.WebHost.UseStaticWebAssets();

builder.AddLivePollOptions();
builder.AddLivePollDatabase();
builder.AddWebHardening();
builder.AddProxySupport();
builder.AddObservability();
builder.AddAccounts();
builder.AddApi();
builder.Services.AddRealtime();
builder.AddScaleOut();
builder.Services.AddEvents();
builder.Services.AddVoting();
builder.Services.AddRehearsals();
builder.Services.AddReports();
builder.Services.AddPeople();
builder.Services.AddUiLanguages();
builder.Services.AddPageCompression();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

await app.PrepareAsync();

app.UseProxySupport();
app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseWebHardening();
app.UseResponseCompression();
app.UseStatusCodeResponses();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGet("/healthz", () => Results.Text("Healthy"));
app.MapObservability();
app.MapAccounts();
app.MapRemoteSignIn();
app.MapApi();
app.MapRealtime();
app.MapParticipantPage();
app.MapLanguageSwitch();
// our Content-Security-Policy already forbids framing (frame-ancestors 'none'), so Blazor adds none of its own
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();
