using Competition.Domain.CompetitionDay;

namespace Competition.Grains.Contracts;

/// <summary>Blind judging: <see cref="Hidden"/> while judges and the public see numbers, not names; the
/// decryption's confirmations so far (an organizer's and the chief judge's make it).</summary>
[GenerateSerializer, Immutable, Alias("Competition.BlindingView")]
public sealed record BlindingView(
    [property: Id(0)] bool Blind,
    [property: Id(1)] bool Hidden,
    [property: Id(2)] bool Decrypted,
    [property: Id(3)] IReadOnlyList<DecryptionConfirmation> Confirmations);
