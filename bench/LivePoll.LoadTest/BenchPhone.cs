using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;

namespace LivePoll.LoadTest;

/// <summary>One simulated phone: a SignalR connection over WebSockets, as the phone page's script makes.</summary>
internal sealed class BenchPhone : IAsyncDisposable
{
    private readonly PhoneEvents _events;
    private HubConnection _connection;

    private BenchPhone(HubConnection connection, int number, PhoneEvents events)
    {
        _connection = connection;
        Number = number;
        _events = events;
    }

    public int Number { get; }

    public string? Token { get; private set; }

    public static async Task<BenchPhone> ConnectAsync(Uri baseUrl, int number, PhoneEvents events, CancellationToken cancellationToken)
    {
        var phone = new BenchPhone(Build(baseUrl), number, events);
        phone.Subscribe();
        await phone._connection.StartAsync(cancellationToken);
        return phone;
    }

    /// <summary>Joins (again, when the phone has a token) and returns the server's answer.</summary>
    public async Task<JoinResponse> JoinAsync(string code, CancellationToken cancellationToken)
    {
        var joined = await _connection.InvokeAsync<JoinResponse>("Join", new JoinRequest(code, Token), cancellationToken);
        Token = joined.ParticipantToken;
        return joined;
    }

    /// <summary>Joins as a participant never seen before (the same connection can stand for many phones in turn).</summary>
    public Task<JoinResponse> JoinAsNewAsync(string code, CancellationToken cancellationToken)
    {
        Token = null;
        return JoinAsync(code, cancellationToken);
    }

    public Task<SubmitResult> VoteAsync(Guid questionId, Guid optionId, CancellationToken cancellationToken) =>
        _connection.InvokeAsync<SubmitResult>("Submit", new SubmitRequest(questionId, [optionId]), cancellationToken);

    /// <summary>The phone goes to sleep: its connection is gone; it keeps its token.</summary>
    public async Task SleepAsync()
    {
        await _connection.DisposeAsync();
    }

    /// <summary>The phone wakes: a new connection, joined again with its token.</summary>
    public async Task<JoinResponse> WakeAsync(Uri baseUrl, string code, CancellationToken cancellationToken)
    {
        _connection = Build(baseUrl);
        Subscribe();
        await _connection.StartAsync(cancellationToken);
        return await JoinAsync(code, cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static HubConnection Build(Uri baseUrl) => new HubConnectionBuilder()
        .WithUrl(new Uri(baseUrl, "/hubs/poll"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        })
        .AddJsonProtocol(o => o.PayloadSerializerOptions.PropertyNameCaseInsensitive = true)
        .Build();

    private void Subscribe()
    {
        _connection.On<QuestionPayload?>("QuestionChanged", q => _events.QuestionChanged?.Invoke(this, q, Stopwatch.GetTimestamp()));
        _connection.On<QuestionResultsPayload>("ResultsUpdated", r => _events.ResultsUpdated?.Invoke(this, r, Stopwatch.GetTimestamp()));
    }
}

/// <summary>Where phones report what the server pushed to them; a scenario sets the handler it measures with.</summary>
internal sealed class PhoneEvents
{
    /// <summary>Called with the phone, the message and its arrival timestamp.</summary>
    public Action<BenchPhone, QuestionPayload?, long>? QuestionChanged { get; set; }

    public Action<BenchPhone, QuestionResultsPayload, long>? ResultsUpdated { get; set; }
}
