using System.Text;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Certificates;

namespace Competition.UnitTests.Certification;

/// <summary>Reading and checking a bulk-issuance CSV: good rows pass, every bad row is reported with all its reasons.</summary>
public sealed class BulkIssuanceTests
{
    private const string Header = "name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners";

    private static Outcome<IReadOnlyList<BulkIssuance.Row>> Read(params string[] lines) =>
        BulkIssuance.Read(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines])));

    [Fact]
    public void Good_rows_are_read_with_their_levels_routes_scores_and_examiners()
    {
        var parsed = Read(
            "张伟,11010519491231002X,随州专汽,6-22-02-01,2022,汽车装调工,车身装配,高级工,enterprise,82,76,,王芳;李强",
            "李娜,420302199001011237,随州邮政,4-02-07-01,2022,快递员,,technician,social,70,88,75,");

        Assert.Null(parsed.Error);
        var rows = parsed.Value!;
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal((2, SkillLevel.Senior, AssessmentRoute.EnterpriseSelfEvaluation, "车身装配"), (first.Number, first.Level, first.Route, first.WorkType));
        Assert.Equal(["王芳", "李强"], first.Examiners);
        Assert.Equal(3, rows[1].Components.Count);
        Assert.Null(rows[1].WorkType);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_each_reason()
    {
        var parsed = Read(
            "张伟,11010519491231002X,随州专汽,6-22-02-01,2022,汽车装调工,,高级工,enterprise,82,76,,",
            ",110105194912310021,随州专汽,6-22-2-01,2020,汽车装调工,,大师,online,abc,76,,",
            "王五,420302199001011237,随州邮政,4-02-07-01,2022,快递员,,技师,social,70,88,,",
            "赵六,420302199001011237,随州邮政,4-02-07-01,2022,快递员,,中级工,social,59,88,,",
            "张伟,11010519491231002x,随州专汽,6-22-02-01,2022,汽车装调工,,高级工,enterprise,90,90,,");

        // One good row of five, and nothing of the file is taken.
        Assert.Equal(("bulk.invalid-rows", "4 of 5 rows cannot be issued; nothing was issued."), (parsed.Error!.Code, parsed.Error.Message));
        var problems = parsed.Error.Rows!;
        Assert.Equal([3, 4, 5, 6], problems.Select(p => p.Row));
        var bad = problems[0].Reasons;
        Assert.Contains(bad, r => r.StartsWith("name："));
        Assert.Contains(bad, r => r.StartsWith("nationalId："));
        Assert.Contains(bad, r => r.StartsWith("occupationCode："));
        Assert.Contains(bad, r => r.StartsWith("occupationEdition："));
        Assert.Contains(bad, r => r.StartsWith("level："));
        Assert.Contains(bad, r => r.StartsWith("route："));
        Assert.Contains(bad, r => r.StartsWith("theory："));
        Assert.Contains(problems[1].Reasons, r => r.StartsWith("review：技师须有综合评审成绩"));
        Assert.Contains(problems[2].Reasons, r => r.StartsWith("theory：59 分低于合格线 60 分"));
        Assert.Contains(problems[3].Reasons, r => r.Contains("与第 2 行重复"));
    }

    [Fact]
    public void A_file_without_the_columns_or_rows_is_refused_as_a_whole()
    {
        Assert.Contains("lacks", BulkIssuance.Read("name,employer\n张伟,x"u8.ToArray()).Error?.Message);
        Assert.Equal(("bulk.unreadable", null), (Read().Error?.Code, Read().Error?.Rows));
        Assert.Contains("no rows", Read().Error?.Message);
    }

    [Fact]
    public void More_than_five_thousand_rows_are_refused()
    {
        var row = "张伟,11010519491231002X,随州专汽,6-22-02-01,2022,汽车装调工,,高级工,enterprise,82,76,,";
        Assert.Contains("5000", Read(Enumerable.Repeat(row, BulkIssuance.MaximumRows + 1).ToArray()).Error?.Message);
    }
}
