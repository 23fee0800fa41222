namespace Competition.Domain.Certification;

/// <summary>
/// What someone must know of a certificate's holder to see its details by number, as the national
/// certificate lookups ask: the holder's name as certified, or the last four characters of their national
/// ID. A guessed number alone shows only whether such a certificate is in force.
/// </summary>
public static class HolderProof
{
    public static bool Matches(string? answer, string holderName, string maskedNationalId)
    {
        var given = answer?.Trim() ?? "";
        return given.Length > 0
            && (string.Equals(given, holderName.Trim(), StringComparison.Ordinal)
                || (given.Length == 4 && string.Equals(given, maskedNationalId[^4..], StringComparison.OrdinalIgnoreCase)));
    }
}
