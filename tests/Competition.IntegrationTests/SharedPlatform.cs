using Competition.Testing;

[assembly: AssemblyFixture(typeof(Competition.IntegrationTests.SharedPlatform))]

namespace Competition.IntegrationTests;

/// <summary>One running platform (with the demo data) shared by the tests of this assembly;
/// each test creates the competitions it needs, so tests do not see each other's marks.</summary>
public sealed class SharedPlatform : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new(seedDemo: true);

    public PlatformClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = new PlatformClient(Factory.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Factory.Database.DeleteAsync();
    }
}
