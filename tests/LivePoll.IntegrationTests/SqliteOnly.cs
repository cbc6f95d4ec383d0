using System.Runtime.CompilerServices;
using LivePoll.Testing;

namespace LivePoll.IntegrationTests;

/// <summary>
/// A test of the SQLite pass only: of SQLite's own failure modes, of an app process that runs on its own SQLite file
/// whatever the pass, or one of the slowest checks of what does not depend on the database (page weight, forwarded
/// headers, documents opened by LibreOffice). On the PostgreSQL pass it is skipped with its reason before its app starts.
/// </summary>
internal sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string why, [CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Skip = SqliteOnly.SkipReason(why);
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
internal sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string why, [CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Skip = SqliteOnly.SkipReason(why);
}

internal static class SqliteOnly
{
    public static string? SkipReason(string why) => LivePollAppFactory.OnPostgres ? $"SQLite only: {why}." : null;
}
