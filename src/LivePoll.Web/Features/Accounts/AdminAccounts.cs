using LivePoll.Web.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LivePoll.Web.Features.Accounts;

/// <summary>The instance's administrators: the first one comes from /setup or from configuration.</summary>
public sealed class AdminAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IOptions<LivePollOptions> options)
{
    public const string AdminRole = "Admin";

    public Task<bool> AnyAccountAsync() => users.Users.AnyAsync();

    /// <summary>Creates the first administrator; refused once any account exists.</summary>
    public async Task<IdentityResult> CreateFirstAdminAsync(string email, string password)
    {
        if (await AnyAccountAsync())
        {
            return IdentityResult.Failed(new IdentityError { Code = AccountErrors.SetupDone, Description = "LivePoll is already set up; sign in instead." });
        }
        if (!await roles.RoleExistsAsync(AdminRole))
        {
            await roles.CreateAsync(new IdentityRole(AdminRole));
        }
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? await users.AddToRoleAsync(user, AdminRole) : result;
    }

    /// <summary>At start: creates the administrator named in LivePoll:Admin when there is no account yet.</summary>
    public async Task BootstrapFromConfigurationAsync(ILogger logger)
    {
        var admin = options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.Email) || await AnyAccountAsync())
        {
            return;
        }
        var result = await CreateFirstAdminAsync(admin.Email, admin.Password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "LivePoll:Admin could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        logger.LogInformation("Created the administrator {Email} from configuration", admin.Email);
    }
}
