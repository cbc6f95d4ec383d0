using LivePoll.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class QuestionOptionConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(QuestionOption.MaxTextLength).IsRequired();
        builder.Property(o => o.Colour).HasMaxLength(20).IsRequired();
        builder.Property(o => o.Translations).HasJsonConversion().HasDefaultValue(new Dictionary<string, string>());
    }
}
