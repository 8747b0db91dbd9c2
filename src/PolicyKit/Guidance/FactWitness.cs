using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;

namespace PolicyKit.Guidance;

/// <summary>
/// Finds one value of a fact that meets all the conditions on it, or shows there is none: how a
/// requirement is judged reachable and how <see cref="Requirement.Apply"/> changes a profile.
/// </summary>
/// <remarks>
/// Conditions are leaves of one fact, so their solutions are intervals (numbers, dates), sets
/// (codes) or chains (divisions). Rather than intersect those shapes type by type, this tries the
/// few values where a solution must lie if one exists: the value now, each threshold and its
/// neighbours, midpoints between thresholds, every code named; code sets and certifications are
/// built from the value now by removing what is forbidden and adding what is required. A value
/// is accepted only when every condition holds on it, so a returned witness is always right.
/// </remarks>
internal static class FactWitness
{
    private const string OtherCode = "other";

    public static FactValue? Find(FactDefinition fact, FactValue now, IReadOnlyList<Predicate> needs, LocalDate asOf)
    {
        foreach (var candidate in Candidates(fact, now, needs, asOf))
        {
            if (candidate.IsKnown && candidate.Type == fact.Type && Acceptable(fact, candidate) && needs.All(n => ConditionSearch.Meets(n, candidate, asOf)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Acceptable(FactDefinition fact, FactValue value) => fact.Type switch
    {
        FactType.Code => fact.Accepts(value.AsString()),
        FactType.CodeSet => value.RawCodes.All(fact.Accepts),
        FactType.Certifications => value.RawCertifications.All(c => fact.Accepts(c.Kind)),
        _ => true,
    };

    private static IEnumerable<FactValue> Candidates(FactDefinition fact, FactValue now, IReadOnlyList<Predicate> needs, LocalDate asOf)
    {
        if (now.IsKnown)
        {
            yield return now;
        }

        var leaves = needs.Select(n => n is NotPredicate not ? not.Operand : n).ToList();
        var compared = leaves.OfType<ComparisonPredicate>().Select(c => c.Value).ToList();
        switch (fact.Type)
        {
            case FactType.Bool:
                yield return FactValue.Bool(true);
                yield return FactValue.Bool(false);
                break;
            case FactType.Integer:
                foreach (var n in Numbers(compared.Select(v => v.AsNumber()), now, whole: true).Where(n => n is >= long.MinValue and <= long.MaxValue))
                {
                    yield return FactValue.Integer((long)n);
                }

                break;
            case FactType.Decimal:
                foreach (var n in Numbers(compared.Select(v => v.AsNumber()), now, whole: false))
                {
                    yield return FactValue.Decimal(n);
                }

                break;
            case FactType.Money:
                foreach (var n in Numbers(compared.Select(v => v.AsNumber()), now, whole: false))
                {
                    yield return FactValue.Money(n);
                }

                break;
            case FactType.Date:
                var days = compared.Select(v => (decimal)v.AsDate().ToDateOnly().DayNumber);
                var nowDays = now.IsKnown ? FactValue.Integer(now.AsDate().ToDateOnly().DayNumber) : default;
                foreach (var d in Numbers(days.Append(asOf.ToDateOnly().DayNumber), nowDays, whole: true))
                {
                    yield return FactValue.Date(LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)d)));
                }

                break;
            case FactType.Text:
                foreach (var v in compared)
                {
                    yield return v;
                }

                yield return FactValue.Text(OtherCode);
                break;
            case FactType.Code:
                foreach (var code in compared.Select(v => v.AsString()).Concat(leaves.OfType<InPredicate>().SelectMany(i => i.Codes)).Concat(fact.Codes).Append(OtherCode))
                {
                    yield return FactValue.Code(code);
                }

                break;
            case FactType.Jurisdiction:
                var sets = leaves.OfType<InPredicate>().SelectMany(i => i.Codes)
                    .Select(c => JurisdictionCode.TryParse(c, out var division) ? division : (JurisdictionCode?)null).OfType<JurisdictionCode>();
                foreach (var code in Divisions(compared, leaves.OfType<WithinPredicate>().Select(w => w.Jurisdiction).Concat(sets)))
                {
                    yield return FactValue.Jurisdiction(code);
                }

                break;
            case FactType.CodeSet:
                yield return CodeSet(fact, now, needs);
                break;
            case FactType.Certifications:
                if (Certifications(fact, now, needs, asOf) is { } certifications)
                {
                    yield return certifications;
                }

                break;
        }
    }

    /// <summary>The thresholds, their neighbours and the midpoints between them, nearest the thresholds first.</summary>
    private static IEnumerable<decimal> Numbers(IEnumerable<decimal> thresholds, FactValue now, bool whole)
    {
        var sorted = thresholds.Distinct().Order().ToList();
        var steps = whole ? new[] { 0m, 1m, -1m, 2m, -2m } : [0m, 1m, -1m, 0.01m, -0.01m, 2m, -2m];
        foreach (var t in sorted)
        {
            foreach (var step in steps)
            {
                var v = whole ? Math.Ceiling(t) + step : t + step;
                yield return v;
                if (whole && step == 0m)
                {
                    yield return Math.Floor(t);
                }
            }
        }

        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            var mid = (sorted[i] + sorted[i + 1]) / 2m;
            yield return whole ? Math.Floor(mid) : mid;
            yield return whole ? Math.Ceiling(mid) : (sorted[i] + mid) / 2m;
        }

        if (now.IsKnown)
        {
            yield return now.AsNumber();
        }

        yield return 0m;
    }

