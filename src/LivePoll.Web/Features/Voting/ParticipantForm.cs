using System.Globalization;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Voting;

/// <summary>Reads the no-JavaScript vote form into the hub's submit shape; null when it is not a vote at all.</summary>
internal static class ParticipantForm
{
    public static SubmitRequest? Read(IFormCollection form)
    {
        if (!Guid.TryParse(form["questionId"], out var questionId))
        {
            return null;
        }
        var optionIds = new List<Guid>();
        foreach (var raw in form["optionIds"].Take(100))
        {
            if (!Guid.TryParse(raw, out var optionId))
            {
                return null;
            }
            optionIds.Add(optionId);
        }
        int? value = int.TryParse(form["value"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var text = form["text"].ToString();
        return new SubmitRequest(questionId, optionIds, value, text.Length == 0 ? null : text, Ranking: optionIds);
    }
}
