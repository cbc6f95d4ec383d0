using System.Globalization;
using LivePoll.Domain;
using LivePoll.Web.Realtime;

namespace LivePoll.Web.Features.Voting;

/// <summary>Reads the no-JavaScript vote form into the hub's submit shape.</summary>
internal static class ParticipantForm
{
    private const string RankPrefix = "rank-";

    /// <summary>The vote, or why the form is not one.</summary>
    public static (SubmitRequest? Request, Refusal? Error) Read(IFormCollection form)
    {
        if (!Guid.TryParse(form["questionId"], out var questionId))
        {
            return (null, new Refusal("TheVoteWasEmpty"));
        }
        var optionIds = new List<Guid>();
        foreach (var raw in form["optionIds"].Take(100))
        {
            if (!Guid.TryParse(raw, out var optionId))
            {
                return (null, new Refusal("TheVoteWasEmpty"));
            }
            optionIds.Add(optionId);
        }
        var (ranking, rankingError) = ReadRanking(form);
        if (rankingError is not null)
        {
            return (null, rankingError);
        }
        int? value = int.TryParse(form["value"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var text = form["text"].ToString();
        return (new SubmitRequest(questionId, optionIds, value, text.Length == 0 ? null : text, ranking), null);
    }

    /// <summary>A ranking from one "rank-{optionId}" place per item (1 = first); every place used once.</summary>
    private static (List<Guid>? Ranking, Refusal? Error) ReadRanking(IFormCollection form)
    {
        var places = new List<(Guid OptionId, int Place)>();
        foreach (var key in form.Keys.Where(k => k.StartsWith(RankPrefix, StringComparison.Ordinal)).Take(100))
        {
            if (!Guid.TryParse(key[RankPrefix.Length..], out var optionId)
                || !int.TryParse(form[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var place))
            {
                return (null, new Refusal("TheRankingCouldNotReadPleaseTryAgain"));
            }
            places.Add((optionId, place));
        }
        if (places.Count == 0)
        {
            return (null, null);
        }
        if (places.Select(p => p.Place).Distinct().Count() != places.Count)
        {
            return (null, new Refusal("GiveEachItemDifferentPlace123"));
        }
        return ([.. places.OrderBy(p => p.Place).Select(p => p.OptionId)], null);
    }
}
