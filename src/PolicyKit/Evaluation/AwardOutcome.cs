using System.Collections.Immutable;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>What a decision's award comes to, in yuan rounded to the fen, after modifiers.</summary>
/// <remarks>
/// <see cref="Amount"/> is set when the rule gives a sum for this enterprise; <see cref="UpTo"/>
/// is the most it can be (equal to the amount when there is one). Both are
/// <see langword="null"/> for non-monetary support; <see cref="UpTo"/> alone is null when the
/// rule sets no ceiling it can state (a rate of an unknown base without a cap). Immutable.
/// </remarks>
public sealed class AwardOutcome
{
    internal AwardOutcome(decimal? amount, decimal? upTo, bool capped, bool monetary, ImmutableArray<AppliedModifier> modifiers, LocalizedText text, bool unstated = false)
    {
        IsAmountUnstated = unstated;
        Amount = amount;
        UpTo = upTo;
        Capped = capped;
        IsMonetary = monetary;
        Modifiers = modifiers;
        Text = text;
    }

    /// <summary>The sum the enterprise can count on, or <see langword="null"/> when not determined.</summary>
    public decimal? Amount { get; }

    /// <summary>The most it can be, or <see langword="null"/> when unbounded or non-monetary.</summary>
    public decimal? UpTo { get; }

    /// <summary>Whether a cap bound the amount (or, without an amount, whether the up-to is a cap).</summary>
    public bool Capped { get; }

    /// <summary>Whether the award is money at all (false for <c>none</c> and an unquantified tax reduction).</summary>
    public bool IsMonetary { get; }

    /// <summary>
    /// Whether the award is money of an amount the sources do not state (<c>unstated</c>): no
    /// amount and no ceiling, counted in <see cref="Totals.Unstated"/>.
    /// </summary>
    public bool IsAmountUnstated { get; }

    /// <summary>The payout modifiers applied.</summary>
    public ImmutableArray<AppliedModifier> Modifiers { get; }

    /// <summary>The award in words, e.g. 最高50万元 / up to 500,000 yuan.</summary>
    public LocalizedText Text { get; }
}

/// <summary>A payout modifier applied to a decision's award.</summary>
/// <param name="ModifierId">The modifier's id.</param>
/// <param name="FactId">The code fact read.</param>
/// <param name="Code">The enterprise's code, or <see langword="null"/> when unknown.</param>
/// <param name="Ratio">The ratio applied, or <see langword="null"/> when the code is unknown (up-to then uses the highest ratio).</param>
/// <param name="Text">Why, in words.</param>
public sealed record AppliedModifier(string ModifierId, string FactId, string? Code, decimal? Ratio, LocalizedText Text);
