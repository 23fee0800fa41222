namespace Competition.Server.Backups;

/// <summary>One backup of the venue server's database: its file name, size and when it was written.</summary>
public sealed record BackupView(string Name, long SizeBytes, DateTimeOffset TakenAt);
