using LivePoll.Domain.Cards;
using LivePoll.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class CardCountChangeConfiguration : IEntityTypeConfiguration<CardCountChange>
{
    public void Configure(EntityTypeBuilder<CardCountChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(c => new { c.EventId, c.ChangedAt });
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
