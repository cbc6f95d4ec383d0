using LivePoll.Domain;
using LivePoll.Domain.Events;
using LivePoll.Domain.Questions;
using LivePoll.Web.Realtime;
using Microsoft.AspNetCore.Antiforgery;

namespace LivePoll.Web.Features.Voting;

/// <summary>
/// The phone page /j/{code}: server-rendered (no Blazor circuit), enhanced by participant.js over the hub;
/// without JavaScript its form posts here and answers 303 back to the page.
/// </summary>
internal static class ParticipantEndpoints
{
    public static WebApplication MapParticipantPage(this WebApplication app)
    {
        app.MapGet("/join", (string? code) =>
            JoinCode.Normalize(code) is { } normalized ? Results.Redirect($"/j/{normalized}") : Results.Redirect("/?unknown=1"));
        app.MapGet("/j/{code}", ShowAsync);
        app.MapPost("/j/{code}", VoteAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(
        string code, bool? voted, HttpContext http, ParticipantService participants, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (JoinCode.Normalize(code) is { } normalized && normalized != code)
        {
            return Results.Redirect($"/j/{normalized}{http.Request.QueryString}");
        }
        var page = new PhonePage(http, antiforgery, code);
        LiveEvent? live;
        try
        {
            live = await participants.FindEventAsync(code, Caller.Of(http), ct);
        }
        catch (TooManyRequestsException ex)
        {
            return await page.RenderAsync(null, view: null, new Refusal(ex.Message), StatusCodes.Status429TooManyRequests);
        }
        if (live is null)
        {
            return await page.RenderAsync(null, view: null, refusal: null, StatusCodes.Status404NotFound);
        }
        var token = http.Request.Cookies[ParticipantCookie.Name(code)];
        var participantId = token is null ? null : await participants.FindParticipantAsync(live, token, ct);
        var view = PhoneView.Create(live, participantId);
        var confirmation = voted == true ? (view.Question?.Type == QuestionType.OpenText ? "AnswerRecorded" : "VoteRecorded") : null;
        return await page.RenderAsync(live, view, refusal: null, StatusCodes.Status200OK, confirmation);
    }

    private static async Task<IResult> VoteAsync(
        string code, IFormCollection form, HttpContext http, ParticipantService participants, VotingService voting,
        IAntiforgery antiforgery, CancellationToken ct)
    {
        var cookieToken = http.Request.Cookies[ParticipantCookie.Name(code)];
        var page = new PhonePage(http, antiforgery, code);
        ParticipantSession? session;
        try
        {
            session = await participants.JoinAsync(code, cookieToken, page.RememberedLanguage, Caller.Of(http), ct);
        }
        catch (TooManyRequestsException ex)
        {
            return await page.RenderAsync(null, view: null, new Refusal(ex.Message), StatusCodes.Status429TooManyRequests);
        }
        catch (StorageUnavailableException ex)
        {
            var live = await participants.FindEventAsync(code, Caller.Of(http), ct);
            var view = live is null ? null : PhoneView.Create(live, participantId: null);
            return await page.RenderAsync(live, view, new Refusal(ex.Message), StatusCodes.Status503ServiceUnavailable);
        }
        if (session is null)
        {
            return await page.RenderAsync(null, view: null, refusal: null, StatusCodes.Status404NotFound);
        }
        http.Response.Cookies.Append(ParticipantCookie.Name(session.Live.Snapshot.Code), session.Token, ParticipantCookie.Options(http.Request));

        var (request, formError) = ParticipantForm.Read(form);
        var result = request is null
            ? SubmitResult.Refused(formError ?? new Refusal("TheVoteWasEmpty"))
            : await voting.SubmitAsync(session, request, ct);
        if (!result.Ok)
        {
            return await page.RenderAsync(session.Live, session.CurrentView(), result.Refusal, StatusCodes.Status400BadRequest);
        }
        // 303: the browser follows with a GET, so reloading the page never posts the vote again.
        http.Response.Headers.Location = $"/j/{session.Live.Snapshot.Code}?voted=true";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
