using LivePoll.Domain.Questions;

namespace LivePoll.Web.Features.Events;

/// <summary>The builder's editable copy of a question (new when <see cref="Id"/> is null).</summary>
public sealed class QuestionDraft
{
    public Guid? Id { get; set; }
    public QuestionType Type { get; set; } = QuestionType.SingleChoice;
    public string Text { get; set; } = "";
    public ResultsVisibility Visibility { get; set; } = ResultsVisibility.Live;
    public int? MaxChoices { get; set; }
    public int? ScaleMin { get; set; } = 1;
    public int? ScaleMax { get; set; } = 5;
    public string? ScaleMinLabel { get; set; }
    public string? ScaleMaxLabel { get; set; }
    public int? TimerSeconds { get; set; }
    public List<OptionDraft> Options { get; set; } = [new() { Colour = CardColour.Default(0) }, new() { Colour = CardColour.Default(1) }];

    public static QuestionDraft From(Question q) => new()
    {
        Id = q.Id,
        Type = q.Type,
        Text = q.Text,
        Visibility = q.Visibility,
        MaxChoices = q.MaxChoices,
        ScaleMin = q.ScaleMin ?? 1,
        ScaleMax = q.ScaleMax ?? 5,
        ScaleMinLabel = q.ScaleMinLabel,
        ScaleMaxLabel = q.ScaleMaxLabel,
        TimerSeconds = q.TimerSeconds,
        Options = [.. q.OptionsInOrder().Select(o => new OptionDraft { Id = o.Id, Text = o.Text, Colour = o.Colour })],
    };

    public IReadOnlyList<(string Field, string Message)> Validate() =>
    [
        .. QuestionDefinitionRules.Validate(Type, Text, Type.HasOptions() ? [.. Options.Select(o => o.Text)] : [], MaxChoices, ScaleMin, ScaleMax),
        .. Question.ValidateTimer(TimerSeconds) is { } timer ? [("timerSeconds", timer)] : Array.Empty<(string, string)>(),
    ];
}

public sealed class OptionDraft
{
    public Guid? Id { get; set; }
    public string Text { get; set; } = "";
    public string Colour { get; set; } = CardColour.Default(0);
}
