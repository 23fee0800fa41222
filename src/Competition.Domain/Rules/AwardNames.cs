namespace Competition.Domain.Rules;

/// <summary>Awards as Chinese results sheets and promotion reasons name them.</summary>
public static class AwardNames
{
    public static string Chinese(Award award) => award switch
    {
        Award.Gold => "金奖",
        Award.Silver => "银奖",
        Award.Bronze => "铜奖",
        Award.FirstPrize => "一等奖",
        Award.SecondPrize => "二等奖",
        Award.ThirdPrize => "三等奖",
        Award.Excellence => "优胜奖",
        _ => throw new ArgumentOutOfRangeException(nameof(award)),
    };
}
