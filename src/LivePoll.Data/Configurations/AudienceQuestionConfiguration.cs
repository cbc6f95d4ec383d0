using LivePoll.Domain.Events;
using LivePoll.Domain.Participants;
using LivePoll.Domain.Qna;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class AudienceQuestionConfiguration : IEntityTypeConfiguration<AudienceQuestion>
{
    public void Configure(EntityTypeBuilder<AudienceQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(AudienceQuestion.MaxTextLength).IsRequired();
        builder.Property(q => q.Author).HasMaxLength(AudienceQuestion.MaxAuthorLength);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(q => q.IsPublic);
        builder.HasIndex(q => q.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participant>().WithMany().HasForeignKey(q => q.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AudienceQuestionVoteConfiguration : IEntityTypeConfiguration<AudienceQuestionVote>
{
    public void Configure(EntityTypeBuilder<AudienceQuestionVote> builder)
    {
        // One upvote per participant per question.
        builder.HasKey(v => new { v.AudienceQuestionId, v.ParticipantId });
        builder.HasOne<AudienceQuestion>().WithMany().HasForeignKey(v => v.AudienceQuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
