namespace Competition.Server.Hosting;

/// <summary>
/// Secrets the platform makes at its first start (the administrator's password, the demo PIN and demo
/// passwords) are told to whoever runs it, on the console, once. Never through the logger: log lines go
/// to files and log pipelines that many people read.
/// </summary>
public sealed class OwnerNotices(TextWriter console)
{
    public void Tell(string message)
    {
        console.WriteLine(message);
        console.Flush();
    }
}
