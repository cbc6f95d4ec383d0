using LivePoll.Domain;

namespace LivePoll.Web.Infrastructure;

/// <summary>
/// A request field is not valid; the API answers 400 with the field and the reason (and nothing changed). The reason is
/// a <see cref="Domain.Refusal"/>: a text key and its values, worded by each interface.
/// </summary>
public sealed class InvalidInputException(string field, string text, params object[] values) : Exception(text)
{
    public string Field { get; } = field;

    public Refusal Refusal { get; } = new(text, values);
}
