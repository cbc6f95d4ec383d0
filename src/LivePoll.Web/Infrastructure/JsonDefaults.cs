using System.Text.Json;
using System.Text.Json.Serialization;

namespace LivePoll.Web.Infrastructure;

/// <summary>The JSON of the public contract: camelCase, enums as their names (never numbers).</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        return options;
    }
}
