namespace LivePoll.Web.Infrastructure;

/// <summary>An id in a request names nothing (or nothing in this event): 404 for the API, a message on the pages.</summary>
public sealed class NotFoundException(string message) : Exception(message);
