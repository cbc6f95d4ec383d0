using LivePoll.Web.Features.Qna;
using LivePoll.Web.Features.Voting;
using LivePoll.Web.Localization;
using Microsoft.AspNetCore.SignalR;

namespace LivePoll.Web.Realtime;

/// <summary>The participant hub at /hubs/poll: phones join by code, vote, and receive live changes.</summary>
public sealed class PollHub(
    ParticipantService participants,
    VotingService voting,
    QnaService qna,
    ResultsBroadcaster broadcaster) : Hub<IPollClient>
{
    private const string SessionKey = "participant";

    public static string GroupName(Guid eventId) => $"event:{eventId:N}";

    public async Task<JoinResponse> Join(JoinRequest request)
    {
        var code = request?.Code ?? "";
        var cookieToken = Context.GetHttpContext()?.Request.Cookies[ParticipantCookie.Name(code.ToUpperInvariant())];
        ParticipantSession? session;
        try
        {
            var caller = new Caller($"hub:{Context.ConnectionId}", Context.GetHttpContext()?.Connection.RemoteIpAddress);
            session = await participants.JoinAsync(code, request?.Token ?? cookieToken, request?.Language, caller, Context.ConnectionAborted);
        }
        catch (Exception ex) when (ex is StorageUnavailableException or TooManyRequestsException)
        {
            throw new HubException(AudienceMessages.Text(request?.Language, ex.Message));
        }
        if (session is null)
        {
            throw new HubException(AudienceMessages.Text(request?.Language, "NoEventHasCodeCheckCodeScreenTryAgain"));
        }

        if (Context.Items.TryGetValue(SessionKey, out var value) && value is ParticipantSession previous)
        {
            await LeaveAsync(previous);
        }
        Context.Items[SessionKey] = session;
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(session.Live.Id));
        session.Live.PhoneConnected();
        broadcaster.MarkPresenceDirty(session.Live.Id);

        var view = session.CurrentView();
        return new JoinResponse(session.Token, view.Event, view.Question, view.MyResponse, view.Results, view.Qna, view.MyUpvotes);
    }

    public async Task<SubmitResult> Submit(SubmitRequest request) => InLanguage(Session() is { } session
        ? await voting.SubmitAsync(session, request, Context.ConnectionAborted)
        : SubmitResult.Refused("JoinEventBeforeVoting"));

    /// <summary>A question for the speakers (Q&amp;A).</summary>
    public async Task<AskResult> Ask(AskRequest request)
    {
        var result = Session() is { } session
            ? await qna.AskAsync(session, request, Context.ConnectionAborted)
            : AskResult.Refused("JoinEventBeforeAsking");
        return result.Refusal is { } refusal ? result with { Error = AudienceMessages.Text(Session()?.Language, refusal) } : result;
    }

    public async Task<SubmitResult> Upvote(UpvoteRequest request) => InLanguage(Session() is { } session
        ? await qna.UpvoteAsync(session, request, Context.ConnectionAborted)
        : SubmitResult.Refused("JoinEventBeforeUpvoting"));

    /// <summary>The optional profile question asked once at join; the answer is only ever used in aggregates.</summary>
    public async Task<SubmitResult> SetGroup(SetGroupRequest request) => InLanguage(Session() is { } session
        ? await participants.SetGroupAsync(session, request?.Group, Context.ConnectionAborted)
        : SubmitResult.Refused("JoinTheEventFirst"));

    /// <summary>A refusal worded in the phone's language.</summary>
    private SubmitResult InLanguage(SubmitResult result) =>
        result.Refusal is { } refusal ? result with { Error = AudienceMessages.Text(Session()?.Language, refusal) } : result;

    private ParticipantSession? Session() =>
        Context.Items.TryGetValue(SessionKey, out var value) ? value as ParticipantSession : null;

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(SessionKey, out var value) && value is ParticipantSession session)
        {
            await LeaveAsync(session);
        }
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync(ParticipantSession session)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(session.Live.Id));
        session.Live.PhoneDisconnected();
        broadcaster.MarkPresenceDirty(session.Live.Id);
    }
}
