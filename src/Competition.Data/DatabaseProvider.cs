namespace Competition.Data;

/// <summary>The supported relational providers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,

    /// <summary>PostgreSQL, and the databases that speak its protocol and SQL (KingbaseES, openGauss, Highgo).</summary>
    PostgreSql,
}
