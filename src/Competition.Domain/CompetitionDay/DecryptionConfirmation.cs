namespace Competition.Domain.CompetitionDay;

/// <summary>One party's confirmation of the decryption, as ledgered.</summary>
public sealed record DecryptionConfirmation(DecryptionParty Party, string Actor, DateTimeOffset At);
