using System.Data.Common;

namespace LivePoll.Testing;

public static class DbCommandExtensions
{
    /// <summary>Adds a named parameter to a command of either database.</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
