namespace LivePoll.Domain.Access;

/// <summary>What a staff member does for one event. Administrators (whole instance) need no role.</summary>
public enum EventRole
{
    /// <summary>Prepares the event (agenda, questions, people) and can do everything the others do.</summary>
    Organiser,

    /// <summary>Runs the room: opens and closes questions, counts cards, moderates Q&amp;A, drives the projector.</summary>
    Moderator,

    /// <summary>Follows the results and writes the report: report page and every export.</summary>
    Rapporteur,

    /// <summary>Interprets in a booth: follows the live question in their language and reads the booth script, nothing else.</summary>
    Interpreter,
}

/// <summary>What a request wants to do with an event; each role grants some of these.</summary>
public enum EventRight
{
    /// <summary>See the event, its agenda and its live results.</summary>
    View,

    /// <summary>Change the agenda, questions and settings; duplicate the event; delete it.</summary>
    Build,

    /// <summary>Run the room: open/close/reveal, card counts, Q&amp;A moderation, projector, copy a question.</summary>
    Moderate,

    /// <summary>The report page and every export.</summary>
    Report,

    /// <summary>Invite and remove people, read the audit log.</summary>
    ManagePeople,

    /// <summary>The interpreters' booth page and the booth script (every text of the event in all its languages).</summary>
    Booth,
}

public static class EventRoles
{
    /// <summary>The role matrix (README "Roles" holds the same table for people).</summary>
    public static bool Grants(this EventRole role, EventRight right) => role switch
    {
        EventRole.Organiser => true,
        EventRole.Moderator => right is EventRight.View or EventRight.Moderate or EventRight.Booth,
        EventRole.Rapporteur => right is EventRight.View or EventRight.Report or EventRight.Booth,
        EventRole.Interpreter => right is EventRight.Booth,
        _ => false,
    };
}
