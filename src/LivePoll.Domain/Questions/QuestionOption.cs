namespace LivePoll.Domain.Questions;

public sealed class QuestionOption : IOrdered
{
    public const int MaxTextLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid QuestionId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public string Colour { get; set; } = CardColour.Default(0);

    /// <summary>The option's text in the event's other languages, by language code.</summary>
    public Dictionary<string, string> Translations { get; set; } = [];

    public string TextIn(string? language) => Translated.In(Text, Translations, language);

    /// <summary>Raised cards of this colour counted in the room (entered by the moderator), added to phone votes.</summary>
    public int CardCount { get; set; }
}
