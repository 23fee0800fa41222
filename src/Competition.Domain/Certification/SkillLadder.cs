namespace Competition.Domain.Certification;

/// <summary>Facts about the rungs of the skill ladder.</summary>
public static class SkillLadder
{
    /// <summary>The national level code (5 = 初级工 … 1 = 高级技师); null for the rungs national
    /// certificates do not code (学徒工, 特级技师, 首席技师).</summary>
    public static int? NationalCode(SkillLevel level) => level switch
    {
        SkillLevel.Junior => 5,
        SkillLevel.Intermediate => 4,
        SkillLevel.Senior => 3,
        SkillLevel.Technician => 2,
        SkillLevel.SeniorTechnician => 1,
        _ => null,
    };

    /// <summary>The rung a national level code (1 … 5) stands for.</summary>
    public static SkillLevel? FromNationalCode(int code) => code switch
    {
        5 => SkillLevel.Junior,
        4 => SkillLevel.Intermediate,
        3 => SkillLevel.Senior,
        2 => SkillLevel.Technician,
        1 => SkillLevel.SeniorTechnician,
        _ => null,
    };

    /// <summary>The Chinese name printed on certificates.</summary>
    public static string ChineseName(SkillLevel level) => level switch
    {
        SkillLevel.Apprentice => "学徒工",
        SkillLevel.Junior => "初级工",
        SkillLevel.Intermediate => "中级工",
        SkillLevel.Senior => "高级工",
        SkillLevel.Technician => "技师",
        SkillLevel.SeniorTechnician => "高级技师",
        SkillLevel.PrincipalTechnician => "特级技师",
        SkillLevel.ChiefTechnician => "首席技师",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The rung a person or a file names: its Chinese name (技师) or its API name (technician).</summary>
    public static SkillLevel? Parse(string text) =>
        Enum.GetValues<SkillLevel>().Select(level => (SkillLevel?)level)
            .FirstOrDefault(level => text == ChineseName(level!.Value) || string.Equals(text, level.ToString(), StringComparison.OrdinalIgnoreCase));

    /// <summary>技师 and above are assessed with a comprehensive review besides theory and practice.</summary>
    public static bool NeedsComprehensiveReview(SkillLevel level) => level >= SkillLevel.Technician;
}
