using System.Text.Json;
using System.Text.Json.Serialization;
using Competition.Domain.Rules;

namespace Competition.Data;

/// <summary>
/// How rules and other structured values are stored in a column (competition rules, promotion rule sets,
/// allowances, pay bands): the same camel-case JSON, enums by name, the API speaks, so a stored value reads
/// like the request that made it.
/// </summary>
public static class CompetitionRulesJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(CompetitionRules rules) => JsonSerializer.Serialize(rules, Options);

    public static CompetitionRules Deserialize(string? json) =>
        json is null ? CompetitionRules.Default : JsonSerializer.Deserialize<CompetitionRules>(json, Options) ?? CompetitionRules.Default;
}
