namespace LivePoll.Web.Infrastructure;

/// <summary>A request field is not valid; the API answers 400 with the field and the message (and nothing changed).</summary>
public sealed class InvalidInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
