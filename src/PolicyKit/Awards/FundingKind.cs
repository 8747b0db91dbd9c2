namespace PolicyKit.Awards;

/// <summary>Which public money pays an award; payout modifiers apply per kind.</summary>
public enum FundingKind
{
    /// <summary>Non-investment funds (非投资类): grants, awards, subsidies.</summary>
    NonInvestment,

    /// <summary>Investment funds (投资类): not scaled by Jimo's grades.</summary>
    Investment,
}
