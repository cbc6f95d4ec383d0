using System.Collections.Concurrent;
using LivePoll.Web.Features.Events;
using LivePoll.Web.Features.Reports;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LivePoll.Testing;

/// <summary>A simulated phone: a real SignalR client over WebSockets, as participant.js would be.</summary>
public sealed class Phone : IAsyncDisposable
{
    private Phone(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }
    public ConcurrentQueue<QuestionDto?> QuestionChanges { get; } = new();
    public ConcurrentQueue<QuestionResultsDto> ResultUpdates { get; } = new();
    public ConcurrentQueue<IReadOnlyList<QnaItemDto>> QnaUpdates { get; } = new();

    /// <summary>What the server said each time a rehearsal began (true) or the event went live after one (false).</summary>
    public ConcurrentQueue<bool> RehearsalChanges { get; } = new();
    public JoinResponse? Joined { get; private set; }

    /// <summary>How many times the server told this phone the event has ended.</summary>
    public int EventClosedCount => Volatile.Read(ref _eventClosed);

    private int _eventClosed;

    public static async Task<Phone> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/poll"))
            .AddJsonProtocol(o => JsonDefaults.Configure(o.PayloadSerializerOptions))
            .Build();
        var phone = new Phone(connection);
        connection.On<QuestionDto?>(nameof(IPollClient.QuestionChanged), q => phone.QuestionChanges.Enqueue(q));
        connection.On<QuestionResultsDto>(nameof(IPollClient.ResultsUpdated), r => phone.ResultUpdates.Enqueue(r));
        connection.On<IReadOnlyList<QnaItemDto>>(nameof(IPollClient.QnaUpdated), items => phone.QnaUpdates.Enqueue(items));
        connection.On(nameof(IPollClient.EventClosed), () => Interlocked.Increment(ref phone._eventClosed));
        connection.On<bool>(nameof(IPollClient.RehearsalChanged), rehearsal => phone.RehearsalChanges.Enqueue(rehearsal));
        await connection.StartAsync(cancellationToken);
        return phone;
    }

    public Task<JoinResponse> JoinAsync(string code, string? token = null, CancellationToken cancellationToken = default) =>
        JoinInAsync(code, language: null, token, cancellationToken);

    public async Task<JoinResponse> JoinInAsync(string code, string? language, string? token = null, CancellationToken cancellationToken = default)
    {
        Joined = await Connection.InvokeAsync<JoinResponse>("Join", new JoinRequest(code, token, language), cancellationToken);
        return Joined;
    }

    public Task<SubmitResult> SubmitAsync(SubmitRequest request, CancellationToken cancellationToken = default) =>
        Connection.InvokeAsync<SubmitResult>("Submit", request, cancellationToken);

    public Task<SubmitResult> VoteAsync(Guid questionId, params Guid[] optionIds) =>
        SubmitAsync(new SubmitRequest(questionId, optionIds));

    public Task<AskResult> AskAsync(string? text, string? author = null) =>
        Connection.InvokeAsync<AskResult>("Ask", new AskRequest(text, author));

    public Task<SubmitResult> UpvoteAsync(Guid audienceQuestionId) =>
        Connection.InvokeAsync<SubmitResult>("Upvote", new UpvoteRequest(audienceQuestionId));

    public Task<SubmitResult> SetGroupAsync(string? group) =>
        Connection.InvokeAsync<SubmitResult>("SetGroup", new SetGroupRequest(group));

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
