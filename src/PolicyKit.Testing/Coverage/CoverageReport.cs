using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyKit.Text;

namespace PolicyKit.Testing.Coverage;

/// <summary>
/// Rule coverage of a run: per policy, each eligibility node (by its JSON path below the policy)
/// and whether it was seen true and false, and each award branch and whether it ran.
/// </summary>
/// <remarks>
/// An item is covered when a node was seen both true and false, or a branch ran. The percentage is
/// covered items over all items, rounded down to one decimal so 100 means everything. Immutable.
/// </remarks>
public sealed class CoverageReport
{
    internal CoverageReport(ImmutableArray<PolicyCoverage> policies)
    {
        Policies = policies;
        Total = policies.Sum(p => p.Total);
        Covered = policies.Sum(p => p.Covered);
        Percent = Total == 0 ? 100m : Math.Floor(1000m * Covered / Total) / 10m;
    }

    /// <summary>Every policy of the catalogs run, in catalog order.</summary>
    public ImmutableArray<PolicyCoverage> Policies { get; }

    /// <summary>Nodes seen both ways plus branches run.</summary>
    public int Covered { get; }

    /// <summary>All nodes and branches.</summary>
    public int Total { get; }

    /// <summary><see cref="Covered"/> over <see cref="Total"/> in percent, rounded down to 0.1 (100 when there is nothing to cover).</summary>
    public decimal Percent { get; }

    /// <summary>
    /// The percentage, one line per policy (<c>covered/total</c>), and below each incomplete policy
    /// the nodes never seen both ways and the branches never run.
    /// </summary>
    public string ToText(Language language = Language.Zh)
    {
        var zh = language == Language.Zh;
        var text = new StringBuilder();
        text.Append(zh
            ? string.Create(CultureInfo.InvariantCulture, $"规则覆盖率：{Percent}%（{Covered}/{Total}：条件节点真假两种结果都出现过，奖补分支执行过）\n")
            : string.Create(CultureInfo.InvariantCulture, $"rule coverage: {Percent}% ({Covered} of {Total}: predicate nodes seen both true and false, award branches run)\n"));
        foreach (var policy in Policies)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {policy.CatalogId}/{policy.PolicyId}: {policy.Covered}/{policy.Total}\n");
            foreach (var node in policy.Nodes.Where(n => !n.Covered))
            {
                var seen = string.Join(", ", node.Outcomes);
                text.Append(CultureInfo.InvariantCulture, $"    {node.Path} ({node.Kind}{(node.FactId is null ? "" : " " + node.FactId)}): ");
                text.Append(zh
                    ? $"从未{(node.SeenTrue ? "" : "为真")}{(node.SeenTrue || node.SeenFalse ? "" : "、")}{(node.SeenFalse ? "" : "为假")}（出现过：{(seen.Length == 0 ? "无" : seen)}）"
                    : $"never seen {(node.SeenTrue ? "" : "true")}{(node.SeenTrue || node.SeenFalse ? "" : " or ")}{(node.SeenFalse ? "" : "false")} (seen: {(seen.Length == 0 ? "none" : seen)})");
                text.Append('\n');
            }

            foreach (var branch in policy.Branches.Where(b => !b.Taken))
            {
                text.Append(CultureInfo.InvariantCulture, $"    {branch.Path}: {(zh ? "从未执行" : "never run")} ({branch.Description})\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The report as JSON: <c>{ "percent", "covered", "total", "policies": [ { "catalog", "policy",
    /// "covered", "total", "uncoveredNodes": [ { "path", "kind", "fact", "seen" } ], "branchesNotRun": [ { "path", "branch" } ] } ] }</c>.
    /// </summary>
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as a JSON object (see <see cref="ToJson"/>).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("percent", Percent);
        writer.WriteNumber("covered", Covered);
        writer.WriteNumber("total", Total);
        writer.WriteStartArray("policies");
        foreach (var policy in Policies)
        {
            writer.WriteStartObject();
            writer.WriteString("catalog", policy.CatalogId);
            writer.WriteString("policy", policy.PolicyId);
            writer.WriteNumber("covered", policy.Covered);
            writer.WriteNumber("total", policy.Total);
            writer.WriteStartArray("uncoveredNodes");
            foreach (var node in policy.Nodes.Where(n => !n.Covered))
            {
                writer.WriteStartObject();
                writer.WriteString("path", node.Path);
                writer.WriteString("kind", node.Kind);
                if (node.FactId is not null)
                {
                    writer.WriteString("fact", node.FactId);
                }

                writer.WriteStartArray("seen");
                foreach (var outcome in node.Outcomes)
                {
                    writer.WriteStringValue(outcome);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("branchesNotRun");
            foreach (var branch in policy.Branches.Where(b => !b.Taken))
            {
                writer.WriteStartObject();
                writer.WriteString("path", branch.Path);
                writer.WriteString("branch", branch.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override string ToString() => ToText(Language.En);
}

/// <summary>One policy's coverage.</summary>
/// <param name="CatalogId">The catalog.</param>
/// <param name="PolicyId">The policy.</param>
/// <param name="Nodes">Its eligibility nodes, depth first.</param>
/// <param name="Branches">Its award branches (none for awards without branches, such as a fixed sum or "up to").</param>
public sealed record PolicyCoverage(string CatalogId, string PolicyId, ImmutableArray<NodeCoverage> Nodes, ImmutableArray<BranchCoverage> Branches)
{
    /// <summary>Nodes seen both ways plus branches run.</summary>
    public int Covered => Nodes.Count(n => n.Covered) + Branches.Count(b => b.Taken);

    /// <summary>Nodes plus branches.</summary>
    public int Total => Nodes.Length + Branches.Length;

    /// <summary>Whether everything was covered.</summary>
    public bool IsComplete => Covered == Total;
}

/// <summary>What one eligibility node was seen to be.</summary>
/// <param name="Path">Its JSON path below the policy, e.g. <c>eligibility.all[1]</c>.</param>
/// <param name="Kind">Its JSON form: <c>all</c>, <c>ge</c>, <c>has</c>, ...</param>
/// <param name="FactId">The fact a leaf reads, or <see langword="null"/>.</param>
/// <param name="SeenTrue">Seen true in some case.</param>
/// <param name="SeenFalse">Seen false in some case.</param>
/// <param name="SeenUnknown">Seen unknown in some case (not needed for coverage).</param>
public sealed record NodeCoverage(string Path, string Kind, string? FactId, bool SeenTrue, bool SeenFalse, bool SeenUnknown)
{
    /// <summary>Seen both true and false.</summary>
    public bool Covered => SeenTrue && SeenFalse;

    /// <summary>The outcomes seen, as <c>true</c>, <c>false</c>, <c>unknown</c>.</summary>
    public IEnumerable<string> Outcomes =>
        new[] { (SeenTrue, "true"), (SeenFalse, "false"), (SeenUnknown, "unknown") }.Where(o => o.Item1).Select(o => o.Item2);
}

/// <summary>One award branch and whether it ran.</summary>
/// <param name="Path">Its path below the policy, e.g. <c>award.cap:bound</c>, <c>award.tiers.bands[1]</c>, <c>modifiers.jimo-mu-yield.ratios.C</c>.</param>
/// <param name="Description">What the branch is, in words.</param>
/// <param name="Taken">Whether an eligible decision ran it.</param>
public sealed record BranchCoverage(string Path, string Description, bool Taken);
