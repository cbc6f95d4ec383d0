using LivePoll.Domain.Cards;
using LivePoll.Domain.Access;
using LivePoll.Domain.Events;
using LivePoll.Domain.Participants;
using LivePoll.Domain.Qna;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Voting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LivePoll.Data;

public sealed class LivePollDbContext(DbContextOptions<LivePollDbContext> options)
    : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<AgendaSession> AgendaSessions => Set<AgendaSession>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<QuestionOption> QuestionOptions => Set<QuestionOption>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<CardCountChange> CardCountChanges => Set<CardCountChange>();
    public DbSet<AudienceQuestion> AudienceQuestions => Set<AudienceQuestion>();
    public DbSet<AudienceQuestionVote> AudienceQuestionVotes => Set<AudienceQuestionVote>();
    public DbSet<EventMember> EventMembers => Set<EventMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RemoteTicket> RemoteTickets => Set<RemoteTicket>();

    /// <summary>The whole event tree: sessions, questions and options.</summary>
    public IQueryable<Event> EventTrees => Events
        .Include(e => e.Sessions).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
        .AsSplitQuery();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LivePollDbContext).Assembly);
        // Our entities get their Guid ids in the domain (Guid.CreateVersion7()). Telling EF that keys are
        // never generated makes a new session, question or option added to a loaded event an INSERT
        // (with a generated key EF would take an object that already has an id for an existing row).
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("LivePoll.Domain", StringComparison.Ordinal) == true))
        {
            foreach (var key in entity.FindPrimaryKey()?.Properties.Where(p => p.ClrType == typeof(Guid)) ?? [])
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and stable when members are added.
        configurationBuilder.Properties<EventStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<QuestionType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<QuestionState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ResultsVisibility>().HaveConversion<string>().HaveMaxLength(20);
    }
}
