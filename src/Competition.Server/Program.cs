using Competition.Server.Backups;
using Competition.Server.Hosting;

// `backup` and `restore` run instead of the server (README, Backups).
if (await BackupCommands.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCompetitionPlatform();

var app = builder.Build();
app.MapCompetitionPlatform();
await app.InitializePlatformAsync();
app.AnnounceAddresses();
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
