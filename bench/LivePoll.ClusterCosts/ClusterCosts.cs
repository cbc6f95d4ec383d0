using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LivePoll.Domain.Results;
using LivePoll.Domain.Voting;
using LivePoll.Web.Infrastructure;
using LivePoll.Web.Realtime.Cluster;

namespace LivePoll.ClusterCosts;

/// <summary>
/// A question with 10,000 participants; another instance's notice of 50 committed votes (one group commit), each a
/// participant changing to another of four options.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InThisProcess))]
public class ClusterCosts
{
    /// <summary>Short runs in this process: a separate build of the app for each benchmark is not needed.</summary>
    private sealed class InThisProcess : ManualConfig
    {
        public InThisProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int Participants = 10_000;
    private const int VotesPerNotice = 50;

    private readonly Guid _questionId = Guid.NewGuid();
    private readonly Guid[] _options = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private readonly Guid[] _participants = [.. Enumerable.Range(0, Participants).Select(_ => Guid.NewGuid())];
    private QuestionTally _tally = null!;
    private ClusterMessage _notice = null!;
    private string _noticeJson = "";
    private KeyValuePair<Guid, Ballot>[] _stored = [];
    private int _round;

    [GlobalSetup]
    public void SetUp()
    {
        _tally = new QuestionTally(_questionId);
        _stored = [.. _participants.Select((p, i) => KeyValuePair.Create(p, new Ballot { OptionIds = [_options[i % 4]], Language = "fr" }))];
        foreach (var (participant, ballot) in _stored)
        {
            _tally.Apply(participant, ballot);
        }
        _notice = new ClusterMessage(Guid.NewGuid(), ClusterChange.Audience, Guid.NewGuid(),
            Votes: [.. _participants.Take(VotesPerNotice).Select(p => new CommittedVote(_questionId, p, [_options[1]], null, null, "fr"))]);
        _noticeJson = JsonSerializer.Serialize(_notice, JsonDefaults.Options);
    }

    /// <summary>What the sending instance does per group commit: write the notice.</summary>
    [Benchmark]
    public string WriteNoticeOf50Votes() => JsonSerializer.Serialize(_notice, JsonDefaults.Options);

    /// <summary>What every other instance does per group commit: read the notice, apply each vote to its tally.</summary>
    [Benchmark]
    public long ApplyNoticeOf50Votes()
    {
        var notice = JsonSerializer.Deserialize<ClusterMessage>(_noticeJson, JsonDefaults.Options)!;
        var option = _options[_round++ % 4];
        foreach (var vote in notice.Votes!)
        {
            _tally.Apply(vote.ParticipantId, new Ballot { OptionIds = [option], Value = vote.Value, Text = vote.Text, Language = vote.Language });
        }
        return _tally.Version;
    }

    /// <summary>The once-a-second comparison of a question's tally with its 10,000 stored answers (the read not counted).</summary>
    [Benchmark]
    public int ReconcileTenThousandAnswers() => _tally.Reconcile(_stored, readFrom: _tally.Version);
}
