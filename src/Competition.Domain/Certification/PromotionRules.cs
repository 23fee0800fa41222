using Competition.Domain.Rules;

namespace Competition.Domain.Certification;

/// <summary>Applies a promotion rule set to a competition's final results.</summary>
public static class PromotionRules
{
    /// <summary>Why a rule set cannot be used; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(PromotionRuleSet ruleSet)
    {
        var problems = new List<string>();
        if (ruleSet.Rules.Count == 0)
        {
            problems.Add("A rule set needs at least one rule.");
        }
        if (ruleSet.MonthsBetweenPromotions is < 0 or > 120)
        {
            problems.Add("monthsBetweenPromotions must lie within 0…120.");
        }
        for (var i = 0; i < ruleSet.Rules.Count; i++)
        {
            var rule = ruleSet.Rules[i];
            var conditions = (rule.TopRanks is null ? 0 : 1) + (rule.TopShare is null ? 0 : 1) + (rule.Awards is null ? 0 : 1);
            if (conditions != 1)
            {
                problems.Add($"Rule {i + 1}: give exactly one of topRanks, topShare and awards.");
            }
            if (rule.TopRanks is <= 0 || rule.TopShare is <= 0 or > 1 || rule.Awards is { Count: 0 })
            {
                problems.Add($"Rule {i + 1}: topRanks must be positive, topShare within (0, 1], awards not empty.");
            }
            if (string.IsNullOrWhiteSpace(rule.ContestClass))
            {
                problems.Add($"Rule {i + 1}: contestClass is required.");
            }
            if (rule.LevelIfAlready is { } higher && higher <= rule.Level)
            {
                problems.Add($"Rule {i + 1}: levelIfAlready must be above level.");
            }
        }
        return problems;
    }

    /// <summary>
    /// The proposal for every candidate a rule of <paramref name="contestClass"/> matches. When several
    /// rules match, the one giving the highest level counts. A candidate already at that level or above, or
    /// promoted within the rule set's interval before <paramref name="resultsAt"/>, gets a refusal instead.
    /// </summary>
    /// <param name="rankedField">How many contestants were ranked: the base of <see cref="PromotionRule.TopShare"/>.</param>
    public static IReadOnlyList<PromotionProposal> Evaluate(
        PromotionRuleSet ruleSet, string contestClass, int rankedField, IEnumerable<PromotionCandidate> candidates, DateTimeOffset resultsAt)
    {
        var proposals = new List<PromotionProposal>();
        var rules = ruleSet.Rules.Select((rule, index) => (rule, number: index + 1))
            .Where(r => string.Equals(r.rule.ContestClass, contestClass, StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var candidate in candidates)
        {
            var best = rules
                .Where(r => Meets(r.rule, candidate, rankedField))
                .Select(r => (r.number, level: LevelFor(r.rule, candidate.CurrentLevel)))
                .OrderByDescending(r => r.level ?? (SkillLevel)(-1))
                .ThenBy(r => r.number)
                .Select(r => ((int number, SkillLevel? level)?)r)
                .FirstOrDefault();
            if (best is not { } match)
            {
                continue;
            }
            var condition = Describe(ruleSet.Rules[match.number - 1], candidate);
            if (match.level is not { } level)
            {
                proposals.Add(new(candidate.ContestantId, null, match.number,
                    $"{condition}；已持有{SkillLadder.ChineseName(candidate.CurrentLevel!.Value)}证书，本条规则不再晋级。"));
            }
            else if (candidate.LastPromotionAt is { } last && last > resultsAt.AddMonths(-ruleSet.MonthsBetweenPromotions))
            {
                proposals.Add(new(candidate.ContestantId, null, match.number,
                    $"{condition}；已于 {last:yyyy-MM-dd} 晋级，规则规定 {ruleSet.MonthsBetweenPromotions} 个月内只晋级一次。"));
            }
            else
            {
                proposals.Add(new(candidate.ContestantId, level, match.number,
                    $"{condition} → {SkillLadder.ChineseName(level)}（规则 {ruleSet.Name} 第 {ruleSet.Version} 版第 {match.number} 条）"));
            }
        }
        return proposals;
    }

    private static bool Meets(PromotionRule rule, PromotionCandidate candidate, int rankedField) =>
        candidate.Rank is { } rank && (
            rule.TopRanks is { } top ? rank <= top
            : rule.TopShare is { } share ? rank <= Math.Floor(share * rankedField)
            : candidate.Award is { } award && rule.Awards!.Contains(award));

    /// <summary>The level the rule gives someone at <paramref name="current"/>; null when it gives nothing higher.</summary>
    private static SkillLevel? LevelFor(PromotionRule rule, SkillLevel? current)
    {
        if (current is null || current < rule.Level)
        {
            return rule.Level;
        }
        return rule.LevelIfAlready is { } higher && current < higher ? higher : null;
    }

    /// <summary>Why the rule matched, in the words HR officers read (Chinese).</summary>
    private static string Describe(PromotionRule rule, PromotionCandidate candidate) =>
        rule.Awards is not null ? $"{rule.ContestClass} 竞赛获{AwardNames.Chinese(candidate.Award!.Value)}"
        : $"{rule.ContestClass} 竞赛第 {candidate.Rank} 名";
}
