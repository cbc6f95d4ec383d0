using LivePoll.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(Question.MaxTextLength).IsRequired();
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(q => q.ResultsVisibleToAudience);
        builder.Ignore(q => q.EffectiveMaxChoices);
        builder.Property(q => q.ScaleMinLabel).HasMaxLength(Question.MaxScaleLabelLength);
        builder.Property(q => q.ScaleMaxLabel).HasMaxLength(Question.MaxScaleLabelLength);
        builder.Property(q => q.Translations).HasJsonConversion().HasDefaultValue(new Dictionary<string, QuestionTranslation>());
    }
}
