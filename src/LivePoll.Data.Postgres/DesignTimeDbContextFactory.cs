using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LivePoll.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --project src/LivePoll.Data.Postgres</c> build the PostgreSQL migrations (no server needed).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LivePollDbContext>
{
    public LivePollDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LivePollDbContext>()
            .UseNpgsql("Host=localhost;Database=livepoll_design", npgsql => npgsql.MigrationsAssembly(PostgresMigrations.Assembly))
            .Options);
}
