using Competition.Domain.Panels;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class PanelPlanTests
{
    private static readonly JudgeInfo[] Judges =
    [
        new(1, "随州职业技术学院", IsChief: true),
        new(2, "齐星车身"),          // the employer of even-numbered contestants
        new(3, "市特种设备检验所"),
        new(4, "湖北省焊接学会"),
    ];

    private static readonly PanelPlan Default = new(Judges, Contestants(4));

    [Fact]
    public void A_judge_never_marks_a_contestant_from_their_own_employer()
    {
        var error = Default.CheckJudge(2, 2, Scheme.Aspects.First());
        Assert.Equal(("judge.conflict-of-interest", Competition.Domain.ErrorKind.Forbidden), (error?.Code, error!.Kind));
        Assert.Null(Default.CheckJudge(2, 1, Scheme.Aspects.First()));
        Assert.True(PanelPlan.SameEmployer(" 齐星车身 ", "齐星车身"));
    }

    [Fact]
    public void Panels_are_formed_without_conflicted_judges_and_without_the_chief_by_default()
    {
        Assert.Equal([2L, 3L, 4L], Default.EffectivePanel(1, Judgement));
        Assert.Equal([3L, 4L], Default.EffectivePanel(2, Judgement));
        Assert.Equal("judge.not-on-panel", Default.CheckJudge(1, 1, Scheme.Aspects.First())?.Code);
    }

    [Fact]
    public void Named_panels_and_assignments_limit_who_marks_what()
    {
        var plan = new PanelPlan(Judges, Contestants(4),
            new Dictionary<long, IReadOnlyList<long>> { [Judgement] = [1, 3, 4] },
            new Dictionary<long, IReadOnlySet<long>> { [4] = new HashSet<long> { 1, 3 } });
        var judgement = Scheme.Aspects.Single(a => a.Id == Judgement);

        Assert.Null(plan.CheckJudge(1, 3, judgement));
        Assert.Equal("judge.not-on-panel", plan.CheckJudge(2, 3, judgement)?.Code);
        Assert.Equal("judge.not-assigned", plan.CheckJudge(4, 2, judgement)?.Code);
        Assert.Equal([1L, 3L, 4L], plan.EffectivePanel(1, Judgement));
        Assert.Equal([1L, 3L], plan.EffectivePanel(2, Judgement));
    }

    [Fact]
    public void Panels_that_name_an_aspect_judge_or_contestant_outside_the_competition_are_refused()
    {
        var aspects = Scheme.Aspects.Select(a => a.Id).ToHashSet();

        Assert.Null(Default.CheckNames(aspects, [Judgement], [2, 3], [1, 4]));
        Assert.Equal("Aspect 999 is not in this competition.", Default.CheckNames(aspects, [Judgement, 999], [2], [1])?.Message);
        Assert.Equal("Judge 9 does not judge this competition.", Default.CheckNames(aspects, [Judgement], [2, 9], [1])?.Message);
        var contestant = Default.CheckNames(aspects, [Judgement], [2], [1, 5]);
        Assert.Equal(("panels.invalid", Competition.Domain.ErrorKind.Invalid), (contestant?.Code, contestant!.Kind));
    }
}
