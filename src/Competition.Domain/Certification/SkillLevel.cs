namespace Competition.Domain.Certification;

/// <summary>
/// A rung of China's "new eight-level worker" ladder, lowest first. The numbers order the ladder; the
/// national certificate code (5 … 1) is a separate fact, see <see cref="SkillLadder.NationalCode"/>.
/// </summary>
public enum SkillLevel
{
    /// <summary>学徒工: no national code.</summary>
    Apprentice = 0,
    /// <summary>初级工: national level 5.</summary>
    Junior = 1,
    /// <summary>中级工: national level 4.</summary>
    Intermediate = 2,
    /// <summary>高级工: national level 3.</summary>
    Senior = 3,
    /// <summary>技师: national level 2.</summary>
    Technician = 4,
    /// <summary>高级技师: national level 1.</summary>
    SeniorTechnician = 5,
    /// <summary>特级技师: no national code.</summary>
    PrincipalTechnician = 6,
    /// <summary>首席技师: no national code.</summary>
    ChiefTechnician = 7,
}
