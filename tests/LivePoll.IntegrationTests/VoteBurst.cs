using LivePoll.Testing;
using LivePoll.Web.Realtime;

namespace LivePoll.IntegrationTests;

/// <summary>Phones voting as fast as they can while a server goes down (crash and scale-out tests).</summary>
internal static class VoteBurst
{
    /// <summary>Votes one distinct text after another until the server stops answering or refuses.</summary>
    public static async Task VoteUntilCutOffAsync(Phone phone, VoteLedger ledger, Guid questionId, string name)
    {
        for (var n = 1; ; n++)
        {
            var text = $"{name} vote {n}";
            ledger.Unanswered = text;
            SubmitResult result;
            try
            {
                result = await phone.SubmitAsync(new SubmitRequest(questionId, Text: text));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return; // the connection went down with this vote unanswered: stored or not, both are allowed
            }
            ledger.Unanswered = null;
            if (!result.Ok)
            {
                return; // refused while shutting down: not stored
            }
            ledger.LastAcked = text;
            ledger.Acks++;
        }
    }
}

/// <summary>What one phone sent during a burst: its newest acknowledged vote and the one still unanswered.</summary>
internal sealed class VoteLedger
{
    private int _acks;

    public string Token { get; set; } = "";
    public string? LastAcked { get; set; }
    public string? Unanswered { get; set; }
    public int Acks { get => Volatile.Read(ref _acks); set => Volatile.Write(ref _acks, value); }
}
