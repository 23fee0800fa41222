using Competition.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCompetitionPlatform();

var app = builder.Build();
app.MapCompetitionPlatform();
await app.InitializePlatformAsync();
app.AnnounceAddresses();
await app.RunAsync();

/// <summary>The host's entry point; public so integration tests can start it.</summary>
public partial class Program;
