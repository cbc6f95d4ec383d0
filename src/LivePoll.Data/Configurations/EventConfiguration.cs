using LivePoll.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Event.MaxTitleLength).IsRequired();
        builder.Property(e => e.TitleTranslations).HasJsonConversion().HasDefaultValue(new Dictionary<string, string>());
        builder.Property(e => e.MergedWords).HasJsonConversion().HasDefaultValue(new Dictionary<string, List<string>>());
        builder.Ignore(e => e.CurrentSession);
        builder.Ignore(e => e.NextSession);
        builder.Property(e => e.Code).HasMaxLength(12).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Languages)
            .HasConversion(
                languages => string.Join(',', languages),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
                    list => list.ToList()))
            .HasMaxLength(100);
        builder.Property(e => e.ProfileQuestion).HasMaxLength(Event.MaxTitleLength);
        builder.Property(e => e.ProfileTranslations).HasJsonConversion().HasDefaultValue(new Dictionary<string, ProfileTranslation>());
        builder.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
