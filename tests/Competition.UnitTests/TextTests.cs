using Competition.Domain;
using Competition.Domain.Competitions;

namespace Competition.UnitTests;

public sealed class TextTests
{
    [Theory]
    [InlineData("换枪后重测")]
    [InlineData("  ok  ")]
    [InlineData("a\u200Bb")]
    public void Text_with_something_to_see_is_visible(string text) => Assert.True(Text.IsVisible(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n　")]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")]
    [InlineData("\u0001\u007F\u202E")]
    [InlineData("\u3164\u115F\u2800")]
    public void Blank_control_zero_width_and_filler_text_is_not(string? text) => Assert.False(Text.IsVisible(text));

    [Theory]
    [InlineData("张伟")]
    [InlineData("O'Brien-Smith")]
    [InlineData("随州市 程力专用汽车股份有限公司")]
    public void Ordinary_names_are_plain(string name) => Assert.True(Text.IsPlainName(name));

    [Theory]
    [InlineData("abc\u202Egpj.exe")]
    [InlineData("张\u200B伟")]
    [InlineData("tab\there")]
    [InlineData("\u200B")]
    [InlineData("\uFFFD\uFFFD")]
    public void A_name_with_a_control_or_format_character_is_not(string name) => Assert.False(Text.IsPlainName(name));

    [Fact]
    public void A_reason_of_zero_width_characters_is_no_reason()
    {
        Assert.Equal(Reasons.Missing, Reasons.Require("\u200B\u200B"));
        Assert.Null(Reasons.Kept("\u2060 "));
        Assert.Null(Reasons.Require("选手身体不适"));
    }
}
