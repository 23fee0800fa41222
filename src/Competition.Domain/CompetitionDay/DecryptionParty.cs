namespace Competition.Domain.CompetitionDay;

/// <summary>Who confirms a decryption (解密): both must, in either order. Names are stored; never rename one.</summary>
public enum DecryptionParty
{
    Organizer,
    ChiefJudge,
}
