using System.Globalization;
using System.Text;

namespace Competition.Domain;

/// <summary>
/// What counts as text a person can read. A required reason made only of spaces, control characters or
/// zero-width marks says nothing; a name holding a control or format character (a right-to-left override
/// above all) shows on a certificate or a board as something other than what was stored.
/// </summary>
public static class Text
{
    /// <summary>Letters that draw nothing though Unicode files them as letters or symbols (Hangul fillers, the blank Braille cell).</summary>
    private static readonly HashSet<int> BlankLetters = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    /// <summary>Whether the text holds at least one character one can see.</summary>
    public static bool IsVisible(string? text) => text is not null && text.EnumerateRunes().Any(IsSeen);

    /// <summary>A name: visible, and with no control or format character anywhere in it, nor the replacement
    /// character U+FFFD that a decoder leaves where it could not read one (the name was garbled on its way).</summary>
    public static bool IsPlainName(string? text) => IsVisible(text) && !text!.EnumerateRunes().Any(r => IsControlOrFormat(r) || r == Rune.ReplacementChar);

    private static bool IsSeen(Rune rune) => !Rune.IsWhiteSpace(rune) && !IsControlOrFormat(rune) && !BlankLetters.Contains(rune.Value)
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    private static bool IsControlOrFormat(Rune rune) =>
        // EnumerateRunes yields a lone surrogate as U+FFFD, so surrogates need no case of their own.
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse;
}
