using LivePoll.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class AgendaSessionConfiguration : IEntityTypeConfiguration<AgendaSession>
{
    public void Configure(EntityTypeBuilder<AgendaSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(AgendaSession.MaxTitleLength).IsRequired();
        builder.Property(s => s.TitleTranslations).HasJsonConversion().HasDefaultValue(new Dictionary<string, string>());
        builder.Ignore(s => s.IsRunning);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
