using System.Diagnostics;

namespace Competition.Testing;

/// <summary>
/// Debian's nginx in front of several hosts, run with <c>deploy/nginx.conf</c> itself: only the hosts'
/// names and ports, the listening port and the folders for its pid, logs and buffers are put in place, so
/// what is tested is what a deployment runs.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    private const string Nginx = "/usr/sbin/nginx";
    private readonly Process _process;
    private readonly string _folder;

    private LoadBalancer(Process process, string folder, Uri address) => (_process, _folder, Address) = (process, folder, address);

    public Uri Address { get; }

    public static async Task<LoadBalancer> StartAsync(IReadOnlyList<Uri> hosts)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Nginx))
        {
            throw new FileNotFoundException("Debian's nginx is not installed: run the tests with tests/run-tests.sh, which installs it.", Nginx);
        }
        var folder = Directory.CreateTempSubdirectory("competition-nginx-").FullName;
        // The workers run as nobody and write their buffers here.
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        var port = ServerProcess.FreePort();
        var configuration = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx.conf"))
            .Replace("listen 80;", $"listen 127.0.0.1:{port};")
            .Replace("/var/run/", folder + "/")
            .Replace("/var/log/nginx/", folder + "/");
        for (var i = 0; i < hosts.Count; i++)
        {
            configuration = configuration.Replace($"silo-{i + 1}:8080", $"127.0.0.1:{hosts[i].Port}");
        }
        if (configuration.Contains("silo-"))
        {
            throw new ArgumentException("deploy/nginx.conf names more hosts than were started.", nameof(hosts));
        }
        var path = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(path, configuration);

        var info = new ProcessStartInfo(Nginx, ["-e", Path.Combine(folder, "error.log"), "-c", path, "-g", "daemon off;"]) { UseShellExecute = false };
        var balancer = new LoadBalancer(Process.Start(info)!, folder, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await Healthz.WaitAsync(balancer.Address, balancer._process, TimeSpan.FromSeconds(10), () => $"see {Path.Combine(folder, "error.log")}.");
        }
        catch
        {
            await balancer.DisposeAsync();
            throw;
        }
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
