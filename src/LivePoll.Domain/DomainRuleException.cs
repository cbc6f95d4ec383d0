namespace LivePoll.Domain;

/// <summary>
/// A request that breaks a rule of the domain. <see cref="Refusal"/> says which rule, as a text key and its values, for
/// each interface to word in its reader's language; the exception's message is that key, for logs.
/// </summary>
public sealed class DomainRuleException(string text, params object[] values) : Exception(text)
{
    public Refusal Refusal { get; } = new(text, values);
}
