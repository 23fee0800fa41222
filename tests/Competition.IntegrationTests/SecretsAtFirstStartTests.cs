using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Competition.Server.Hosting;
using Competition.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Competition.IntegrationTests;

/// <summary>The secrets a first start makes are told on the console once, and never reach the logs.</summary>
public sealed partial class SecretsAtFirstStartTests
{
    [Fact]
    public async Task The_generated_admin_password_and_the_demo_pin_go_to_the_console_and_never_into_a_log_line()
    {
        var console = new StringWriter();
        var logs = new CollectingLogs();
        await using var factory = new PlatformFactory(seedDemo: true,
            settings: new Dictionary<string, string> { ["Admin:Password"] = "", ["Seed:DemoJudgePin"] = "", ["Seed:DemoHrPassword"] = "" },
            services: services =>
            {
                services.AddSingleton(new OwnerNotices(console));
                services.AddSingleton<ILoggerProvider>(logs);
            });
        var client = new PlatformClient(factory.CreateDefaultClient(factory.BaseAddress));

        // Starting the host runs the first start; it is ready once warmed up.
        await Healthz.WaitAsync(client.Http, TimeSpan.FromSeconds(30));

        var told = console.ToString();
        var password = AdminPassword().Match(told).Groups[1].Value;
        var pin = DemoPin().Match(told).Groups[1].Value;
        Assert.NotEmpty(password);
        Assert.NotEmpty(pin);
        Assert.NotEmpty((await client.SignInAsync("admin", password)).Token);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(password) || line.Contains($"PIN {pin}"));
        Assert.Contains(logs.Lines, line => line.Contains("shown once on the console"));
    }

    [GeneratedRegex("generated password (\\S+) ")]
    private static partial Regex AdminPassword();

    [GeneratedRegex("signs in with PIN (\\d+)")]
    private static partial Regex DemoPin();

    /// <summary>Every log line the host writes, message and values.</summary>
    private sealed class CollectingLogs : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            Lines.Enqueue($"{formatter(state, exception)} {values}");
        }

        public void Dispose()
        {
        }
    }
}