    private static IEnumerable<JurisdictionCode> Divisions(List<FactValue> compared, IEnumerable<JurisdictionCode> withins)
    {
        var named = compared.Select(v => JurisdictionCode.Parse(v.AsString())).Concat(withins).ToList();
        foreach (var code in named.OrderByDescending(c => c.Value.Length).ThenByDescending(c => c.Value.TrimEnd('0').Length))
        {
            yield return code;
        }

        foreach (var known in KnownJurisdictions.All)
        {
            yield return known.Code;
        }

        // A street under each named district or a district under each named city: a place inside
        // it that is not the division itself, for "within X but not X".
        foreach (var code in named)
        {
            yield return JurisdictionCode.Parse(code.Level == JurisdictionLevel.District ? code.Value + "001" : code.Value[..4] + "99");
        }
    }

    /// <summary>The codes now, without any a <c>not in</c> forbids, plus one code of each <c>in</c> not yet met.</summary>
    private static FactValue CodeSet(FactDefinition fact, FactValue now, IReadOnlyList<Predicate> needs)
    {
        var forbidden = needs.OfType<NotPredicate>().Select(n => n.Operand).OfType<InPredicate>().SelectMany(i => i.Codes).ToHashSet(StringComparer.Ordinal);
        var codes = (now.IsKnown ? now.RawCodes : []).Where(c => !forbidden.Contains(c)).ToList();
        foreach (var required in needs.OfType<InPredicate>())
        {
            if (!required.Codes.Any(c => codes.Contains(c, StringComparer.Ordinal))
                && required.Codes.FirstOrDefault(c => !forbidden.Contains(c) && fact.Accepts(c)) is { } code)
            {
                codes.Add(code);
            }
        }

        return FactValue.CodeSet(codes);
    }

    /// <summary>
    /// The certifications now, without any a <c>not has</c> forbids, plus for each <c>has</c> not yet
    /// met one recognised on a day inside its period, not after the as-of date and outside every
    /// period a <c>not has</c> of the same kind forbids.
    /// </summary>
    private static FactValue? Certifications(FactDefinition fact, FactValue now, IReadOnlyList<Predicate> needs, LocalDate asOf)
    {
        var forbidden = needs.OfType<NotPredicate>().Select(n => n.Operand).OfType<HasPredicate>().ToList();
        var held = (now.IsKnown ? now.RawCertifications : [])
            .Where(c => !forbidden.Any(f => f.Kind == c.Kind && c.IsValidOn(asOf) && (f.RecognizedWithin is null || f.RecognizedWithin.Contains(c.RecognizedOn))))
            .ToList();
        foreach (var required in needs.OfType<HasPredicate>())
        {
            var current = FactValue.Certifications(held);
            if (ConditionSearch.Meets(required, current, asOf))
            {
                continue;
            }

            var blocking = forbidden.Where(f => f.Kind == required.Kind).ToList();
            var days = new List<LocalDate> { asOf };
            if (required.RecognizedWithin is { } period)
            {
                days.AddRange([period.End, period.Start]);
            }

            foreach (var b in blocking.Where(b => b.RecognizedWithin is not null))
            {
                days.AddRange([b.RecognizedWithin!.Start.PlusDays(-1), b.RecognizedWithin.End.PlusDays(1)]);
            }

            var day = days.Cast<LocalDate?>().FirstOrDefault(d => d!.Value <= asOf
                && (required.RecognizedWithin is null || required.RecognizedWithin.Contains(d.Value))
                && !blocking.Any(b => b.RecognizedWithin is null || b.RecognizedWithin.Contains(d.Value)));
            if (day is null || !fact.Accepts(required.Kind))
            {
                return null;
            }

            held.Add(new Certification(required.Kind, day.Value));
        }

        return FactValue.Certifications(held);
    }
}
