namespace Competition.Server.WageGuidance;

/// <summary>
/// What a certified level is worth where the holder works: the guidance band for the certificate's
/// occupation, level and region (the latest year published; null when no table has a row for it), and the
/// floors of the agreements in force that cover the holder.
/// </summary>
public sealed record CertificateWageGuidance(string Number, string Region, GuidanceBand? Band, IReadOnlyList<CoveringAgreement> Agreements);
