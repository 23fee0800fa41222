using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Competition.Data;

/// <summary>
/// How structured values are stored in a column (competition rules, sessions, panel shapes, promotion rule
/// sets, allowances, bonuses, pay bands): the same camel-case JSON, enums by name, that the API speaks, so a
/// stored value reads like the request that made it. Entities hold them typed; the conversion is declared
/// once per property in <c>Configurations/</c>.
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Stores the property as JSON text in <paramref name="column"/>; values compare by their JSON.</summary>
    internal static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, string column) =>
        property.HasConversion(
                new ValueConverter<T, string>(v => JsonSerializer.Serialize(v, Options), json => JsonSerializer.Deserialize<T>(json, Options)!),
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!))
            .HasColumnName(column);
}
