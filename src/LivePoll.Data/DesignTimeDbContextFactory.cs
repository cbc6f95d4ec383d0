using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LivePoll.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> run against this project alone.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LivePollDbContext>
{
    public LivePollDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LivePollDbContext>().UseSqlite("Data Source=design.db").Options);
}
