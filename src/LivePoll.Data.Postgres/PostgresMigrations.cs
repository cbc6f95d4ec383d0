namespace LivePoll.Data.Postgres;

public static class PostgresMigrations
{
    /// <summary>The assembly EF Core looks in for the PostgreSQL migrations.</summary>
    public static string Assembly => typeof(PostgresMigrations).Assembly.GetName().Name!;
}
