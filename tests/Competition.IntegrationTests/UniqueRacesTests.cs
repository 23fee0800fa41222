using Competition.Data;
using Competition.Data.Entities;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

/// <summary>A write that loses a unique-index race is told apart from every other failed write, on the real database.</summary>
public sealed class UniqueRacesTests(SharedPlatform platform)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_loser_of_a_unique_key_takes_the_winners_row_and_other_failures_go_on_up()
    {
        var contexts = platform.Factory.Services.GetRequiredService<IDbContextFactory<CompetitionDbContext>>();
        var name = $"race-{Guid.NewGuid():N}";
        await using (var first = await contexts.CreateDbContextAsync(Cancel))
        {
            first.PlatformSecrets.Add(new PlatformSecretEntity { Name = name, Value = [1] });
            await first.SaveChangesAsync(Cancel);
        }

        await using var loser = await contexts.CreateDbContextAsync(Cancel);
        loser.PlatformSecrets.Add(new PlatformSecretEntity { Name = name, Value = [2] });
        var kept = await contexts.SaveOrTakeTheirsAsync(loser, () => (byte)2,
            async again => (await again.PlatformSecrets.SingleAsync(s => s.Name == name, Cancel)).Value[0], Cancel);
        Assert.Equal(1, kept);

        // A contestant of a competition that does not exist breaks a foreign key, not a unique index.
        await using var broken = await contexts.CreateDbContextAsync(Cancel);
        broken.Contestants.Add(new ContestantEntity { CompetitionId = long.MaxValue, Bib = "001", Name = "无", Employer = "无" });
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveOrTakeTheirsAsync(broken, () => 0, _ => Task.FromResult(1), Cancel));
        Assert.False(failure.LostUniqueRace());

        // Retried afresh, a write that keeps losing gives up after the set number of tries.
        var tries = 0;
        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.RetryOnRaceAsync(async db =>
        {
            tries++;
            db.PlatformSecrets.Add(new PlatformSecretEntity { Name = name, Value = [3] });
            await db.SaveChangesAsync(Cancel);
            return 0;
        }, Cancel));
        Assert.Equal(UniqueRaces.Attempts, tries);
    }
}
