using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;

namespace LivePoll.Domain.Tests;

public sealed class RehearsalTests
{
    private static readonly DateTimeOffset Start = new(2018, 12, 7, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Going_live_sets_every_question_and_part_back_to_before_anyone_was_asked()
    {
        var ev = new Event { Title = "GFMD" };
        var voting = new AgendaSession { EventId = ev.Id, Title = "Voting" };
        var asked = TestQuestions.Make(QuestionType.OpenText, state: QuestionState.Draft);
        var counted = TestQuestions.Make(QuestionType.SingleChoice, state: QuestionState.Draft);
        asked.TimerSeconds = 60;
        voting.Questions.AddRange([asked, counted]);
        ev.Sessions.Add(voting);

        Assert.True(ev.StartRehearsal(Start));
        Assert.False(ev.StartRehearsal(Start.AddMinutes(1))); // already rehearsing: nothing changes
        Assert.Equal(Start, ev.RehearsalStartedAt);
        ev.OpenQuestion(asked, keepOthersOpen: false, Start);
        asked.ClosesAt = Start.AddMinutes(1);
        asked.SetHidden("money", wholeAnswer: false, hidden: true);
        asked.Reveal();
        asked.RecordConnectedPhones(220);
        ev.OpenQuestion(counted, keepOthersOpen: false, Start.AddMinutes(2));
        counted.Options[0].CardCount = 12;

        ev.GoLive();

        Assert.False(ev.InRehearsal);
        Assert.Equal(EventStatus.Live, ev.Status);
        Assert.Null(voting.StartedAt);
        Assert.Null(ev.CurrentSession);
        foreach (var question in new[] { asked, counted })
        {
            Assert.Equal(QuestionState.Draft, question.State);
            Assert.Null(question.OpenedAt);
            Assert.Null(question.ClosedAt);
            Assert.Null(question.ClosesAt);
            Assert.Null(question.ResultsShownOverride);
            Assert.Equal(0, question.PeakConnectedPhones);
            Assert.All(question.Options, o => Assert.Equal(0, o.CardCount));
        }
        Assert.Empty(asked.HiddenWords);
        Assert.Equal(60, asked.TimerSeconds); // what the organiser set stays
    }

    [Fact]
    public void Only_a_rehearsing_event_goes_live_and_an_ended_one_is_reopened_before_it_rehearses()
    {
        var ev = new Event { Title = "GFMD", Status = EventStatus.Live };
        Assert.Throws<DomainRuleException>(ev.GoLive);
        ev.End(Start);
        Assert.Throws<DomainRuleException>(() => ev.StartRehearsal(Start));
        Assert.False(ev.InRehearsal);
        ev.Reopen();
        Assert.True(ev.StartRehearsal(Start));
    }
}
