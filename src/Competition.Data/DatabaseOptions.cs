namespace Competition.Data;

/// <summary>Which database holds the record; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Provider connection string. For SQLite a relative file path is taken from the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/competition.db";
}
