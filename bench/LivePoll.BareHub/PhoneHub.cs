using Microsoft.AspNetCore.SignalR;

namespace LivePoll.BareHub;

public sealed record JoinRequest(string? Code, string? Token = null);

public sealed record SubmitRequest(Guid QuestionId, IReadOnlyList<Guid>? OptionIds = null);

public sealed record SubmitResult(bool Ok, string? Error = null);

/// <summary>The hub methods the load generator's phones call: Join (or rejoin with a token) and Submit.</summary>
public sealed class PhoneHub(BareEvents events, VoteStore store) : Hub
{
    private const string EventKey = "event";
    private const string ParticipantKey = "participant";

    public async Task<object> Join(JoinRequest request)
    {
        var joined = events.FindByCode(request.Code) ?? throw new HubException("No event has this code.");
        var (token, participant) = joined.Participant(request.Token);
        if (!Context.Items.ContainsKey(EventKey))
        {
            events.PhoneJoined();
        }
        Context.Items[EventKey] = joined;
        Context.Items[ParticipantKey] = participant;
        await Groups.AddToGroupAsync(Context.ConnectionId, joined.Id.ToString());
        var current = joined.Current;
        var vote = current?.VoteOf(participant);
        return new
        {
            participantToken = token,
            currentQuestion = current?.Payload,
            myResponse = vote is { } option ? new SubmitRequest(current!.Id, [option]) : null,
        };
    }

    public async Task<SubmitResult> Submit(SubmitRequest request)
    {
        if (Context.Items[EventKey] is not BareEvent joined || Context.Items[ParticipantKey] is not Guid participant)
        {
            return new(false, "Join the event before voting.");
        }
        var question = joined.Current;
        if (question is null || question.Id != request.QuestionId || !question.IsOpen)
        {
            return new(false, "This question is not open.");
        }
        if (request.OptionIds is not [var optionId] || question.OptionIndex(optionId) is var option && option < 0)
        {
            return new(false, "Choose one option of this question.");
        }
        return await store.WriteAsync(new PendingVote(participant, question, option)) ? new(true) : new(false, "Your vote could not be saved.");
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.ContainsKey(EventKey))
        {
            events.PhoneLeft();
        }
        return base.OnDisconnectedAsync(exception);
    }
}
