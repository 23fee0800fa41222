using System.Diagnostics;

namespace Competition.Testing;

/// <summary>
/// Runs the outside tools the tests check the platform with: Node.js scripts of the repository's
/// <c>tests/…/Interop</c> tools (installed by the test project's build from their own package.json), and
/// <c>dotnet</c> (a tool of the repository's manifest, or a project), failing the test with what they
/// printed when they do not succeed.
/// </summary>
public static class ExternalTools
{
    public static Task<string> NodeAsync(string scriptDirectory, string script, params string[] arguments) =>
        RunAsync("node", scriptDirectory, [script, .. arguments]);

    public static Task<string> DotnetAsync(params string[] arguments) => RunAsync("dotnet", RepositoryPaths.Root, arguments);

    private static async Task<string> RunAsync(string program, string directory, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        // A child build must not inherit the test host's MSBuild settings.
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
        {
            info.Environment.Remove(variable);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        return await output;
    }
}
