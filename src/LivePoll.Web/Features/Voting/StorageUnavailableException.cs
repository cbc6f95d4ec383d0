namespace LivePoll.Web.Features.Voting;

/// <summary>The database did not take a write (locked too long, disk full); the message is for the phone.</summary>
public sealed class StorageUnavailableException(string message) : Exception(message);
