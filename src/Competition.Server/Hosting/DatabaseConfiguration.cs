using Competition.Data;

namespace Competition.Server.Hosting;

/// <summary>The <c>Database</c> section as the host, its silo and its commands read it.</summary>
public static class DatabaseConfiguration
{
    public static DatabaseOptions DatabaseOptions(this IConfiguration configuration) =>
        configuration.GetSection(Data.DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
