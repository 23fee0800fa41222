using Competition.Domain.Rules;
using Competition.Domain.Standings;

namespace Competition.Domain.Results;

/// <summary>Gives awards by rank under the competition's award rules.</summary>
public static class AwardAssignment
{
    /// <summary>The award of each ranked contestant who gets one. Out-of-ranking contestants and
    /// contestants with nothing scored never do.</summary>
    public static IReadOnlyDictionary<long, Award> Assign(IReadOnlyList<Standing> standings, AwardRules rules)
    {
        var ranked = standings.Where(s => s.Rank is not null).ToList();
        var field = ranked.Count;
        var first = Limit(rules.First, rules, field);
        var second = first + Limit(rules.Second, rules, field);
        var third = second + Limit(rules.Third, rules, field);
        // Excellence stays within its share of the field (the top half by default).
        var excellence = (int)Math.Floor(field * rules.ExcellenceShare);
        var awards = new Dictionary<long, Award>();
        foreach (var standing in ranked.Where(s => s.Total > 0))
        {
            var rank = standing.Rank!.Value;
            Award? award = rank <= first ? Place(1, rules.Naming)
                : rank <= second ? Place(2, rules.Naming)
                : rank <= third ? Place(3, rules.Naming)
                : rank <= excellence ? Award.Excellence
                : null;
            if (award is { } given)
            {
                awards[standing.ContestantId] = given;
            }
        }
        return awards;
    }

    private static int Limit(decimal value, AwardRules rules, int field) => rules.Basis == AwardBasis.Count
        ? (int)value
        : (int)Math.Round(value * field, MidpointRounding.AwayFromZero);

    private static Award Place(int place, AwardNaming naming) => (place, naming) switch
    {
        (1, AwardNaming.Medals) => Award.Gold,
        (2, AwardNaming.Medals) => Award.Silver,
        (3, AwardNaming.Medals) => Award.Bronze,
        (1, _) => Award.FirstPrize,
        (2, _) => Award.SecondPrize,
        _ => Award.ThirdPrize,
    };
}
