using PolicyKit.Awards;
using PolicyKit.Canonical;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;

namespace PolicyKit.Validation;

/// <summary>Types, codes, amounts and ratios of rules (PK4001-PK4012).</summary>
internal static class RuleChecks
{
    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        for (var i = 0; i < catalog.Policies.Length; i++)
        {
            var policy = catalog.Policies[i];
            var at = $"policies[{i}]";
            foreach (var (node, path) in ReferenceChecks.Walk(policy.Eligibility, $"{at}.eligibility"))
            {
                CheckLeaf(context, node, path);
            }

            ConstantChecks.Run(context, policy.Eligibility, $"{at}.eligibility");
            CheckAward(context, policy.Award, $"{at}.award");
        }

        for (var i = 0; i < catalog.Modifiers.Length; i++)
        {
            var modifier = catalog.Modifiers[i];
            var at = $"modifiers[{i}]";
            foreach (var (code, ratio) in modifier.Ratios)
            {
                Fraction(context, ratio, $"{at}.ratios.{code}", $"ratio for '{code}'");
            }

            if (!catalog.Schema.TryGet(modifier.FactId, out var fact, out _))
            {
                continue;
            }

            if (fact.Type != FactType.Code)
            {
                context.Error("PK4001", $"{at}.fact", $"modifier '{modifier.Id}' reads '{fact.Id}', {Article(fact.Type)} fact; a payout ratio is chosen by a code fact.");
                continue;
            }

            foreach (var code in modifier.Ratios.Keys)
            {
                Code(context, fact, code, $"{at}.ratios.{code}");
            }

            var missing = fact.IsOpen ? [] : fact.Codes.Where(c => !modifier.Ratios.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                context.Warning("PK4009", $"{at}.ratios", $"modifier '{modifier.Id}' gives no ratio for {string.Join(", ", missing)}; those codes are paid in full.");
            }
        }

