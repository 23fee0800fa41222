using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Auth;

/// <summary>
/// Makes sure the first administrator account, <c>admin</c> (of the federation), exists. Its password comes from
/// <c>Admin:Password</c>; when that is unset on first start, one is generated, only its hash is
/// stored, and the password is returned to be printed once.
/// </summary>
public static class AdminAccount
{
    public const string Username = "admin";

    /// <returns>The generated password when one was generated now; otherwise null.</returns>
    public static Task<string?> EnsureAsync(
        CompetitionDbContext db, IPasswordHasher<AccountEntity> hasher, string? configuredPassword, TimeProvider time, CancellationToken cancellationToken) =>
        EnsureAccountAsync(db, hasher, Username, Roles.Administrator, null, configuredPassword, time, cancellationToken);

    /// <summary>Makes sure an account of this name exists (e.g. the demo HR officer), with the configured
    /// password or a generated one, belonging to the registry organisation named (null: the federation).</summary>
    /// <returns>The generated password when one was generated now; otherwise null.</returns>
    public static async Task<string?> EnsureAccountAsync(
        CompetitionDbContext db, IPasswordHasher<AccountEntity> hasher, string username, string role, string? organization,
        string? configuredPassword, TimeProvider time, CancellationToken cancellationToken)
    {
        username = Usernames.Normalize(username);
        if (await db.Accounts.AnyAsync(a => a.Username == username, cancellationToken))
        {
            return null;
        }
        var generated = configuredPassword is { Length: > 0 } ? null : RandomPassword();
        var belongsTo = await db.Organizations.SingleAsync(o => organization == null ? o.ParentId == null : o.Name == organization, cancellationToken);
        var account = new AccountEntity { Username = username, PasswordHash = "", Role = role, OrganizationId = belongsTo.Id, CreatedAt = time.GetUtcNow() };
        account.PasswordHash = hasher.HashPassword(account, configuredPassword is { Length: > 0 } ? configuredPassword : generated!);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return generated;
    }

    /// <summary>A password easy to read off a console: 16 characters without look-alikes.</summary>
    private static string RandomPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789", 16);
}
