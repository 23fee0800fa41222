using Competition.Domain.Certification;
using Competition.Domain.Rules;
using Competition.Domain.Wages;

namespace Competition.UnitTests.Wages;

/// <summary>What a recorded agreement decides: one signature, whom it covers, the reference it takes from the guidance.</summary>
public sealed class AgreementRulesTests
{
    [Fact]
    public void An_agreement_is_signed_once()
    {
        Assert.Null(AgreementRules.CheckSign(7, AgreementStatus.Proposed, null));
        var again = AgreementRules.CheckSign(7, AgreementStatus.Signed, new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(("agreement.already-signed", "Agreement 7 was signed on 2026-03-01."), (again?.Code, again?.Message));
    }

    [Theory]
    [InlineData(AgreementScope.Enterprise, "齐星车身", true)]
    [InlineData(AgreementScope.Enterprise, "程力专用汽车", false)]
    [InlineData(AgreementScope.Industry, "制造业", true)]
    [InlineData(AgreementScope.Industry, "建筑业", false)]
    [InlineData(AgreementScope.District, "随州市", true)]
    [InlineData(AgreementScope.District, "襄阳市", false)]
    public void An_agreement_covers_the_workers_its_scope_binds(AgreementScope scope, string party, bool covers) =>
        Assert.Equal(covers, AgreementRules.Covers(scope, party, employer: "齐星车身", industry: "制造业", region: "随州市"));

    [Fact]
    public void A_reference_is_the_percentile_of_the_no_certificate_row_as_whole_yuan_a_month()
    {
        var row = new WageGuidanceRow("随州市", 2025, "示例", "6-18-02-04", "2022", "制造业", null,
            37_400m, 42_000m, 48_000m, 56_000m, 66_000m, 50_000m, 300, PayPeriod.Year);

        Assert.Equal(3_117m, AgreementRules.ReferenceMonthly(row, GuidancePercentile.P10));
        Assert.Equal("agreement.reference-not-found", AgreementRules.ReferenceNotFound(2019, "6-18-02-04", "随州市").Code);
    }

    [Fact]
    public void A_rule_whose_amounts_the_arithmetic_cannot_carry_is_refused_before_it_is_stored()
    {
        var sound = new FloorRule(2_210m, 0.10m, null, StepKind.Allowance, 0m, new Dictionary<SkillLevel, decimal> { [SkillLevel.Senior] = 300m });

        Assert.Null(AgreementRules.CheckRecord(sound, [new AwardAmount(Award.Gold, 3_000m)]));
        Assert.Equal("agreement.invalid-rule", AgreementRules.CheckRecord(sound with { ReferenceMonthly = decimal.MaxValue }, [])?.Code);
        Assert.Equal("agreement.invalid-rule", AgreementRules.CheckRecord(
            sound with { Allowances = new Dictionary<SkillLevel, decimal> { [SkillLevel.Senior] = decimal.MaxValue } }, [])?.Code);
        Assert.Equal("agreement.invalid-rule", AgreementRules.CheckRecord(sound, [new AwardAmount(Award.Gold, 2_000_000m)])?.Code);
    }
}
