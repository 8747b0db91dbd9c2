using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Testing.Synthetic;

/// <summary>
/// Makes profiles whose values sit on the catalog's own boundaries: every constant a predicate
/// compares with, every tier's <c>from</c>, the base at which a rate exactly reaches its cap, each
/// one fen or one day off, plus 0 and very large amounts, with any fact left unknown.
/// </summary>
internal sealed class EdgeProfiles
{
    private static readonly decimal[] Extremes = [0m, 0.01m, 1m, 999_999_999_999.99m, 10_000_000_000_000m];

    private readonly FactSchema _schema;
    private readonly Dictionary<string, List<FactValue>> _constants = new(StringComparer.Ordinal);
    private readonly List<string> _kinds = [.. SyntheticCatalog.CertificationKinds];
    private readonly List<LocalDate> _days;

    public EdgeProfiles(PolicyCatalog catalog)
    {
        _schema = catalog.Schema;
        foreach (var policy in catalog.Policies)
        {
            foreach (var node in policy.Eligibility.Descendants())
            {
                switch (node)
                {
                    case ComparisonPredicate c:
                        Add(c.FactId, c.Value);
                        break;
                    case InPredicate i:
                        var divisions = _schema.TryGet(i.FactId, out var fact, out _) && fact.Type == FactType.Jurisdiction;
                        foreach (var code in i.Codes)
                        {
                            Add(i.FactId, divisions && JurisdictionCode.TryParse(code, out var division) ? FactValue.Jurisdiction(division) : FactValue.Code(code));
                        }

                        break;
                    case WithinPredicate w:
                        Add(w.FactId, FactValue.Jurisdiction(w.Jurisdiction));
                        break;
                    case HasPredicate h:
                        _kinds.Add(h.Kind);
                        break;
                }
            }

            AddAward(policy.Award);
        }

        _days = [.. SyntheticCatalog.BoundaryDates(catalog), .. CoveragePolicyGenerator.Dates];
    }

    public EnterpriseProfile Next(Random random, double unknownShare, string? id)
    {
        var builder = EnterpriseProfile.CreateBuilder(_schema).WithId(id);
        foreach (var fact in _schema.Facts)
        {
            if (random.NextDouble() < unknownShare)
            {
                continue;
            }

            var value = ValueOf(fact, random);
            if (value.IsKnown)
            {
                builder.Set(fact.Id, value);
            }
        }

        return builder.Build();
    }

    private FactValue ValueOf(FactDefinition fact, Random random)
    {
        var seen = _constants.TryGetValue(fact.Id, out var list) ? list : [];
        var near = seen.Count > 0 && random.NextDouble() < 0.7 ? seen[random.Next(seen.Count)] : default;
        switch (fact.Type)
        {
            case FactType.Bool:
                return FactValue.Bool(random.NextDouble() < 0.5);
            case FactType.Integer:
                var whole = decimal.Truncate(near.IsKnown ? near.AsNumber() : Extremes[random.Next(Extremes.Length)]);
                return FactValue.Integer(Math.Clamp(whole + random.Next(-1, 2), 0m, long.MaxValue) is var w ? (long)w : 0);
            case FactType.Decimal or FactType.Money:
                var number = near.IsKnown ? near.AsNumber() : Extremes[random.Next(Extremes.Length)];
                number += random.Next(3) switch { 0 => 0m, 1 => 0.01m, _ => -0.01m };
                var clamped = Math.Max(0m, number);
                return fact.Type == FactType.Money ? FactValue.Money(clamped) : FactValue.Decimal(clamped);
            case FactType.Date:
                return FactValue.Date((near.IsKnown ? near.AsDate() : Pick(random, _days)).PlusDays(random.Next(-1, 2)));
            case FactType.Text:
                return FactValue.Text(near.IsKnown ? near.AsString() : Pick(random, CoveragePolicyGenerator.Names));
            case FactType.Jurisdiction:
                return FactValue.Jurisdiction(near.IsKnown && random.NextDouble() < 0.8 ? near.AsJurisdiction() : Pick(random, [.. SyntheticCatalog.Divisions, JurisdictionCode.Parse("370212001")]));
            case FactType.Code:
                return fact.Codes.IsEmpty ? FactValue.Code("synthetic-kind") : FactValue.Code(fact.Codes[random.Next(fact.Codes.Length)]);
            case FactType.CodeSet:
                return FactValue.CodeSet(Enumerable.Range(0, random.Next(4)).Select(_ => fact.Codes[random.Next(fact.Codes.Length)]));
            default:
                return FactValue.Certifications(Enumerable.Range(0, random.Next(4)).Select(_ => Certification(random)));
        }
    }

    private Certification Certification(Random random)
    {
        var recognized = Pick(random, _days).PlusDays(random.Next(-1, 2));
        LocalDate? expires = random.Next(3) switch
        {
            0 => null,
            1 => recognized,
            _ => Pick(random, _days) is var e && e >= recognized ? e : recognized.PlusDays(365),
        };
        return new Certification(Pick(random, _kinds), recognized, expires);
    }

    private void AddAward(AwardRule award)
    {
        switch (award)
        {
            case RateAward { Cap: { } cap } r when r.Rate > 0m:
                // The base at which the rate reaches its cap exactly.
                Add(r.Of, Reaching(cap, r.Rate));
                break;
            case PerUnitAward { Cap: { } unitCap } p when p.Amount > 0m:
                // The quantity at which the amount per unit reaches its cap exactly.
                Add(p.Of, Reaching(unitCap, p.Amount));
                break;
            case CappedAward c:
                AddAward(c.Inner);
                if (c.Inner is RateAward { Rate: > 0m } inner)
                {
                    Add(inner.Of, Reaching(c.Cap, inner.Rate));
                }

                break;
            case TieredAward t:
                foreach (var band in t.Bands)
                {
                    Add(t.FactId, FactValue.Decimal(band.From));
                }

                break;
        }
    }

    /// <summary>The base at which <paramref name="rate"/> reaches <paramref name="cap"/>, when decimal can hold it.</summary>
    private static FactValue Reaching(decimal cap, decimal rate) =>
        rate >= 1m || cap / decimal.MaxValue < rate ? FactValue.Decimal(Math.Round(cap / rate, 2)) : FactValue.Decimal(cap);

    private void Add(string factId, FactValue value)
    {
        if (!_constants.TryGetValue(factId, out var list))
        {
            _constants[factId] = list = [];
        }

        list.Add(value);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
