using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Competition.Testing;

/// <summary>
/// The platform as a separate process on a loopback port, from the server's own build output, over a
/// database of its own, so the load client never shares its process and SIGKILL is a real crash.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>From starting the process to its first 200 from <c>/healthz</c>.</summary>
    public TimeSpan TimeToHealthy { get; private set; }

    /// <summary>Starts the server built in the same configuration (Debug, Release) as the running tests, or the
    /// one published to <paramref name="published"/> (<c>dotnet publish</c>'s output, as a deployment runs it).</summary>
    public static async Task<ServerProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, string? published = null)
    {
        var (serverDirectory, dll) = Server(published);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = serverDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = database.Provider.ToString(),
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Admin__Password"] = PlatformClient.AdminPassword,
            ["Seed__Demo"] = "false",
            ["Orleans__SiloPort"] = FreePort().ToString(),
            ["Orleans__GatewayPort"] = FreePort().ToString(),
            ["Orleans__ClusterId"] = $"load-{Guid.NewGuid():N}",
            ["RateLimits__SignInPerMinute"] = "1000000",
            ["RateLimits__PublicPerTenSeconds"] = "1000000",
            ["RateLimits__MarksBurst"] = "1000000",
            ["RateLimits__MarksPerSecond"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Benchmark__Enabled"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return await LaunchAsync(info, port);
    }

    /// <summary>Starts another program of the tests' own (<c>dotnet <paramref name="dll"/> <paramref name="arguments"/>
    /// --urls …</c>) on a free loopback port, with <paramref name="environment"/> added, and waits for its <c>/healthz</c>.</summary>
    public static Task<ServerProcess> StartProgramAsync(string dll, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, .. arguments, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return LaunchAsync(info, port);
    }

    private static async Task<ServerProcess> LaunchAsync(ProcessStartInfo info, int port)
    {
        var log = Path.Combine(Path.GetTempPath(), $"competition-server-{port}.log");
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info)!;
        var writer = File.CreateText(log);
        writer.AutoFlush = true;
        process.OutputDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await Healthz.WaitAsync(server.Address, process, TimeSpan.FromSeconds(90), () => $"see {log}.");
            server.TimeToHealthy = Stopwatch.GetElapsedTime(started);
        }
        catch
        {
            // A server that never became healthy must not outlive the test that started it.
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Runs one of the server's commands (<c>backup</c>, <c>restore</c>) on <paramref name="database"/>,
    /// from the server's build; answers its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(TestDatabase database, params string[] command)
    {
        var (serverDirectory, dll) = Server(published: null);
        var info = new ProcessStartInfo("dotnet", [dll, .. command])
        {
            WorkingDirectory = serverDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Database__Provider"] = database.Provider.ToString();
        info.Environment["Database__ConnectionString"] = database.ConnectionString;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>The server built in the same configuration (Debug, Release) as the running tests, or the one
    /// published to <paramref name="published"/>: the folder it runs in, and its entry assembly.</summary>
    private static (string Directory, string Dll) Server(string? published)
    {
        var configuration = Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var directory = published ?? Path.Combine(RepositoryPaths.Root, "src", "Competition.Server");
        var dll = published is null
            ? Path.Combine(directory, "bin", configuration, "net10.0", "Competition.Server.dll")
            : Path.Combine(published, "Competition.Server.dll");
        return File.Exists(dll)
            ? (directory, dll)
            : throw new FileNotFoundException(published is null ? $"Build the server first ({configuration}): {dll}" : $"Publish the server first: {dll}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or an OOM kill would do.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>CPU seconds used so far (user + system), from /proc.</summary>
    public double CpuSeconds()
    {
        var fields = File.ReadAllText($"/proc/{Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    /// <summary>Resident memory in MiB, from /proc.</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>
    /// A port nobody listens on, for a server or silo to bind next. Taken below the kernel's ephemeral range
    /// (32768 and up on Linux), where every outgoing connection gets its local port: a port from bind(0)
    /// can be handed to a client connection before the silo binds it, and a silo that cannot bind stops the
    /// whole process (Orleans fast-kills it). The test projects run at the same time, so each has a slice of
    /// the range to itself: two processes probing the same free port would both take it.
    /// </summary>
    public static int FreePort()
    {
        while (true)
        {
            var port = SliceStart + (int)((uint)Interlocked.Increment(ref _nextPort) % SliceSize);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // In use: the next one.
            }
        }
    }

    private const int FirstPort = 20000;
    private const int SliceSize = 4000;
    private static readonly string[] PortSlices = ["Competition.IntegrationTests", "Competition.BrowserTests", "Competition.LoadTests"];
    private static readonly int SliceStart =
        FirstPort + SliceSize * Math.Max(0, Array.IndexOf(PortSlices, typeof(ServerProcess).Assembly.GetName().Name));
    private static int _nextPort = Random.Shared.Next(SliceSize);
}
