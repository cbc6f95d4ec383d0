namespace LivePoll.Domain;

/// <summary>A request that breaks a rule of the domain; its message is shown to the user.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
