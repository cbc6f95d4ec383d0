using LivePoll.Domain;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Infrastructure;

/// <summary>
/// Turns refusals of an /api request into problem details (404 unknown id, 409 not allowed now), worded in English; never
/// a stack trace.
/// </summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (InvalidInputException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [EnglishText.Of(ex.Refusal)] }, title: "The request is not valid");
        }
        catch (NotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: EnglishText.Of(ex.Message));
        }
        catch (DomainRuleException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not allowed now", detail: EnglishText.Of(ex.Refusal));
        }
        catch (Features.Reports.Exports.PrinterUnavailableException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing unavailable", detail: ex.Message);
        }
    }
}
