using System.Text.Json.Nodes;
using LivePoll.BareHub;
using Microsoft.AspNetCore.SignalR;

// A bare SignalR server for the load generator's --baseline: see LivePoll.BareHub.csproj.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR();
builder.Services.AddSingleton<BareEvents>();
builder.Services.AddSingleton(_ => new VoteStore(builder.Configuration.GetConnectionString("Votes") ?? "Data Source=bare-hub.db"));
builder.Services.AddHostedService(services => services.GetRequiredService<VoteStore>());
builder.Services.AddHostedService<ResultsPusher>();

var app = builder.Build();
app.MapHub<PhoneHub>("/hubs/poll");
app.MapGet("/healthz", () => "ok");

var api = app.MapGroup("/api");
api.MapPost("/auth/login", () => new { accessToken = "bare" });
api.MapPost("/events", (JsonObject template, BareEvents events) => events.Create(template).Created());
api.MapPost("/events/{id:guid}/questions/{questionId:guid}/open", async (Guid id, Guid questionId, BareEvents events, IHubContext<PhoneHub> hub) =>
{
    if (events.Find(id)?.Open(questionId) is not { } question)
    {
        return Results.NotFound();
    }
    await hub.Clients.Group(id.ToString()).SendAsync("QuestionChanged", question.Payload);
    return Results.Ok();
});
api.MapPost("/events/{id:guid}/questions/{questionId:guid}/reveal", (Guid id, Guid questionId, BareEvents events) =>
    events.Find(id)?.Reveal(questionId) == true ? Results.Ok() : Results.NotFound());
api.MapGet("/events/{id:guid}/results", (Guid id, BareEvents events) =>
    events.Find(id) is { } found ? Results.Ok(new { eventId = id, questions = found.Questions.Select(q => q.Results()) }) : Results.NotFound());
api.MapGet("/runtime", (BareEvents events, VoteStore store) => RuntimeStatus.Read(events.ConnectedPhones, store.QueueLength));

app.Run();
