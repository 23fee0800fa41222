using System.Diagnostics;

namespace Competition.Testing;

/// <summary>Runs <c>dotnet</c> (a tool of the repository's manifest, or a project) from the repository root and
/// fails the test with what it printed when it does not succeed.</summary>
public static class DotnetTool
{
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        // Not the test host's own settings: a child build must not inherit its MSBuild or test environment.
        info.Environment.Remove("MSBuildExtensionsPath");
        info.Environment.Remove("MSBuildSDKsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        return await output;
    }
}
