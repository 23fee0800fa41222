namespace Competition.Data;

/// <summary>The supported relational providers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
