using System.Globalization;
using LivePoll.Web.Features.Accounts;
using LivePoll.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Tests;

/// <summary>ASP.NET Identity writes its refusals in English; a staff member reads them in their own language.</summary>
public sealed class AccountErrorsTests
{
    [Fact]
    public void Identitys_refusals_of_a_password_or_an_address_read_in_the_staff_members_language()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<StaffText>>();
        var identity = new IdentityErrorDescriber();
        IdentityError[] refusals =
        [
            identity.PasswordTooShort(8), identity.PasswordRequiresNonAlphanumeric(), identity.PasswordRequiresDigit(),
            identity.PasswordRequiresUpper(), identity.PasswordRequiresLower(), identity.DuplicateEmail("a@b.org"),
        ];

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        try
        {
            Assert.Equal(
                ["Utilisez au moins 8 caractères.", "Le mot de passe doit contenir un symbole, par exemple ! ou #.",
                 "Le mot de passe doit contenir un chiffre (0–9).", "Le mot de passe doit contenir une majuscule.",
                 "Le mot de passe doit contenir une minuscule.", "Un compte existe déjà avec cette adresse."],
                refusals.Select(e => AccountErrors.Describe(localizer, e)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
