using System.Text.RegularExpressions;

namespace Competition.Domain.Certification;

/// <summary>
/// Certificate numbers. Levels 1–5 follow the national 22-character shape: a letter (Y employer, S social
/// organisation) and 21 digits: organisation 4, province 2, site 6, year 2, national level 1, serial 6.
/// The rungs national numbers do not code keep that shape with a letter in the level place, so they can
/// never be mistaken for a national number: A = 学徒工, T = 特级技师, C = 首席技师.
/// </summary>
public static partial class CertificateNumbers
{
    public const int Length = 22;
    public const int MaximumSerial = 999_999;

    /// <summary>Everything before the serial: numbers sharing it are counted on from the highest serial.</summary>
    public static string Prefix(CertificateNumberScheme scheme, CertificateIssuerKind issuer, int year, SkillLevel level) =>
        string.Concat(
            issuer == CertificateIssuerKind.Employer ? "Y" : "S",
            scheme.OrganisationCode, scheme.ProvinceCode, scheme.SiteCode,
            (year % 100).ToString("D2"),
            LevelCharacter(level).ToString());

    public static string Format(string prefix, int serial) =>
        serial is < 1 or > MaximumSerial
            ? throw new ArgumentOutOfRangeException(nameof(serial), $"Serials run from 1 to {MaximumSerial}.")
            : prefix + serial.ToString("D6");

    /// <summary>The serial of a well-formed number.</summary>
    public static int Serial(string number) => int.Parse(number.AsSpan(Length - 6));

    public static bool IsWellFormed(string? number) => number is not null && Shape().IsMatch(number);

    /// <summary>Whether the codes of a scheme have the digits the shape needs.</summary>
    public static bool IsValidScheme(CertificateNumberScheme scheme) =>
        Digits(scheme.OrganisationCode, 4) && Digits(scheme.ProvinceCode, 2) && Digits(scheme.SiteCode, 6);

    private static char LevelCharacter(SkillLevel level) => SkillLadder.NationalCode(level) is { } code
        ? (char)('0' + code)
        : level switch
        {
            SkillLevel.Apprentice => 'A',
            SkillLevel.PrincipalTechnician => 'T',
            SkillLevel.ChiefTechnician => 'C',
            _ => throw new ArgumentOutOfRangeException(nameof(level)),
        };

    private static bool Digits(string value, int count) => value.Length == count && value.All(char.IsAsciiDigit);

    [GeneratedRegex("^[YS][0-9]{14}[1-5ATC][0-9]{6}$")]
    private static partial Regex Shape();
}
