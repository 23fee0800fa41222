using Competition.Domain.Marking;
using Competition.Server.Competitions;

namespace Competition.UnitTests;

public sealed class CreateCompetitionValidatorTests
{
    private static readonly CreateCompetitionRequestValidator Validator = new();

    private static CreateCompetitionRequest Valid() => new(
        "2026 匠心杯 焊工", "6-18-02-04 焊工",
        new MarkingSchemeRequest([new ModuleRequest("实操", 1m, [new AspectRequest("外观质量", AspectKind.Judgement, 9m)])]),
        [new ContestantRequest("张伟", "齐星车身", "001"), new ContestantRequest("李娜", "程力专汽", "002")],
        [new JudgeRequest("陈静", "随州职业技术学院")]);

    [Fact]
    public void A_complete_definition_is_valid() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Fact]
    public void Each_contestant_needs_their_own_bib()
    {
        var request = Valid() with { Contestants = [new ContestantRequest("张伟", "齐星车身", "001"), new ContestantRequest("李娜", "程力专汽", "001")] };
        Assert.Contains(Validator.Validate(request).Errors, e => e.ErrorMessage.Contains("bib"));
    }

    [Fact]
    public void Aspects_need_a_positive_maximum_with_at_most_two_decimals()
    {
        var zero = Valid() with { MarkingScheme = new MarkingSchemeRequest([new ModuleRequest("实操", 1m, [new AspectRequest("a", AspectKind.Graded, 0m)])]) };
        var fine = Valid() with { MarkingScheme = new MarkingSchemeRequest([new ModuleRequest("实操", 1m, [new AspectRequest("a", AspectKind.Graded, 2.345m)])]) };
        Assert.False(Validator.Validate(zero).IsValid);
        Assert.False(Validator.Validate(fine).IsValid);
    }

    [Fact]
    public void A_scheme_without_modules_or_a_module_without_aspects_is_invalid_but_people_may_come_later()
    {
        Assert.False(Validator.Validate(Valid() with { MarkingScheme = new MarkingSchemeRequest([]) }).IsValid);
        Assert.False(Validator.Validate(Valid() with { MarkingScheme = new MarkingSchemeRequest([new ModuleRequest("实操", 1m, [])]) }).IsValid);
        // Registration is imported from the nominating units' spreadsheets after the draft exists.
        Assert.True(Validator.Validate(Valid() with { Judges = [], Contestants = [] }).IsValid);
        Assert.True(Validator.Validate(Valid() with { Judges = null, Contestants = null }).IsValid);
    }

    [Fact]
    public void A_competition_ends_on_or_after_its_first_day()
    {
        var day = new DateOnly(2027, 4, 20);
        Assert.True(Validator.Validate(Valid() with { StartsOn = day, EndsOn = day }).IsValid);
        Assert.False(Validator.Validate(Valid() with { StartsOn = day, EndsOn = day.AddDays(-1) }).IsValid);
        Assert.False(Validator.Validate(Valid() with { EndsOn = day }).IsValid);
    }

    [Fact]
    public void Missing_parts_are_reported_not_thrown()
    {
        var request = new CreateCompetitionRequest(null!, null!, null!, null!, null!);
        var result = Validator.Validate(request);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == "Name");
        Assert.Contains(result.Errors, e => e.PropertyName == "MarkingScheme");
    }

    [Fact]
    public void Rules_with_missing_parts_are_reported_not_thrown()
    {
        var rules = new CompetitionRulesValidator();
        Assert.False(rules.Validate(Competition.Domain.Rules.CompetitionRules.Default with { TieBreaks = null! }).IsValid);
        Assert.False(rules.Validate(Competition.Domain.Rules.CompetitionRules.Default with { Awards = null! }).IsValid);
        Assert.False(Validator.Validate(Valid() with { Rules = Competition.Domain.Rules.CompetitionRules.Default with { TieBreaks = [null!] } }).IsValid);
        Assert.True(rules.Validate(Competition.Domain.Rules.CompetitionRules.Default).IsValid);
    }
}
