namespace Competition.Domain.Access;

/// <summary>At most <paramref name="Failures"/> failed sign-ins in a window of <paramref name="Window"/>
/// that opens with the first of them; past that, sign-in is refused until the window ends.</summary>
public sealed record GuessBudget(int Failures, TimeSpan Window);

/// <summary>
/// How many secrets may be tried, counted twice over (as OWASP recommends): per subject and client
/// address, so a mistyping judge or an attacker locks only their own address; and per subject over an
/// hour, from everywhere together, which bounds what a spread-out attacker can try. One address can
/// never use up a subject's hourly budget, so failures from one address never block a correct sign-in
/// from another.
/// </summary>
public sealed record SignInLimits
{
    /// <summary>Passwords: 5 per address in 15 minutes, 50 an hour in all.</summary>
    public static readonly SignInLimits AccountPasswords = new(new GuessBudget(5, TimeSpan.FromMinutes(15)), new GuessBudget(50, TimeSpan.FromHours(1)));

    /// <summary>Judge PINs: 5 per address in 15 minutes, 40 an hour in all; with 8-digit PINs, 30 judges
    /// attacked for a 12-hour day give 14,400 guesses against 10⁸ PINs each, a 0.0144 % chance.</summary>
    public static readonly SignInLimits JudgePins = new(new GuessBudget(5, TimeSpan.FromMinutes(15)), new GuessBudget(40, TimeSpan.FromHours(1)));

    /// <summary>Guesses at a certificate's holder (their name, the last four ID characters, or whether a
    /// national ID is theirs): 5 per address in 15 minutes, 30 an hour in all.</summary>
    public static readonly SignInLimits CertificateHolderGuesses = new(new GuessBudget(5, TimeSpan.FromMinutes(15)), new GuessBudget(30, TimeSpan.FromHours(1)));

    public SignInLimits(GuessBudget perAddress, GuessBudget perSubject)
    {
        if (MostFromOneAddress(perAddress, perSubject.Window) >= perSubject.Failures)
        {
            throw new ArgumentException("One address could use up the whole budget: it would lock the subject out for everybody.");
        }
        (PerAddress, PerSubject) = (perAddress, perSubject);
    }

    public GuessBudget PerAddress { get; }

    public GuessBudget PerSubject { get; }

    /// <summary>The most failures one address can have counted in one window of <paramref name="span"/>:
    /// its windows follow each other, and as many as fit in the span plus one that began before it meet it.</summary>
    public static int MostFromOneAddress(GuessBudget perAddress, TimeSpan span) =>
        perAddress.Failures * ((int)Math.Ceiling(span / perAddress.Window) + 1);

    /// <summary>The key a subject's failures from one address are counted under.</summary>
    public static string AddressKey(string subject, string address) => $"{subject}@{address}";
}
