using LivePoll.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace LivePoll.Web.Components.Shared;

/// <summary>
/// A component the audience reads (projector, results): it speaks the projector's language when one is cascaded,
/// else the staff member's own.
/// </summary>
public abstract class AudienceTextComponent : ComponentBase
{
    [CascadingParameter] public ScreenLanguages? Screen { get; set; }

    protected ScreenLanguages Languages => Screen ?? ScreenLanguages.OfCurrentUser;

    /// <summary>An interface text in the screen's language.</summary>
    protected string T(string key, params object[] args) => Languages.Text(key, args);
}
