namespace Competition.Server.Statistics;

/// <summary>How one figure is counted, in Chinese and in English.</summary>
public sealed record StatisticsDefinition(string Figure, string Definition, string FigureEnglish, string DefinitionEnglish);

/// <summary>How each figure is counted, as the annual report, the page and the workbook print it (the rules are
/// <c>CountingRules</c>; keep the two in step).</summary>
public static class StatisticsDefinitions
{
    public static readonly IReadOnlyList<StatisticsDefinition> All =
    [
        new("统计范围", "所选单位及其下属全部单位（区县总工会、企业工会、企业）；上级单位的数字包含下级。",
            "Scope", "The chosen organisation and every organisation below it (district unions, enterprise unions, enterprises); a parent's figures include its children's."),
        new("竞赛计入年度", "竞赛按首日计入统计期间；未设比赛日期的按开赛之日计入；未开赛（草稿）的不计。跨年竞赛只计一次，计入开始的年度。",
            "When a competition counts", "A competition counts in the period of its first day; one without dates on the day it started; one never started (a draft) not at all. A competition spanning a new year counts once, in the year it began."),
        new("参赛人次", "统计期间内各场竞赛报名且未退赛、未缺考的选手之和；同一职工参加两场计两人次。",
            "Participations (人次)", "Contestants entered in the period's competitions who neither withdrew nor failed to appear, summed over competitions: a worker in two competitions counts twice."),
        new("参赛职工", "按身份证号去重的参赛职工人数；未登记身份证号的选手各计一人。",
            "Distinct workers", "Participating workers counted once each by their ID number; a contestant without a registered ID counts as one worker."),
        new("裁判", "人次为各场裁判之和；人数按姓名与单位去重。",
            "Judges", "Seats: judges summed over competitions; people: judges counted once by name and employer."),
        new("获奖与称号", "成绩锁定后名单上获得奖项（金银铜奖、一二三等奖、优胜奖）或荣誉称号的人次。",
            "Awards and titles", "Contestants given an award (gold, silver, bronze, first to third prize, excellence) or an honorary title once results were locked."),
        new("通过竞赛晋级", "统计期间内竞赛的选手中，竞赛途径技能等级评价获通过的人数（无论何时决定），每人计一次。",
            "Promoted through competition", "Contestants of the period's competitions whose competition-route skill assessment passed (whenever decided), each once."),
        new("技能等级评价", "统计期间内作出决定（通过、未通过、驳回）的评价人次，按评价机构所属单位计入；通过率 = 通过 ÷ 已决定。",
            "Skill assessments", "Assessments decided in the period (passed, failed, rejected), counted for the assessing organisation; pass rate = passed ÷ decided."),
        new("证书", "统计期间内发放的证书本数，含换发（换发取代原证书）；撤销按撤销之日计入。",
            "Certificates", "Certificates issued in the period, renewals included (a renewal supersedes the earlier certificate); revocations count on the day revoked."),
        new("能级工资协议", "签订：统计期间内签订的份数；有效：统计期间结束前已签订且期限与统计期间重叠的份数；覆盖企业为有效企业协议的企业数，覆盖职工为各方报送人数之和。",
            "Skill-level wage agreements", "Signed: agreements signed in the period; in force: signed by the period's end with a term overlapping it; enterprises covered: parties of enterprise agreements in force; workers covered: the sum of the numbers the parties reported."),
        new("工资指导价中位数", "协议所在地区、参照职业与年度的人力资源市场工资价位中位数（P50），折算为月；月最低工资含技能津贴。",
            "Guidance median", "The labour-market wage guidance median (P50) for the agreement's region, reference occupation and year, as a monthly figure; a level's monthly minimum includes its skill allowance."),
        new("同比", "与上一年同一日期区间相比：增减 = 本期 − 上年同期，增幅 = 增减 ÷ 上年同期（上年为 0 时不计）。",
            "Year on year", "Against the same days a year earlier: change = this period − last year's; rate = change ÷ last year's (none when last year's was 0)."),
    ];
}
