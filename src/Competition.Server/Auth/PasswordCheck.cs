using System.Security.Cryptography;
using Competition.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Competition.Server.Auth;

/// <summary>
/// Checks an account's password, and checks one against a hash of a random password when no account has
/// the username: the answer and the cost (one key derivation) are the same, so neither tells which
/// usernames exist.
/// </summary>
public sealed class PasswordCheck(IPasswordHasher<AccountEntity> hasher)
{
    private static readonly AccountEntity Nobody = new() { Username = "", PasswordHash = "", Role = "" };
    private readonly Lazy<string> _nobodysHash = new(() => hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));

    public bool Matches(AccountEntity? account, string password)
    {
        var matches = hasher.VerifyHashedPassword(account ?? Nobody, account?.PasswordHash ?? _nobodysHash.Value, password)
            != PasswordVerificationResult.Failed;
        return account is not null && matches;
    }
}
