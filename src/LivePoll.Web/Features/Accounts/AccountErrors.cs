using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Features.Accounts;

/// <summary>Why ASP.NET Identity refused an account, in the staff member's language (Identity writes English).</summary>
public static class AccountErrors
{
    public const string SetupDone = "SetupDone";

    public static string Describe(IStringLocalizer<StaffText> L, IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => L["UseLeast8Characters"],
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => L["PasswordNeedsDigit"],
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => L["PasswordNeedsLowerCase"],
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => L["PasswordNeedsUpperCase"],
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => L["PasswordNeedsSymbol"],
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => L["AnAccountHasThisAddress"],
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => L["EnterEMailAddress"],
        SetupDone => L["LivePollAlreadySetUpSignIn"],
        _ => error.Description,
    };
}
