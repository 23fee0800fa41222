using System.Text.Json;
using System.Text.Json.Serialization;
using Competition.Domain.Rules;

namespace Competition.Data;

/// <summary>How a competition's rules are stored: the same camel-case JSON the API speaks.</summary>
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
