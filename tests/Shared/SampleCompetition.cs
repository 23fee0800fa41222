using Competition.Domain.Marking;
using Competition.Server.Competitions;

namespace Competition.Testing;

/// <summary>A small competition definition for tests: two modules, three judges. The measurement takes
/// 10, 9, 8.5, 8, 6, 4 or 0; the judgement 0–3 (of 9); the graded 0–6 (module weight 0.5).</summary>
public static class SampleCompetition
{
    public static CreateCompetitionRequest Request(string name = "2026 匠心杯 焊工（测试）", int contestants = 3) => new(
        name,
        "6-18-02-04 焊工",
        new MarkingSchemeRequest([
            new ModuleRequest("实操", 1.0m, [
                new AspectRequest("焊缝尺寸", AspectKind.Measurement, 10m, [1m, 1.5m, 2m, 4m, 6m]),
                new AspectRequest("外观质量", AspectKind.Judgement, 9m),
            ]),
            new ModuleRequest("安全文明", 0.5m, [
                new AspectRequest("现场整理", AspectKind.Graded, 6m),
            ]),
        ]),
        Enumerable.Range(1, contestants)
            .Select(i => new ContestantRequest($"选手{i}", i % 2 == 0 ? "齐星车身" : "程力专汽", i.ToString("000")))
            .ToList(),
        [
            new JudgeRequest("陈静", "随州职业技术学院"),
            new JudgeRequest("王强", "市特种设备检验所"),
            new JudgeRequest("李娜", "湖北省焊接学会"),
        ]);

    /// <summary>The same with a chief judge, who moderates and locks (the last judge).</summary>
    public static CreateCompetitionRequest WithChief(this CreateCompetitionRequest request) =>
        request with { Judges = [.. request.Judges ?? [], new JudgeRequest("赵建国", "市总工会", IsChief: true)] };
}
