namespace LivePoll.Web.Infrastructure;

/// <summary>
/// An id in a request names nothing (or nothing in this event): 404 for the API, a message on the pages. The message is
/// a text key (e.g. "TheEventDoesNotExist"), worded by each interface.
/// </summary>
public sealed class NotFoundException(string text) : Exception(text);
