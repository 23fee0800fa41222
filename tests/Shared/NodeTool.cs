using System.Diagnostics;

namespace Competition.Testing;

/// <summary>Runs a Node.js script of the repository's <c>tests/…/Interop</c> tools (installed by the test
/// project's build from their own package.json) and answers what it printed.</summary>
public static class NodeTool
{
    public static async Task<string> RunAsync(string scriptDirectory, string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = scriptDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}): {await output}{await errors}");
        return await output;
    }
}
