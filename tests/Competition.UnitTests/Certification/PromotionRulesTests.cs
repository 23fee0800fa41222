using Competition.Domain.Certification;
using Competition.Domain.Rules;

namespace Competition.UnitTests.Certification;

/// <summary>The rule sets of DOMAIN.md (Tianjin, Hainan) on sample results, and the once-a-year cap.</summary>
public sealed class PromotionRulesTests
{
    private static readonly DateTimeOffset ResultsAt = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static readonly PromotionRuleSet Tianjin = new("tianjin", 1,
    [
        new PromotionRule("municipal-class-1", SkillLevel.Technician, SkillLevel.SeniorTechnician, TopRanks: 10),
        new PromotionRule("municipal-class-2", SkillLevel.Senior, SkillLevel.Technician, TopRanks: 6),
        new PromotionRule("enterprise", SkillLevel.Intermediate, SkillLevel.Senior, TopShare: 0.3m),
    ]);

    private static readonly PromotionRuleSet Hainan = new("hainan", 2,
    [
        new PromotionRule("provincial", SkillLevel.Technician, SkillLevel.SeniorTechnician, Awards: [Award.Gold, Award.Silver, Award.Bronze]),
        new PromotionRule("provincial", SkillLevel.Senior, SkillLevel.Technician, Awards: [Award.Excellence]),
    ]);

    private static PromotionCandidate Candidate(long id, int? rank, SkillLevel? level = null, DateTimeOffset? lastPromotion = null, Award? award = null) =>
        new(id, rank, award, level, lastPromotion);

    [Fact]
    public void Top_ten_of_a_class_one_contest_become_technicians_or_senior_technicians_if_already_technicians()
    {
        var candidates = Enumerable.Range(1, 12).Select(rank => Candidate(rank, rank, rank == 2 ? SkillLevel.Technician : SkillLevel.Senior)).ToList();

        var proposals = PromotionRules.Evaluate(Tianjin, "municipal-class-1", 12, candidates, ResultsAt);

        Assert.Equal(10, proposals.Count);
        Assert.All(proposals.Where(p => p.ContestantId != 2), p => Assert.Equal(SkillLevel.Technician, p.Level));
        Assert.Equal(SkillLevel.SeniorTechnician, proposals.Single(p => p.ContestantId == 2).Level);
        Assert.All(proposals, p => Assert.Equal(1, p.RuleNumber));
        Assert.DoesNotContain(proposals, p => p.ContestantId > 10);
    }

    [Fact]
    public void A_contestant_already_above_what_the_rule_gives_gets_a_refusal_not_a_demotion()
    {
        var proposals = PromotionRules.Evaluate(Tianjin, "municipal-class-1", 10,
            [Candidate(1, 1, SkillLevel.SeniorTechnician), Candidate(2, 2, SkillLevel.ChiefTechnician)], ResultsAt);

        Assert.All(proposals, p => Assert.Null(p.Level));
        Assert.Contains("高级技师", proposals[0].Reason);
    }

    [Fact]
    public void Promoted_within_the_last_twelve_months_is_refused_and_older_promotions_do_not_count()
    {
        var proposals = PromotionRules.Evaluate(Tianjin, "municipal-class-1", 10,
        [
            Candidate(1, 1, SkillLevel.Senior, ResultsAt.AddMonths(-11)),
            Candidate(2, 2, SkillLevel.Senior, ResultsAt.AddMonths(-12).AddDays(-1)),
            Candidate(3, 3, null, null),
        ], ResultsAt);

        Assert.Null(proposals.Single(p => p.ContestantId == 1).Level);
        Assert.Contains("12 个月内只晋级一次", proposals.Single(p => p.ContestantId == 1).Reason);
        Assert.Equal(SkillLevel.Technician, proposals.Single(p => p.ContestantId == 2).Level);
        Assert.Equal(SkillLevel.Technician, proposals.Single(p => p.ContestantId == 3).Level);
    }

