using LivePoll.Domain.Events;
using LivePoll.Domain.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.TokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(p => p.TokenHash).IsUnique();
        builder.Property(p => p.Language).HasMaxLength(Participant.MaxLanguageLength);
        builder.Property(p => p.Group).HasMaxLength(Participant.MaxGroupLength);
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
