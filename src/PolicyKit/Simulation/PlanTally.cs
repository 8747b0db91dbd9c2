namespace PolicyKit.Simulation;

/// <summary>One worker's running figures for one plan, in integer fen; merged when the workers finish.</summary>
internal sealed class PlanTally(int policies)
{
    public long[] Eligible { get; } = new long[policies];

    public long[] Ineligible { get; } = new long[policies];

    public long[] Undetermined { get; } = new long[policies];

    public long[] Unbounded { get; } = new long[policies];

    public Int128[] Amount { get; } = new Int128[policies];

    public Int128[] UpTo { get; } = new Int128[policies];

    /// <summary>The exclusive groups' share of the totals (their best amounts and highest up-tos).</summary>
    public Int128 GroupAmount { get; set; }

    public Int128 GroupUpTo { get; set; }

    public long FirmsWithAward { get; set; }

    public long UnboundedFirms { get; set; }

    public void Add(PlanTally other)
    {
        for (var p = 0; p < Eligible.Length; p++)
        {
            Eligible[p] += other.Eligible[p];
            Ineligible[p] += other.Ineligible[p];
            Undetermined[p] += other.Undetermined[p];
            Unbounded[p] += other.Unbounded[p];
            Amount[p] += other.Amount[p];
            UpTo[p] += other.UpTo[p];
        }

        GroupAmount += other.GroupAmount;
        GroupUpTo += other.GroupUpTo;
        FirmsWithAward += other.FirmsWithAward;
        UnboundedFirms += other.UnboundedFirms;
    }

    public static decimal Yuan(Int128 fen) => (decimal)fen / 100m;
}
