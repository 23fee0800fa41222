using Competition.Domain.Rules;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class CompetitionRulesTests
{
    [Fact]
    public void The_defaults_follow_worldskills_and_the_provincial_award_rules()
    {
        var rules = CompetitionRules.Default;
        Assert.Equal(1m, rules.DisagreementThreshold);
        Assert.Equal([TieBreakKind.PracticalTotal, TieBreakKind.JudgementTotal, TieBreakKind.CompletionTime], rules.TieBreaks.Select(t => t.Kind));
        Assert.Equal((1m, 1m, 1m, 0.5m), (rules.Awards.First, rules.Awards.Second, rules.Awards.Third, rules.Awards.ExcellenceShare));
        Assert.Null(rules.Check(Scheme));
    }

    [Fact]
    public void Rules_that_do_not_fit_the_scheme_or_make_no_sense_are_refused()
    {
        Assert.Equal("rules.invalid", (CompetitionRules.Default with { TieBreaks = [new(TieBreakKind.Module, 99)] }).Check(Scheme)?.Code);
        Assert.Null((CompetitionRules.Default with { TieBreaks = [new(TieBreakKind.Module, Safety)] }).Check(Scheme));
        Assert.NotNull((CompetitionRules.Default with { DisagreementThreshold = -1 }).Check(Scheme));
        Assert.NotNull((CompetitionRules.Default with { Theory = new TheoryComponent(0m) }).Check(Scheme));
        Assert.NotNull((CompetitionRules.Default with { Awards = new AwardRules { Basis = AwardBasis.Share, First = 0.5m, Second = 0.4m, Third = 0.3m } }).Check(Scheme));
        Assert.NotNull((CompetitionRules.Default with { Awards = new AwardRules { First = 1.5m } }).Check(Scheme));
    }
}
