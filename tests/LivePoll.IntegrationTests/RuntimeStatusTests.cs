using System.Net;
using System.Net.Http.Json;
using LivePoll.Web.Features.Operations;
using LivePoll.Web.Infrastructure;

namespace LivePoll.IntegrationTests;

public sealed class RuntimeStatusTests : AppTestBase
{
    [Fact]
    public async Task Administrators_see_connected_phones_and_the_write_queue_anonymous_callers_do_not()
    {
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/runtime", Ct)).StatusCode);

        using var demo = await DemoAsync();
        await using var phone = await PhoneAsync();
        await phone.JoinAsync("GFMD18", cancellationToken: Ct);

        var status = await demo.Staff.GetFromJsonAsync<RuntimeStatusDto>("/api/runtime", JsonDefaults.Options, Ct);
        Assert.NotNull(status);
        Assert.Equal(1, status.ConnectedPhones);
        Assert.Equal(0, status.PendingWrites);
        Assert.True(status.WorkingSetBytes > 0);
        Assert.True(status.JitCompiledMethods > 0);
    }
}