    [Fact]
    public void The_interval_between_promotions_is_configuration()
    {
        var everySixMonths = Tianjin with { MonthsBetweenPromotions = 6 };

        var proposals = PromotionRules.Evaluate(everySixMonths, "municipal-class-1", 10, [Candidate(1, 1, SkillLevel.Senior, ResultsAt.AddMonths(-7))], ResultsAt);

        Assert.Equal(SkillLevel.Technician, proposals.Single().Level);
    }

    [Fact]
    public void Medals_and_the_excellence_award_follow_the_hainan_rules()
    {
        var proposals = PromotionRules.Evaluate(Hainan, "provincial", 20,
        [
            Candidate(1, 1, SkillLevel.Senior, award: Award.Gold),
            Candidate(2, 2, SkillLevel.Technician, award: Award.Silver),
            Candidate(4, 4, SkillLevel.Intermediate, award: Award.Excellence),
            Candidate(5, 5, SkillLevel.Senior, award: Award.Excellence),
            Candidate(11, 11, SkillLevel.Junior),
        ], ResultsAt);

        Assert.Equal(SkillLevel.Technician, proposals.Single(p => p.ContestantId == 1).Level);
        Assert.Equal(SkillLevel.SeniorTechnician, proposals.Single(p => p.ContestantId == 2).Level);
        Assert.Equal(SkillLevel.Senior, proposals.Single(p => p.ContestantId == 4).Level);
        Assert.Equal(SkillLevel.Technician, proposals.Single(p => p.ContestantId == 5).Level);
        Assert.DoesNotContain(proposals, p => p.ContestantId == 11);
    }

    [Fact]
    public void A_top_share_counts_the_ranked_field_and_shared_ranks_share_the_outcome()
    {
        // 30 % of 10 ranked: ranks 1–3; two contestants tied at 3 are both in.
        var proposals = PromotionRules.Evaluate(Tianjin, "enterprise", 10,
            [Candidate(1, 1), Candidate(2, 3), Candidate(3, 3), Candidate(4, 5), Candidate(5, null)], ResultsAt);

        Assert.Equal([1L, 2L, 3L], proposals.Select(p => p.ContestantId).Order());
        Assert.All(proposals, p => Assert.Equal(SkillLevel.Intermediate, p.Level));
    }

    [Fact]
    public void Rules_of_another_contest_class_do_not_apply()
    {
        Assert.Empty(PromotionRules.Evaluate(Tianjin, "district", 10, [Candidate(1, 1)], ResultsAt));
    }

    [Fact]
    public void When_several_rules_match_the_highest_level_counts()
    {
        var generous = new PromotionRuleSet("mixed", 1,
        [
            new PromotionRule("c", SkillLevel.Intermediate, TopRanks: 10),
            new PromotionRule("c", SkillLevel.Technician, Awards: [Award.Gold]),
        ]);

        var proposal = PromotionRules.Evaluate(generous, "c", 10, [Candidate(1, 1, award: Award.Gold)], ResultsAt).Single();

        Assert.Equal(SkillLevel.Technician, proposal.Level);
        Assert.Equal(2, proposal.RuleNumber);
    }

    [Fact]
    public void A_rule_set_is_checked_before_it_is_stored()
    {
        var broken = new PromotionRuleSet("broken", 1,
        [
            new PromotionRule("c", SkillLevel.Technician),
            new PromotionRule("c", SkillLevel.Technician, SkillLevel.Senior, TopRanks: 3, TopShare: 0.5m),
            new PromotionRule("", SkillLevel.Technician, TopShare: 1.5m),
        ]);

        var problems = PromotionRules.Problems(broken);

        Assert.Contains(problems, p => p.StartsWith("Rule 1: give exactly one"));
        Assert.Contains(problems, p => p.StartsWith("Rule 2: give exactly one"));
        Assert.Contains(problems, p => p.StartsWith("Rule 2: levelIfAlready"));
        Assert.Contains(problems, p => p.StartsWith("Rule 3: topRanks must be positive"));
        Assert.Contains(problems, p => p.StartsWith("Rule 3: contestClass"));
        Assert.Empty(PromotionRules.Problems(Tianjin));
    }
}
