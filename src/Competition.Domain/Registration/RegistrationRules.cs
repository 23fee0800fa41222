using Competition.Domain.Certification;

namespace Competition.Domain.Registration;

/// <summary>
/// What every row of a registration sheet must satisfy before anything of the sheet is stored: names and
/// employers present and short enough, national IDs with a correct check character, no bib or ID twice
/// (in the file or among those already registered), one chief judge at most. Reasons are in Chinese, for
/// the office that fixes the file, each starting with the column it is about.
/// </summary>
public static class RegistrationRules
{
    public const int MaxNameLength = 100;
    public const int MaxEmployerLength = 200;
    public const int MaxBibLength = 20;

    /// <summary>是/否, true/false, 1/0 (and yes/no); empty is no. Null: none of these.</summary>
    public static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "否" or "false" or "0" or "no" or "n" => false,
        "是" or "true" or "1" or "yes" or "y" => true,
        _ => null,
    };

    /// <param name="registeredBibs">Bibs the competition already has.</param>
    /// <param name="registeredIds">Whether a (normalised) national ID is already registered in the competition.</param>
    /// <returns>Every bad row with all its reasons; empty when the sheet may be stored.</returns>
    public static IReadOnlyList<RowProblem> CheckContestants(
        IReadOnlyList<ContestantEntry> entries, IReadOnlySet<string> registeredBibs, Func<string, bool> registeredIds)
    {
        var bibs = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<RowProblem>();
        foreach (var entry in entries)
        {
            var reasons = PersonReasons(entry.Name, entry.Employer);
            if (entry.Bib.Length > MaxBibLength)
            {
                reasons.Add($"编号：最多 {MaxBibLength} 个字符。");
            }
            else if (entry.Bib.Length > 0 && (registeredBibs.Contains(entry.Bib) || !bibs.TryAdd(entry.Bib, entry.Row)))
            {
                reasons.Add(bibs.TryGetValue(entry.Bib, out var first) && first != entry.Row
                    ? $"编号：{entry.Bib} 与第 {first} 行重复。"
                    : $"编号：{entry.Bib} 已有选手使用。");
            }
            if (entry.NationalId.Length > 0)
            {
                var id = NationalIds.Normalise(entry.NationalId);
                if (!NationalIds.IsValid(id))
                {
                    reasons.Add("身份证号：应为 17 位数字加 1 位校验码（数字或 X），且校验码正确。");
                }
                else if (ids.TryGetValue(id, out var first))
                {
                    reasons.Add($"身份证号：与第 {first} 行是同一人。");
                }
                else if (registeredIds(id))
                {
                    reasons.Add("身份证号：此人已报名本竞赛。");
                }
                else
                {
                    ids[id] = entry.Row;
                }
            }
            if (YesNo(entry.OutOfRanking) is null)
            {
                reasons.Add("列外：填 是 或 否（也可 true/false、1/0）。");
            }
            if (reasons.Count > 0)
            {
                problems.Add(new RowProblem(entry.Row, reasons));
            }
        }
        return problems;
    }

    /// <param name="hasChief">Whether the competition already has its chief judge.</param>
    public static IReadOnlyList<RowProblem> CheckJudges(IReadOnlyList<JudgeEntry> entries, bool hasChief)
    {
        var problems = new List<RowProblem>();
        int? chiefRow = null;
        foreach (var entry in entries)
        {
            var reasons = PersonReasons(entry.Name, entry.Employer);
            switch (YesNo(entry.IsChief))
            {
                case null:
                    reasons.Add("总裁判：填 是 或 否（也可 true/false、1/0）。");
                    break;
                case true when hasChief:
                    reasons.Add("总裁判：本竞赛已有总裁判。");
                    break;
                case true when chiefRow is { } first:
                    reasons.Add($"总裁判：第 {first} 行已是总裁判，只能有一位。");
                    break;
                case true:
                    chiefRow = entry.Row;
                    break;
            }
            if (reasons.Count > 0)
            {
                problems.Add(new RowProblem(entry.Row, reasons));
            }
        }
        return problems;
    }

    /// <summary>Bibs for the rows that left theirs empty: numbers after the highest numeric bib in use,
    /// three digits at least ("031").</summary>
    public static IReadOnlyList<string> NextBibs(IEnumerable<string> inUse, int count)
    {
        var taken = inUse.ToHashSet(StringComparer.Ordinal);
        var next = taken.Select(b => int.TryParse(b, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var bibs = new List<string>();
        while (bibs.Count < count)
        {
            var bib = next++.ToString("000");
            if (taken.Add(bib))
            {
                bibs.Add(bib);
            }
        }
        return bibs;
    }

    private static List<string> PersonReasons(string name, string employer)
    {
        var reasons = new List<string>();
        if (name.Length is 0 or > MaxNameLength)
        {
            reasons.Add($"姓名：必填，最多 {MaxNameLength} 字。");
        }
        else if (!Text.IsPlainName(name))
        {
            reasons.Add("姓名：含不可见字符或控制字符。");
        }
        if (employer.Length is 0 or > MaxEmployerLength)
        {
            reasons.Add($"单位：必填，最多 {MaxEmployerLength} 字。");
        }
        else if (!Text.IsPlainName(employer))
        {
            reasons.Add("单位：含不可见字符或控制字符。");
        }
        return reasons;
    }
}
