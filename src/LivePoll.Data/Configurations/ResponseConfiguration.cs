using LivePoll.Domain.Participants;
using LivePoll.Domain.Questions;
using LivePoll.Domain.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> builder)
    {
        // One response per participant per question: a changed vote updates the row.
        builder.HasIndex(r => new { r.QuestionId, r.ParticipantId }).IsUnique();
        builder.Property(r => r.OptionIds).HasMaxLength(40 * 16);
        builder.Property(r => r.Text).HasMaxLength(VoteRules.MaxTextLength);
        builder.HasOne<Question>().WithMany().HasForeignKey(r => r.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participant>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
