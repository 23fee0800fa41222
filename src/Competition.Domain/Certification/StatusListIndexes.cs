namespace Competition.Domain.Certification;

/// <summary>
/// Where a new certificate's status entry may go. Indexes are drawn at random (as the Bitstring Status
/// List specification asks), so that a position tells nothing of when a certificate was issued or how
/// many were; the range grows by whole lists so that it is never more than half used, and a draw rarely
/// hits a taken index.
/// </summary>
public static class StatusListIndexes
{
    /// <summary>Indexes 0 … the result − 1 are open to draws once <paramref name="certificates"/> exist.</summary>
    public static int RangeFor(int certificates) =>
        BitstringStatusList.MinimumLength * Math.Max(1, (int)Math.Ceiling(2.0 * certificates / BitstringStatusList.MinimumLength));
}
