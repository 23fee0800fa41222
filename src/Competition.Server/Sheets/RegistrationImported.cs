using Competition.Grains.Contracts;
using Competition.Server.Competitions;

namespace Competition.Server.Sheets;

/// <summary>What a registration sheet added: the contestants, or the judges with each new judge's PIN
/// (shown this once: print the slips now). <c>alreadyImported</c>: this very file was imported before and
/// nothing changed.</summary>
public sealed record RegistrationImported(
    int Imported, bool AlreadyImported, IReadOnlyList<ContestantView> Contestants, IReadOnlyList<JudgeWithPin> Judges);