        for (var i = 0; i < catalog.Classifications.Length; i++)
        {
            var classification = catalog.Classifications[i];
            var at = $"classifications[{i}]";
            if (catalog.Schema.TryGet(classification.FactId, out var fact, out _) && !IsNumber(fact.Type))
            {
                context.Error("PK4001", $"{at}.fact", $"classification '{classification.Id}' reads '{fact.Id}', {Article(fact.Type)} fact; tiers need a number.");
            }

            for (var t = 1; t < classification.Tiers.Length; t++)
            {
                if (classification.Tiers[t].Threshold >= classification.Tiers[t - 1].Threshold)
                {
                    context.Warning("PK4010", $"{at}.tiers[{t}]", $"classification '{classification.Id}' lists tier '{classification.Tiers[t].Id}' after a lower or equal one; list tiers from the highest, since the first tier reached names the class.");
                }
            }
        }
    }

    private static void CheckLeaf(ValidationContext context, Predicate node, string path)
    {
        var schema = context.Catalog.Schema;
        switch (node)
        {
            case ComparisonPredicate cmp when schema.TryGet(cmp.FactId, out var fact, out _):
                if (!Fits(fact.Type, cmp.Operator, cmp.Value))
                {
                    context.Error("PK4001", path, $"'{cmp.OperatorName} {cmp.Value}' does not fit '{fact.Id}', {Article(fact.Type)} fact{Allowed(fact.Type)}.");
                }
                else if (fact.Type == FactType.Code)
                {
                    Code(context, fact, cmp.Value.AsString(), path);
                }

                break;
            case InPredicate inSet when schema.TryGet(inSet.FactId, out var fact, out _):
                if (fact.Type == FactType.Jurisdiction)
                {
                    foreach (var code in inSet.Codes)
                    {
                        if (!JurisdictionCode.TryParse(code, out _))
                        {
                            context.Error("PK4001", path, $"'{code}' in the set of '{fact.Id}' is no division code; 'in' on a jurisdiction fact takes codes of 6 or 9 digits, each matched with within.");
                        }
                    }

                    break;
                }

                if (fact.Type is not (FactType.Code or FactType.CodeSet))
                {
                    context.Error("PK4001", path, $"'in' does not fit '{fact.Id}', {Article(fact.Type)} fact; 'in' tests code, code-set and jurisdiction facts{Allowed(fact.Type)}.");
                    break;
                }

                foreach (var code in inSet.Codes)
                {
                    Code(context, fact, code, path);
                }

                break;
            case WithinPredicate within when schema.TryGet(within.FactId, out var fact, out _):
                if (fact.Type != FactType.Jurisdiction)
                {
                    context.Error("PK4001", path, $"'within' does not fit '{fact.Id}', {Article(fact.Type)} fact; it tests jurisdiction facts{Allowed(fact.Type)}.");
                }

                break;
            case HasPredicate has when schema.TryGet(has.FactId, out var fact, out _):
                if (fact.Type != FactType.Certifications)
                {
                    context.Error("PK4001", path, $"'has' does not fit '{fact.Id}', {Article(fact.Type)} fact; it tests certifications facts.");
                }
                else
                {
                    Code(context, fact, has.Kind, path);
                }

                break;
        }
    }

    private static bool Fits(FactType type, ComparisonOperator op, FactValue value)
    {
        var ordered = op is not (ComparisonOperator.Eq or ComparisonOperator.Ne);
        return type switch
        {
            FactType.Integer or FactType.Decimal or FactType.Money => value.IsNumber && (type != FactType.Integer || value.AsNumber() == decimal.Truncate(value.AsNumber())),
            FactType.Date => value.Type == FactType.Date,
            FactType.Bool => !ordered && value.Type == FactType.Bool,
            FactType.Text or FactType.Code or FactType.Jurisdiction => !ordered && value.Type == type,
            _ => false,
        };
    }

    private static string Allowed(FactType type) => type switch
    {
        FactType.Integer or FactType.Decimal or FactType.Money or FactType.Date => "; it allows eq, ne, lt, le, gt, ge with a " + (type == FactType.Date ? "date" : "number"),
        FactType.Bool => "; it allows eq, ne with true or false",
        FactType.Text => "; it allows eq, ne with a string",
        FactType.Code => "; it allows eq, ne with one of its codes, and in",
        FactType.Jurisdiction => "; it allows eq, ne and within with a division code, and in with a set of them",
        FactType.CodeSet => "; it allows in",
        _ => "; it allows has",
    };

    private static void Code(ValidationContext context, FactDefinition fact, string code, string path)
    {
        if (fact.IsKnownCode(code))
        {
            return;
        }

        if (!fact.Accepts(code))
        {
            context.Error("PK4002", path, $"'{code}' is not a code of '{fact.Id}'; expected " + (fact.IsOpen ? "lower-case letters, digits and hyphens" : $"one of {string.Join(", ", fact.Codes)}") + ".");
        }
        else
        {
            context.Warning("PK4003", path, $"'{code}' is not among the known codes of '{fact.Id}' ({string.Join(", ", fact.Codes)}); check the spelling.");
        }
    }

    private static void CheckAward(ValidationContext context, AwardRule award, string at)
    {
        var schema = context.Catalog.Schema;
        switch (award)
        {
            case FixedAward f:
                NonNegative(context, f.Amount, $"{at}.fixed", "amount");
                break;
            case UpToAward u:
                NonNegative(context, u.Cap, $"{at}.upTo", "cap");
                break;
            case RateAward r:
                Fraction(context, r.Rate, $"{at}.rate", "rate");
                if (r.Cap is { } cap)
                {
                    NonNegative(context, cap, $"{at}.cap", "cap");
                }

                NumberFact(context, schema, r.Of, $"{at}.of", "a rate's base");
                break;
            case PerUnitAward p:
                NonNegative(context, p.Amount, $"{at}.perUnit.amount", "amount per unit");
                if (p.Cap is { } unitCap)
                {
                    NonNegative(context, unitCap, $"{at}.perUnit.cap", "cap");
                }

                if (schema.TryGet(p.Of, out var quantity, out _) && quantity.Type is not (FactType.Integer or FactType.Decimal))
                {
                    context.Error("PK4001", $"{at}.perUnit.of", $"an amount per unit reads '{quantity.Id}', {Article(quantity.Type)} fact; it needs a quantity, an integer or decimal fact (a share of money is a rate).");
                }

                break;
            case CappedAward c:
                NonNegative(context, c.Cap, $"{at}.cap", "cap");
                if (c.Inner is NoAward or TaxReductionAward { Of: null })
                {
                    // §3.13.3: the cap turns support without money into a monetary ceiling, rarely what is meant.
                    context.Warning("PK4012", $"{at}.cap", $"a cap of {Numbers.Format(c.Cap)} around an award without money makes it a monetary award of up to {Numbers.Format(c.Cap)} yuan; write {{ \"upTo\": {Numbers.Format(c.Cap)} }} if that is meant, or drop the cap.");
                }

                CheckAward(context, c.Inner, $"{at}.capped");
                break;
            case TieredAward t:
                NumberFact(context, schema, t.FactId, $"{at}.tiers.fact", "tiers");
                if (t.Bands.IsEmpty)
                {
                    context.Error("PK4008", $"{at}.tiers.bands", "tiers need at least one band.");
                }

                for (var b = 0; b < t.Bands.Length; b++)
                {
                    NonNegative(context, t.Bands[b].Amount, $"{at}.tiers.bands[{b}].amount", "band amount");
                    if (b > 0 && t.Bands[b].From <= t.Bands[b - 1].From)
                    {
                        context.Error("PK4008", $"{at}.tiers.bands[{b}].from", $"band 'from' values must rise: {Numbers.Format(t.Bands[b].From)} follows {Numbers.Format(t.Bands[b - 1].From)}.");
                    }
                }

                break;
            case TaxReductionAward x:
                Fraction(context, x.Share, $"{at}.taxReduction.share", "share");
                if (x.Of is not null)
                {
                    NumberFact(context, schema, x.Of, $"{at}.taxReduction.of", "a tax reduction's base");
                }

                break;
        }
    }

    private static void NumberFact(ValidationContext context, FactSchema schema, string factId, string path, string what)
    {
        if (schema.TryGet(factId, out var fact, out _) && !IsNumber(fact.Type))
        {
            context.Error("PK4001", path, $"{what} reads '{fact.Id}', {Article(fact.Type)} fact; it needs a number or money fact.");
        }
    }

    private static void NonNegative(ValidationContext context, decimal value, string path, string what)
    {
        if (value < 0m)
        {
            context.Error("PK4004", path, $"{what} {Numbers.Format(value)} is negative; amounts and caps are yuan of zero or more.");
        }

        // Awards are rounded to the fen at the end (specification §3): a cap finer than a fen would be
        // rounded up past itself, promising more than the cap allows.
        if (value != Math.Round(value, 2))
        {
            context.Error("PK4011", path, $"{what} {Numbers.Format(value)} is finer than a fen; amounts and caps are yuan with at most two decimals.");
        }
    }

    private static void Fraction(ValidationContext context, decimal value, string path, string what)
    {
        if (value is < 0m or > 1m)
        {
            context.Error("PK4005", path, $"{what} is {Numbers.Format(value)}, outside [0, 1]; write 80% as 0.8.");
        }
    }

    private static bool IsNumber(FactType type) => type is FactType.Integer or FactType.Decimal or FactType.Money;

    private static string JsonName(FactType type) => JsonNames.Of(type);

    /// <summary>The type's JSON name with its article: "an integer", "a money".</summary>
    private static string Article(FactType type) => (type == FactType.Integer ? "an " : "a ") + JsonName(type);
}
