using System.Collections.Immutable;
using System.Text.Json;
using PolicyKit.Awards;
using PolicyKit.Formats;

namespace PolicyKit.CatalogFiles;

/// <summary>Reads award rules in catalog JSON (specification §4).</summary>
internal sealed class AwardJsonReader(JsonSource source)
{
    /// <summary>The award forms, for messages.</summary>
    public const string Forms = "none, unstated, candidacy, fixed, upTo, rate, perUnit, capped, tiers, taxReduction";

    private static readonly string[] RateNames = ["rate", "of", "cap"];
    private static readonly string[] CappedNames = ["capped", "cap"];
    private static readonly string[] TierNames = ["fact", "bands"];
    private static readonly string[] BandNames = ["from", "amount"];
    private static readonly string[] TaxNames = ["tax", "share", "of"];
    private static readonly string[] PerUnitNames = ["amount", "of", "cap"];

    public AwardRule Read(JsonTree node)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            throw source.Fail(node, $"expected an award (an object: {Forms}), found {node.Describe()}.");
        }

        if (node.Properties.Count == 0)
        {
            throw source.Fail(node, $"an empty object is not an award; expected one of {Forms}.");
        }

        var form = node.Find("rate") is not null ? "rate" : node.Find("capped") is not null ? "capped" : node.Properties[0].Name;
        switch (form)
        {
            case "none":
                Single(node, form);
                if (node.Properties[0].Value.Kind != JsonValueKind.True)
                {
                    throw source.Fail(node.Properties[0].Value, $"write {{ \"none\": true }} for non-monetary support; found {node.Properties[0].Value.Describe()}.");
                }

                return AwardRule.None;
            case "unstated":
                Single(node, form);
                if (node.Properties[0].Value.Kind != JsonValueKind.True)
                {
                    throw source.Fail(node.Properties[0].Value, $"write {{ \"unstated\": true }} for money whose amount the sources do not state; found {node.Properties[0].Value.Describe()}.");
                }

                return AwardRule.Unstated;
            case "candidacy":
                Single(node, form);
                if (node.Properties[0].Value.Kind != JsonValueKind.True)
                {
                    throw source.Fail(node.Properties[0].Value, $"write {{ \"candidacy\": true }} for a candidacy the authority selects from; found {node.Properties[0].Value.Describe()}.");
                }

                return AwardRule.Candidacy;
            case "perUnit":
                Single(node, form);
                var perUnit = new JsonFields(source, node.Properties[0].Value, "an amount per unit", PerUnitNames);
                var unitAmount = perUnit.RequiredNumber("amount");
                var quantity = perUnit.RequiredString("of");
                var unitCap = perUnit.Optional("cap") is { } uc ? source.Number(uc) : (decimal?)null;
                return source.Make(perUnit.Required("of"), () => new PerUnitAward(unitAmount, quantity, unitCap));
            case "fixed":
                Single(node, form);
                return new FixedAward(source.Number(node.Properties[0].Value));
            case "upTo":
                Single(node, form);
                return new UpToAward(source.Number(node.Properties[0].Value));
            case "rate":
                var rate = new JsonFields(source, node, "a rate award", RateNames);
                var cap = rate.Optional("cap") is { } c ? source.Number(c) : (decimal?)null;
                var of = rate.RequiredString("of");
                return source.Make(rate.Required("of"), () => new RateAward(rate.RequiredNumber("rate"), of, cap));
            case "capped":
                var capped = new JsonFields(source, node, "a capped award", CappedNames);
                return new CappedAward(Read(capped.Required("capped")), capped.RequiredNumber("cap"));
            case "tiers":
                Single(node, form);
                var tiers = new JsonFields(source, node.Properties[0].Value, "tiers", TierNames);
                var factId = tiers.RequiredString("fact");
                var bands = source.Array(tiers.Required("bands")).Select(b =>
                {
                    var band = new JsonFields(source, b, "a band", BandNames);
                    return new TierBand(band.RequiredNumber("from"), band.RequiredNumber("amount"));
                }).ToImmutableArray();
                return source.Make(tiers.Required("fact"), () => new TieredAward(factId, bands));
            case "taxReduction":
                Single(node, form);
                var tax = new JsonFields(source, node.Properties[0].Value, "a tax reduction", TaxNames);
                var taxCode = tax.RequiredString("tax");
                var share = tax.RequiredNumber("share");
                var taxOf = tax.OptionalString("of");
                return source.Make(tax.Required("tax"), () => new TaxReductionAward(taxCode, share, taxOf));
            default:
                var property = node.Properties[0];
                throw source.Fail(node.Path, property.NameOffset, $"unknown award form '{property.Name}'; expected one of {Forms}.");
        }
    }

    private void Single(JsonTree node, string form)
    {
        if (node.Properties.Count > 1)
        {
            var extra = node.Properties[1];
            throw source.Fail(node.Path, extra.NameOffset, $"unexpected property '{extra.Name}' beside '{form}'; an award object has one form (rate and capped take a 'cap').");
        }
    }
}
