using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competition.Server.Hosting;

/// <summary>How the host writes JSON it stores in a column (rule sets, allowances, pay bands): as the API
/// writes it, camelCase with enums by name, so a stored value reads like the request that made it.</summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
