namespace LivePoll.Web.Components.Shared;

public sealed record ChartBar(string Label, int Value, string Colour);
